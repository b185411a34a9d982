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
# 2. 120 entities grouped by type: past 60 each cluster is laid out apart by sfdp and the
#    clusters are composed; only edges whose line crosses a node are routed around nodes.
"$kg" render "$work/seeds.kg" --max-nodes 120 --cluster type -o "$out/clusters-by-type.png"
# 3. 120 entities: past 60 the force layout (sfdp), edge labels placed by kg clear of nodes and
#    of one another, the facts between one pair of entities under one label.
"$kg" render "$work/seeds.kg" --max-nodes 120 -o "$out/overview-120.png"
