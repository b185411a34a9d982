#!/usr/bin/env bash
# The binary store against the JSON file, end to end through the kg binary: `kg stats` and a
# one-entity query on each form, and the cost of writing the binary form, on FB15k-237 and on a
# synthetic graph. CPU seconds (user + sys) and peak resident MB from /usr/bin/time.
#
# usage: bench/store_bench.sh [BUILD_DIR]   (default: build; needs BUILD_DIR/cli/kg)
#   KG_STORE_TSV=FILE       the synthetic graph's TSV (e.g. from gen-kg --triples 10000000);
#                           without it only FB15k-237 is measured
#   KG_STORE_ENTITY=NAME    the entity of the synthetic graph's one-entity query (entity_0)
#   KG_SHARED=DIR           the shared data folder (default: beside the checkout)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
kg=$build/cli/kg
shared=${KG_SHARED:-$root/../shared}
[[ -x $kg ]] || { echo "store_bench.sh: $kg not found; build kg first" >&2; exit 1; }
work=$(mktemp -d "$build/store.XXXXXX")
trap 'rm -rf "$work"' EXIT

# measure LABEL CMD...: one table row of CPU seconds and peak MB.
measure() {
    local label=$1
    shift
    /usr/bin/time -f '%U %S %M' -o "$work/time" "$@" >/dev/null
    awk -v l="$label" '{ printf "| %s | %.3f | %.0f |\n", l, $1 + $2, $3 / 1024 }' "$work/time"
}

run() {
    local name=$1 tsv=$2 entity=$3
    local query="MATCH (a {name: \"$entity\"})-[r]->(b) RETURN count(*)"
    echo "### $name ($(wc -l <"$tsv") triples)"
    echo
    echo "| step | CPU s | peak MB |"
    echo "|---|---|---|"
    "$kg" import "$tsv" -o "$work/g.kg" >/dev/null
    measure "kg convert g.kg g.kgb" "$kg" convert "$work/g.kg" "$work/g.kgb"
    for form in kg kgb; do
        measure "kg stats g.$form" "$kg" stats "$work/g.$form"
        measure "kg query g.$form (one entity)" "$kg" query "$work/g.$form" "$query"
    done
    echo
    echo "file sizes: g.kg $(($(stat -c %s "$work/g.kg") / 1048576)) MB," \
        "g.kgb $(($(stat -c %s "$work/g.kgb") / 1048576)) MB"
    echo
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run FB15k-237 "$shared/data/fb15k237.tsv" "/m/027rn"
if [[ -n ${KG_STORE_TSV:-} ]]; then
    run "synthetic" "$KG_STORE_TSV" "${KG_STORE_ENTITY:-entity_0}"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
