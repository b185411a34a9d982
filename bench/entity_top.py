#!/usr/bin/env python3
"""Dump the highest-degree entities of a graph built from news text, for judging by hand.

    bench/entity_top.py build/cli/kg [--top 50] [TEXT_OR_DIR ...]

Builds one graph from the inputs (default: the seed articles and news-dev under $KG_SHARED,
the shared folder beside the checkout unless set), then prints one line per entity, highest degree first:

    rank  degree  docs  type          name  [alias:count, ...]

`docs` is how many documents the entity's facts come from: a bare common noun ("deal") with
docs > 1 is a wrong merge across stories, a fragment ("United", "first") is junk, two lines for
one referent are a split, and the type column is judged against the referent. The verdicts are
a reader's, so this script only makes the list reproducible; bench/RESULTS.md records them.
"""
import json
import os
import subprocess
import sys
import tempfile


def kg(binary, *arguments):
    done = subprocess.run([binary, *arguments], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("kg %s failed (exit %d):\n%s" % (arguments[0], done.returncode, done.stderr[-2000:]))
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    binary = args.pop(0)
    top = 50
    if len(args) >= 2 and args[0] == "--top":
        top = int(args[1])
        args = args[2:]
    beside = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
    shared = os.environ.get("KG_SHARED", os.path.normpath(beside))
    inputs = args or [os.path.join(shared, "seeds"), os.path.join(shared, "data", "news-dev")]
    with tempfile.TemporaryDirectory() as tmp:
        graph = os.path.join(tmp, "top.kg")
        subprocess.run([binary, "build", *inputs, "-o", graph], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rows = kg(binary, "query", graph, "--format", "jsonl",
                  "MATCH (a) RETURN a.name AS name, a.type AS type, a.degree AS degree, "
                  "a.alias_counts AS aliases")
        docs = kg(binary, "query", graph, "--format", "jsonl",
                  "MATCH (a)-[r]-() RETURN a.name AS name, count(DISTINCT r.doc) AS docs")
    doc_count = {row["name"]: row["docs"] for row in docs}
    rows.sort(key=lambda row: (-row["degree"], row["name"]))
    for rank, row in enumerate(rows[:top], 1):
        aliases = row["aliases"] or {}
        shown = ", ".join("%s:%s" % (name, count) for name, count in aliases.items()
                          if name != row["name"])
        print("%3d %4d %3d  %-12s %s%s" % (rank, row["degree"], doc_count.get(row["name"], 0),
                                          row["type"], row["name"],
                                          "  [" + shown + "]" if shown else ""))


if __name__ == "__main__":
    main()
