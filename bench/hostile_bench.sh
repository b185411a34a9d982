#!/usr/bin/env bash
# Cost of the hostile inputs of issue 13 (docs/limits.md): CPU time and peak memory of each case,
# from /usr/bin/time. Usage: bench/hostile_bench.sh [BUILD] (default build). Figures in
# bench/RESULTS.md, "Hostile input".
set -euo pipefail
kg=$(realpath "${1:-build}")/cli/kg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

measure() { # measure LABEL COMMAND...: prints "LABEL: user+sys CPU s, peak RSS MB, exit code"
    local label=$1
    shift
    local rc=0
    /usr/bin/time -f "%U %S %M" -o t.txt "$@" >/dev/null 2>err.txt || rc=$?
    read -r user sys rss < <(tail -n 1 t.txt)
    printf '%-44s %6.2f s CPU %6.0f MB  exit %d\n' "$label" "$(echo "$user + $sys" | bc)" \
        "$(echo "$rss / 1024" | bc)" "$rc"
}

# Three 60-70-word sentences of random common words: link-grammar's search for a parse with
# skipped words explodes on them.
python3 - <<'PY'
import json, random
words = ("the of and to that is was for as with had not but have one were all there would so "
         "what up out can only then do like over even back still well down right long").split()
random.seed(5)
def sentence():
    return "Still " + " ".join(random.choice(words) for _ in range(random.randint(59, 69))) + "."
text = " ".join(sentence() for _ in range(3))
open("noise.txt", "w").write(text + "\n")
open("noise.jsonl", "w").write(json.dumps({"id": "d1", "text": text}) + "\n")
open("noise40.txt", "w").write(" ".join(sentence() for _ in range(40)) + "\n")
with open("chain.tsv", "w") as f:
    for i in range(3000):
        f.write(f"node {i}\tlinks\tnode {i + 1}\n")
open("long.cypher", "w").write('RETURN "' + "x" * 60000 + '" =~ ".*" AS m')
open("backtrack.cypher", "w").write('RETURN "' + "a" * 50000 + 'b" =~ "(a+)+$" AS m')
PY
"$kg" import chain.tsv -o chain.kg >/dev/null

echo "noise.txt: $(wc -c <noise.txt) bytes, noise40.txt: $(wc -c <noise40.txt) bytes"
measure "extract 3 random-word sentences" "$kg" extract noise.txt -o out.jsonl
measure "extract - (same, streaming)" sh -c "'$kg' extract - <noise.jsonl"
measure "extract 40 random-word sentences" "$kg" extract noise40.txt -o out.jsonl
measure "=~ on a 60,000-byte string" "$kg" query chain.kg -f long.cypher
measure "(a+)+\$ on 50,000 a's and a b" "$kg" query chain.kg -f backtrack.cypher
measure "ORDER BY over a 9M-row product, 1G budget" "$kg" query chain.kg \
    'MATCH (a),(b) RETURN a.name, b.name ORDER BY a.name' --max-memory 1G
measure "collect(p) over -[*]-, 1G budget" "$kg" query chain.kg \
    'MATCH p=(a)-[*]-(b) RETURN collect(p)' --max-memory 1G
