#!/usr/bin/env bash
# kg vs Kùzu on Q1–Q5 and the whole-edge scan shapes S1–S5, side by side on this machine, same
# triples, medians inside each process after load. Prints wall and CPU time of both and the
# ratio kg / Kùzu of CPU time (below 1 means kg is faster; the machine is shared, so CPU time
# is the fair figure).
#   bench/query_compare.sh [BUILD_DIR] [TRIPLES.tsv]
#   KG_BENCH_GRAPH=FILE.kgb  kg maps this binary graph of the same triples instead of
#                            importing them (the way to run a 10M-fact graph)
#   KG_BENCH_FORM=mapped     kg imports the triples, saves them as .kgb and maps that
#   KG_BENCH_QUERIES=Q2,S1   only these queries (default: all)
#   KG_BENCH_REPS=N          repetitions of each (default 10 for kg, 20 for Kùzu)
# Needs Node and network access to the npm registry once (kuzu is installed into
# ${KUZU_DIR:-/tmp/kg-kuzu}, never into the repository).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:-$root/build}")
tsv=$(realpath "${2:-$root/../shared/data/fb15k237.tsv}")
kuzu_dir=${KUZU_DIR:-/tmp/kg-kuzu}
queries=${KG_BENCH_QUERIES:-Q1,Q2,Q3,Q4,Q5,S1,S2,S3,S4,S5}

if [[ ! -d "$kuzu_dir/node_modules/kuzu" ]]; then
    mkdir -p "$kuzu_dir"
    (cd "$kuzu_dir" && npm install --silent kuzu@0.11.3 >/dev/null)
fi

kg_json=$(mktemp)
kg_log=$(mktemp)
trap 'rm -f "$kg_json" "$kg_log"' EXIT
filter="^BM_(${queries//,/|})_"
KG_BENCH_TSV="${KG_BENCH_GRAPH:-$tsv}" "$build/bench/query_bench" \
    --benchmark_filter="$filter" --benchmark_repetitions="${KG_BENCH_REPS:-10}" \
    --benchmark_report_aggregates_only=true --benchmark_format=json >"$kg_json" 2>"$kg_log"
# query_bench names its picks on stderr: "picks: a=NAME (degree N), b=NAME" and "p1=P1, p2=P2"
a=$(sed -n 's/^picks: a=\(.*\) (degree.*/\1/p' "$kg_log")
b=$(sed -n 's/^picks: .*, b=\(.*\)$/\1/p' "$kg_log")
p1=$(sed -n 's/.*; p1=\(.*\), p2=.*/\1/p' "$kg_log")
p2=$(sed -n 's/.*, p2=\(.*\)$/\1/p' "$kg_log")
cat "$kg_log" >&2
kuzu_json=$(KUZU_MODULE_DIR="$kuzu_dir/node_modules" node --max-old-space-size=8192 \
    "$root/bench/kuzu_queries.mjs" "$tsv" "$a" "$b" "$p1" "$p2" "${KG_BENCH_REPS:-20}" "$queries")

python3 - "$kg_json" "$kuzu_json" <<'PY'
import json, sys
kg = json.load(open(sys.argv[1]))
kuzu = json.loads(sys.argv[2])
wall, cpu, value = {}, {}, {}
for b in kg["benchmarks"]:
    if b.get("aggregate_name") == "median":
        q = b["run_name"].split("_")[1]
        wall[q] = b["real_time"]  # ms (the benchmarks use kMillisecond)
        cpu[q] = b["cpu_time"]
        value[q] = b.get("value", -1)
print(f"Kùzu load: {kuzu['load_ms'] / 1000:.2f} s (medians in ms)")
print(f"{'query':6} {'kg wall':>9} {'kg cpu':>9} {'Kùzu wall':>10} {'Kùzu cpu':>9} "
      f"{'kg/Kùzu cpu':>12}  answers (kg | Kùzu first row)")
for q in wall:
    kv = "" if value[q] < 0 else f"{value[q]:.0f}"
    print(f"{q:6} {wall[q]:9.3f} {cpu[q]:9.3f} {kuzu['wall'][q]:10.3f} {kuzu['cpu'][q]:9.3f} "
          f"{cpu[q] / kuzu['cpu'][q]:12.3f}  {kv} | {kuzu['rows'][q]}")
PY
