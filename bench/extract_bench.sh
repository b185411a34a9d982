#!/usr/bin/env bash
# Extraction quality and speed (figures for bench/RESULTS.md, section "Extraction").
#   bench/extract_bench.sh [KG_BINARY]
# 1. CaRB dev F1/AUC: `kg extract --lines --format carb` on the 641 dev sentences, scored by
#    ../shared/tools/carb-score (CaRB's default metric), on the whole and on each half (even and
#    odd lines of dev.txt), so that a change is judged on both halves, never on one.
# 2. Speed: sentences/s on one thread and with -j 2, on the seed articles and on a larger corpus
#    (the CaRB dev sentences cut into 16 documents), with the share of time inside link-grammar
#    versus kg's own code as `kg extract --timings` reports it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
kg=${1:-$here/build/cli/kg}
shared=${KG_SHARED:-$(cd "$here/.." && pwd)/shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== CaRB dev"
"$kg" extract --lines --format carb "$shared/data/carb-dev/dev.txt" -o "$work/carb.tsv" 2>/dev/null
echo "$(wc -l < "$work/carb.tsv") extractions"
(cd "$shared/data" && "$shared/tools/carb-score" --gold carb-dev/dev.tsv "$work/carb.tsv" 2>/dev/null | tail -1)
for half in 0 1; do
    # Sentences are matched as the scorer matches them: ignoring spaces and ASCII punctuation.
    awk -v h=$half 'NR % 2 == h' "$shared/data/carb-dev/dev.txt" > "$work/half$half.txt"
    python3 - "$work/half$half.txt" "$shared/data/carb-dev/dev.tsv" "$work/carb.tsv" \
        "$work/gold$half.tsv" "$work/pred$half.tsv" <<'PY'
import re, sys
key = lambda s: re.sub(r'[\s!-/:-@\[-`{-~]', '', s)
wanted = {key(line.rstrip('\n')) for line in open(sys.argv[1])}
for source, target in ((sys.argv[2], sys.argv[4]), (sys.argv[3], sys.argv[5])):
    with open(target, 'w') as out:
        out.writelines(l for l in open(source) if key(l.split('\t')[0]) in wanted)
PY
    lines=$([[ $half == 0 ]] && echo even || echo odd)
    score=$(cd "$shared/data" && "$shared/tools/carb-score" --gold "$work/gold$half.tsv" \
        "$work/pred$half.tsv" 2>/dev/null | tail -1)
    echo "half $half ($lines lines): $score"
done

mkdir -p "$work/corpus"
split -n l/16 -d --additional-suffix=.txt "$shared/data/carb-dev/dev.txt" "$work/corpus/doc"
seeds=("$shared"/seeds/*.txt)
for corpus in seeds larger; do
    if [[ $corpus == seeds ]]; then inputs=("${seeds[@]}"); else inputs=("$work/corpus"); fi
    for jobs in 1 2; do
        echo "== $corpus, -j $jobs"
        "$kg" extract -j "$jobs" --timings "${inputs[@]}" 2>&1 >/dev/null | grep '^timings'
    done
done
