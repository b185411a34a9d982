#!/usr/bin/env python3
"""Counts overlapping edge labels in a diagram, as Graphviz lays it out.

    bench/label_overlap.py DIAGRAM.dot        (a DOT file written by kg render/export)

Runs the `dot` command on the file (its own layout= attribute picks the engine) with -Tjson,
takes each edge's label box from the text Graphviz draws for it (label or xlabel, every line),
and prints how many labels there are, how many pairs of them overlap, and how many labels
overlap at least one other. A text line's box is its drawn width by the font size, from 0.2 of
the size below the baseline to 0.8 above it.
"""
import json
import subprocess
import sys


def text_boxes(ops):
    size = 14.0
    for op in ops:
        if op["op"] == "F":
            size = op["size"]
        elif op["op"] == "T":
            x, y = op["pt"]
            width = op["width"]
            left = {"l": x, "r": x - width}.get(op["align"], x - width / 2)
            yield (left, y - 0.2 * size, left + width, y + 0.8 * size)


def union(boxes):
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: label_overlap.py DIAGRAM.dot")
    layout = subprocess.run(["dot", "-Tjson", sys.argv[1]], check=True, capture_output=True)
    graph = json.loads(layout.stdout)
    labels = []
    for edge in graph.get("edges", []):
        boxes = list(text_boxes(edge.get("_ldraw_", [])))
        if boxes:
            labels.append(union(boxes))
    pairs = 0
    overlapping = set()
    for i, a in enumerate(labels):
        for k in range(i):
            if overlap(a, labels[k]):
                pairs += 1
                overlapping.update((i, k))
    print(f"labels {len(labels)}  overlapping pairs {pairs}  labels overlapping another "
          f"{len(overlapping)}")


if __name__ == "__main__":
    main()
