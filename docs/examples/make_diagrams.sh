#!/bin/sh
# Draws the example diagrams of docs/export.md from the seed articles, with the kg binary:
#   docs/examples/make_diagrams.sh build/cli/kg ../shared/seeds
# PNG only: a PNG shows names and predicates, while an SVG's tooltips would carry the articles'
# sentences, which are not ours to publish.
set -eu
kg=${1:?usage: make_diagrams.sh KG_BINARY SEEDS_DIR}
seeds=${2:?usage: make_diagrams.sh KG_BINARY SEEDS_DIR}
out=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$kg" build "$seeds" -o "$work/seeds.kg" >/dev/null
# 1. One entity and its neighbours: dot's layered drawing.
"$kg" render "$work/seeds.kg" --around "Mark Rutte" -o "$out/around-rutte.png"
# 2. 100 entities grouped by type: clusters, drawn by dot (ranked as one graph).
"$kg" render "$work/seeds.kg" --max-nodes 100 --cluster type -o "$out/clusters-by-type.png"
# 3. 120 entities: past 60 the force layout (sfdp), edge labels placed after the nodes.
"$kg" render "$work/seeds.kg" --max-nodes 120 -o "$out/overview-120.png"
