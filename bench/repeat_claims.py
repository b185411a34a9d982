#!/usr/bin/env python3
"""Claim records at scale for the reduce step's figures (bench/RESULTS.md, docs/scale.md):
repeats the claim records read from stdin COPIES times, each copy's documents under distinct
ids ("ID#k"), to stdout. Usage:

    build/cli/kg extract --format claims samples | bench/repeat_claims.py 1000 > claims.jsonl
    /usr/bin/time -f '%U+%S s, %M KB' build/cli/kg build --from-records claims.jsonl -o big.kg
"""
import json
import sys


def main():
    if len(sys.argv) != 2 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("usage: repeat_claims.py COPIES < claims.jsonl > repeated.jsonl")
    records = [json.loads(line) for line in sys.stdin if line.strip()]
    out = sys.stdout
    for copy in range(int(sys.argv[1])):
        for record in records:
            record = dict(record, id=f"{record['id']}#{copy}")
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
