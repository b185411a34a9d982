#!/usr/bin/env bash
# End-to-end scale run of `kg import` and `kg stats` on FB15k-237 and on a 10M-triple synthetic
# graph. For each: import time, save time, load time, stats time, file size and peak memory.
#
# usage: bench/scale.sh [BUILD_DIR]        (default: build; needs BUILD_DIR/cli/kg)
#   KG_SCALE_TRIPLES=N   size of the synthetic graph (default 10000000)
#   KG_SCALE_TSV=FILE    reuse an already generated synthetic TSV instead of running gen-kg
#
# The synthetic graph is generated into a temporary folder inside BUILD_DIR and deleted at the
# end; nothing generated is kept. Phase times come from `--timings`; peak memory from
# /usr/bin/time -v (maximum resident set size).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
kg=$build/cli/kg
shared=$root/../shared
triples=${KG_SCALE_TRIPLES:-10000000}
[[ -x $kg ]] || { echo "scale.sh: $kg not found; build kg first" >&2; exit 1; }

work=$(mktemp -d "$build/scale.XXXXXX")
trap 'rm -rf "$work"' EXIT

synthetic=${KG_SCALE_TSV:-}
if [[ -z $synthetic ]]; then
    synthetic=$work/synthetic.tsv
    echo "generating $triples triples with gen-kg ..." >&2
    "$shared/tools/gen-kg" --triples "$triples" >"$synthetic"
fi

# phase NAME LOG: the wall seconds that `--timings` printed for NAME; cpu NAME LOG: its CPU
# seconds, the figure that stays comparable when other processes share the cores.
phase() { sed -n "s/.*$1 \([0-9.]*\) s (cpu.*/\1/p" "$2"; }
cpu() { sed -n "s/.*$1 [0-9.]* s (cpu \([0-9.]*\) s).*/\1/p" "$2"; }
peak_mb() { awk '/Maximum resident set size/ {printf "%.0f", $6 / 1024}' "$1"; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.2f", n / s / 1e6; else print "-" }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| graph | triples | import s (cpu) | M triples/s (cpu) | save s | file MB | import peak MB | bytes/triple | load s (cpu) | M triples/s (cpu) | stats s | stats peak MB |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|\n'
for input in "$shared/data/fb15k237.tsv" "$synthetic"; do
    name=$(basename "$input" .tsv)
    lines=$(wc -l <"$input")
    graph=$work/$name.kg
    /usr/bin/time -v "$kg" import "$input" -o "$graph" --timings >/dev/null 2>"$work/import.log"
    /usr/bin/time -v "$kg" stats "$graph" --timings >/dev/null 2>"$work/stats.log"
    import_s=$(phase import "$work/import.log")
    import_cpu=$(cpu import "$work/import.log")
    load_cpu=$(cpu load "$work/stats.log")
    save_s=$(phase save "$work/import.log")
    load_s=$(phase load "$work/stats.log")
    stats_s=$(phase stats "$work/stats.log")
    import_mb=$(peak_mb "$work/import.log")
    size_mb=$(awk -v b="$(stat -c %s "$graph")" 'BEGIN { printf "%.1f", b / 1048576 }')
    per_triple=$(awk -v m="$import_mb" -v n="$lines" 'BEGIN { printf "%.0f", m * 1048576 / n }')
    printf '| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
        "$name" "$lines" "$import_s ($import_cpu)" \
        "$(rate "$lines" "$import_s") ($(rate "$lines" "$import_cpu"))" "$save_s" "$size_mb" \
        "$import_mb" "$per_triple" "$load_s ($load_cpu)" \
        "$(rate "$lines" "$load_s") ($(rate "$lines" "$load_cpu"))" "$stats_s" \
        "$(peak_mb "$work/stats.log")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
