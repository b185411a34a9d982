#!/usr/bin/env python3
"""Precision of a built graph's facts, from labels judged by hand.

    bench/precision.py KG_BINARY CORPUS LABELS.jsonl [--unjudged OUT.jsonl] [--add JUDGED.jsonl]

Builds CORPUS (a folder of .txt articles) with `kg build --min-confidence 0.01`, reads every
fact back with `kg query`, and looks each one up in LABELS. A label is one JSON object per
line: the fact's fields as `kg query` returns them (subject, predicate, object, negated,
modality, speaker, time, quantity, place, doc), the SHA-1 of its sentence (`sentence_sha1`: the
articles are third-party text and stay out of the repository), plus `label` (right, partly or
wrong) and `why`. A fact keeps its label only while every one of those fields is unchanged, so a
change to an argument, polarity, modality, speaker or qualifier sends it back to be judged.

Prints, for the default threshold and a few others, how many facts there are and the share
judged right and at least partly right; the precision in each confidence bucket; and the area
under the curve of confidence against "right" and against "at least partly right". Facts with
no label are counted apart and, with --unjudged, written out with their sentence and an empty
label; once judged, --add JUDGED.jsonl merges them into LABELS (sentence replaced by its hash)
before the figures are computed.

Criteria (the sixth session's): right, the sentence states the fact as the edge says, with its
polarity, modality and speaker; partly, the relation is right but an argument is badly bounded
(cut or overlong) or a speaker, modality or qualifier is missing or wrong in a way that does not
reverse the claim; wrong, anything else, including a fact the text does not assert.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile

FIELDS = ["subject", "predicate", "object", "negated", "modality", "speaker", "time", "quantity",
          "place", "doc"]
LABELS = ("right", "partly", "wrong")
QUERY = ("MATCH (a)-[r]->(b) RETURN a.name AS subject, r.predicate AS predicate, "
         "b.name AS object, r.negated AS negated, r.modality AS modality, "
         "r.attributed_to AS speaker, r.time AS time, r.quantity AS quantity, r.place AS place, "
         "r.doc AS doc, r.sentence AS sentence, r.confidence AS confidence")
THRESHOLDS = [0.1, 0.15, 0.2, 0.3, 0.4]
BUCKETS = [0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 1.01]
DEFAULT_THRESHOLD = 0.15


def sentence_hash(fact):
    if "sentence_sha1" in fact:
        return fact["sentence_sha1"]
    return hashlib.sha1((fact.get("sentence") or "").encode("utf-8")).hexdigest()


def normalised(fact):
    """The fields that identify a fact; a document by its file name, wherever the corpus is."""
    values = {f: fact.get(f) for f in FIELDS}
    values["doc"] = os.path.basename(values["doc"] or "")
    return values


def key(fact):
    return json.dumps(list(normalised(fact).values()) + [sentence_hash(fact)], ensure_ascii=False)


def stored(entry):
    """A label as LABELS keeps it: the fields, the sentence's hash, the judgement."""
    kept = normalised(entry)
    kept.update(sentence_sha1=sentence_hash(entry), label=entry["label"], why=entry.get("why", ""))
    return kept


def graph_facts(kg, corpus):
    with tempfile.TemporaryDirectory() as work:
        graph = os.path.join(work, "graph.kg")
        subprocess.run([kg, "build", corpus, "-o", graph, "--min-confidence", "0.01"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = subprocess.run([kg, "query", graph, QUERY, "--format", "jsonl"], check=True,
                             capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def read_entries(path):
    entries = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            entry = json.loads(line)
            if entry.get("label") not in LABELS:
                sys.exit(f"{path}:{number}: label must be one of {', '.join(LABELS)}")
            entries.append(entry)
    return entries


def add_labels(path, judged_path):
    entries = read_entries(path) if os.path.exists(path) else []
    known = {key(e) for e in entries}
    fresh = [stored(e) for e in read_entries(judged_path) if key(e) not in known]
    with open(path, "a", encoding="utf-8") as out:
        for entry in fresh:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"{len(fresh)} labels added to {path}")


def auc(scored):
    """Probability that a random positive outranks a random negative (ties count half)."""
    positives = [c for c, good in scored if good]
    negatives = [c for c, good in scored if not good]
    if not positives or not negatives:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def shares(judged):
    if not judged:
        return "—", "—"
    right = sum(label == "right" for _, label in judged) / len(judged)
    partly = sum(label != "wrong" for _, label in judged) / len(judged)
    return f"{right:.0%}", f"{partly:.0%}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1].strip())
    parser.add_argument("kg")
    parser.add_argument("corpus")
    parser.add_argument("labels")
    parser.add_argument("--unjudged", help="write the facts without a label here")
    parser.add_argument("--add", help="judged facts to merge into LABELS first")
    args = parser.parse_args()

    if args.add:
        add_labels(args.labels, args.add)
    labels = {}
    if os.path.exists(args.labels):
        labels = {key(e): e["label"] for e in read_entries(args.labels)}
    facts = graph_facts(args.kg, args.corpus)
    judged = [(f["confidence"], labels[key(f)]) for f in facts if key(f) in labels]
    unjudged = [f for f in facts if key(f) not in labels]

    print(f"{len(facts)} facts at confidence >= 0.01, {len(unjudged)} without a label")
    print("\n| min confidence | facts | wrong | right | at least partly right |")
    print("|---|---|---|---|---|")
    for threshold in THRESHOLDS:
        above = [(c, l) for c, l in judged if c >= threshold]
        count = sum(f["confidence"] >= threshold for f in facts)
        wrong = sum(l == "wrong" for _, l in above)
        right, partly = shares(above)
        mark = " (default)" if threshold == DEFAULT_THRESHOLD else ""
        print(f"| ≥ {threshold}{mark} | {count} | {wrong} | {right} | {partly} |")
    print("\n| confidence | facts | right | at least partly right |")
    print("|---|---|---|---|")
    for low, high in zip(BUCKETS, BUCKETS[1:]):
        inside = [(c, l) for c, l in judged if low <= c < high]
        right, partly = shares(inside)
        upper = f"{high:.2f}" if high <= 1 else "1"
        print(f"| {low:.2f}–{upper} | {len(inside)} | {right} | {partly} |")
    print(f"\nAUC of confidence against right: {auc([(c, l == 'right') for c, l in judged]):.3f}; "
          f"against at least partly right: {auc([(c, l != 'wrong') for c, l in judged]):.3f}")

    if args.unjudged:
        with open(args.unjudged, "w", encoding="utf-8") as out:
            for fact in sorted(unjudged, key=lambda f: (f.get("doc") or "", -f["confidence"])):
                entry = {f: fact.get(f) for f in FIELDS + ["sentence", "confidence"]}
                entry.update(label="", why="")
                out.write(json.dumps(entry, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
