#!/usr/bin/env bash
# Extraction quality and speed (figures for bench/RESULTS.md, section "Extraction").
#   bench/extract_bench.sh [KG_BINARY]
# 1. CaRB dev F1/AUC: `kg extract --lines --format carb` on the 641 dev sentences, scored by
#    ../shared/tools/carb-score (CaRB's default metric).
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
