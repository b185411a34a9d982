#!/usr/bin/env bash
# kg vs Kùzu on Q1–Q5, side by side on this machine, same triples, medians inside each process
# after load. Prints both figures and the ratio (Kùzu / kg: above 1 means kg is faster).
#   bench/query_compare.sh [BUILD_DIR] [TRIPLES.tsv]
# Needs Node and network access to the npm registry once (kuzu is installed into
# ${KUZU_DIR:-/tmp/kg-kuzu}, never into the repository).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:-$root/build}")
tsv=$(realpath "${2:-$root/../shared/data/fb15k237.tsv}")
kuzu_dir=${KUZU_DIR:-/tmp/kg-kuzu}

if [[ ! -d "$kuzu_dir/node_modules/kuzu" ]]; then
    mkdir -p "$kuzu_dir"
    (cd "$kuzu_dir" && npm install --silent kuzu@0.11.3 >/dev/null)
fi

kg_json=$(mktemp)
kg_log=$(mktemp)
KG_BENCH_TSV="$tsv" "$build/bench/query_bench" --benchmark_repetitions=10 \
    --benchmark_report_aggregates_only=true --benchmark_format=json >"$kg_json" 2>"$kg_log"
# query_bench names its picks on stderr: "... a=NAME (degree N), b=NAME"
a=$(sed -n 's/.* a=\(.*\) (degree.*/\1/p' "$kg_log")
b=$(sed -n 's/.*, b=\(.*\)$/\1/p' "$kg_log")
p1=/film/actor/film./film/performance/film
p2=/film/film/genre
kuzu_json=$(KUZU_MODULE_DIR="$kuzu_dir/node_modules" node "$root/bench/kuzu_queries.mjs" \
    "$tsv" "$a" "$b" "$p1" "$p2" 20)

python3 - "$kg_json" "$kuzu_json" <<'PY'
import json, sys
kg = json.load(open(sys.argv[1]))
kuzu = json.loads(sys.argv[2])
wall, cpu = {}, {}
for b in kg["benchmarks"]:
    if b.get("aggregate_name") == "median":
        q = b["run_name"].split("_")[1]
        wall[q] = b["real_time"]  # ms (the benchmarks use kMillisecond)
        cpu[q] = b["cpu_time"]
print(f"Kùzu load: {kuzu['load_ms'] / 1000:.2f} s (medians in ms; kg CPU time beside its wall time)")
print(f"{'query':6} {'kg wall':>10} {'kg cpu':>10} {'Kùzu wall':>10} {'Kùzu/kg wall':>13}")
for q in ["Q1", "Q2", "Q3", "Q4", "Q5"]:
    print(f"{q:6} {wall[q]:10.3f} {cpu[q]:10.3f} {kuzu[q]:10.3f} {kuzu[q] / wall[q]:13.1f}")
PY
rm -f "$kg_json" "$kg_log"
