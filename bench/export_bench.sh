#!/usr/bin/env bash
# Export speed: every format of `kg export` over the whole of FB15k-237 and of the 10M-triple
# synthetic graph (seconds after load, output MB, MB/s), and `kg render` time of a 40-node and a
# 200-node neighbourhood of each graph's busiest entity.
#
# usage: bench/export_bench.sh [BUILD_DIR]     (default: build; needs BUILD_DIR/cli/kg)
#   KG_BENCH_FB_KG=FILE    reuse an imported FB15k-237 .kg instead of importing it
#   KG_BENCH_10M_KG=FILE   reuse an imported 10M .kg
#   KG_BENCH_10M_TSV=FILE  the 10M TSV to import (default /tmp/kgbench/gen10m.tsv, made by
#                          ../shared/tools/gen-kg --triples 10000000)
#
# Times come from `--timings` (load and export measured separately inside the process). Outputs
# and imported graphs go to a temporary folder inside BUILD_DIR, deleted at the end.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
kg=$build/cli/kg
shared=$root/../shared
[[ -x $kg ]] || { echo "export_bench.sh: $kg not found; build kg first" >&2; exit 1; }

work=$(mktemp -d "$build/export-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

graph_for() { # NAME TSV REUSE -> path of a .kg
    if [[ -n $3 ]]; then
        echo "$3"
    else
        "$kg" import "$2" -o "$work/$1.kg" >/dev/null
        echo "$work/$1.kg"
    fi
}

seconds() { sed -n "s/.*$1 \([0-9.]*\) s.*/\1/p" "$2" | head -1; }
size_of() { # total bytes of the export's file(s)
    if [[ $1 == csv ]]; then cat "$2"/nodes.csv "$2"/relationships.csv | wc -c; else stat -c %s "$2"; fi
}

fb=$(graph_for fb15k237 "$shared/data/fb15k237.tsv" "${KG_BENCH_FB_KG:-}")
big=$(graph_for gen10m "${KG_BENCH_10M_TSV:-/tmp/kgbench/gen10m.tsv}" "${KG_BENCH_10M_KG:-}")

printf '| graph | format | output MB | export s (cpu s) | MB/s | load s |\n|---|---|---|---|---|---|\n'
for pair in "fb15k237:$fb" "gen10m:$big"; do
    name=${pair%%:*}
    graph=${pair#*:}
    for format in json graphml ntriples csv dot svg; do
        out=$work/out.$format
        [[ $format == csv ]] && out=$work/csv/
        "$kg" export "$graph" --format "$format" -o "$out" --timings 2>"$work/log" >/dev/null
        bytes=$(size_of "$format" "$out")
        export_s=$(seconds export "$work/log")
        cpu_s=$(sed -n 's/.*(cpu \([0-9.]*\) s).*/\1/p' "$work/log")
        printf '| %s | %s | %.2f | %s (%s) | %s | %s |\n' "$name" "$format" \
            "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$export_s" "$cpu_s" \
            "$(awk -v b="$bytes" -v s="$export_s" 'BEGIN { printf "%.0f", (s > 0 ? b / 1e6 / s : 0) }')" \
            "$(seconds load "$work/log")"
        rm -rf "$work/out."* "$work/csv"
    done
done

printf '\n| graph | around | nodes drawn | layout | render s |\n|---|---|---|---|---|\n'
for case in "fb15k237:$fb:/m/09c7w0" "gen10m:$big:entity_354708"; do
    IFS=: read -r name graph entity <<<"$case"
    for nodes in 40 200; do
        "$kg" render "$graph" --around "$entity" --max-nodes "$nodes" -o "$work/r.svg" \
            --timings 2>"$work/log"
        drawn=$(sed -n 's/.*(\([0-9]*\) entities).*/\1/p' "$work/log")
        layout=$(sed -n 's/.*layout=\([a-z]*\).*/\1/p' <("$kg" render "$graph" --around "$entity" \
            --max-nodes "$nodes" -o "$work/r.dot" && cat "$work/r.dot") | head -1)
        printf '| %s | %s | %s | %s | %s |\n' "$name" "$entity" "$drawn" "$layout" \
            "$(seconds render "$work/log")"
    done
done
