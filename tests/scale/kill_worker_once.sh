#!/bin/sh
# Stands in for kg on the Dask workers of kg_dask_test.py: the first `kg extract` given the
# document $KG_KILL_DOC kills the worker process that started it (its parent) before extracting,
# once, as a machine lost mid-run; every other call runs $KG_REAL unchanged. The marker file
# $KG_KILL_MARKER makes "once" hold across worker processes, so no timing decides it.
if [ "$1" != extract ]; then
    exec "$KG_REAL" "$@"
fi
input=$(cat)
if [ ! -e "$KG_KILL_MARKER" ] && printf '%s\n' "$input" | grep -qF "\"id\": \"$KG_KILL_DOC\""; then
    : >"$KG_KILL_MARKER"
    kill -9 "$PPID"
    exit 1
fi
printf '%s\n' "$input" | exec "$KG_REAL" "$@"
