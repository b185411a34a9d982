#!/usr/bin/env bash
# Fails when a file includes a header from a folder its layer may not use (docs/architecture.md):
#   base <- graph <- extract        base <- grammar <- query <- export <- cli
#                    graph <- query
# Each folder may include itself and the folders listed for it; tests/, bench/ and cli/ may
# include anything. Usage: check_includes.sh REPO_ROOT
set -euo pipefail
root=${1:?usage: check_includes.sh REPO_ROOT}
declare -A allowed=(
    [base]="base"
    [graph]="graph base"
    [grammar]="grammar base"
    [query]="query grammar graph base"
    [extract]="extract graph base"
    [export]="export query grammar graph base"
)
status=0
for folder in "${!allowed[@]}"; do
    while IFS= read -r hit; do
        file=${hit%%:*}
        rest=${hit#*:}
        line=${rest%%:*}
        target=$(sed -E 's/.*#include "([^/"]+)\/.*/\1/' <<<"$rest")
        [[ " ${allowed[$folder]} " == *" $target "* ]] && continue
        # Generated or local headers without a folder are not layers.
        [[ -d $root/$target ]] || continue
        echo "${file#"$root"/}:$line: $folder/ may not include $target/ (allowed: ${allowed[$folder]})"
        status=1
    done < <(grep -rnE '^#include "[^/"]+/' "$root/$folder" --include='*.h' --include='*.cpp' \
                 --include='*.y' --include='*.c' | sed -E 's/^([^:]+):([0-9]+):/\1:\2:/')
done
exit $status
