#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 5) and prints executions per second, total
# executions and crashes per target. Needs a fuzz build: cmake --preset fuzz && cmake --build --preset fuzz
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR]
set -uo pipefail
seconds=${1:-5}
build=${2:-build/fuzz}
here=$(cd "$(dirname "$0")" && pwd)
status=0
printf '%-22s %10s %14s %8s\n' target exec/s executions crashes
for bin in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$bin" ] && [ -x "$bin" ] || continue
    name=$(basename "$bin"); name=${name#fuzz_}
    work=$(mktemp -d)
    seeds="$here/corpus/$name"
    mkdir -p "$work/corpus" "$work/artifacts"
    [ -d "$seeds" ] && cp -r "$seeds"/. "$work/corpus/"
    log="$work/log"
    "$bin" -print_final_stats=1 -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$work/artifacts/" "$work/corpus" >"$log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    if [ -z "$execs" ]; then
        execs=$(grep -Eo '#[0-9]+' "$log" | tail -1 | tr -d '#')
    fi
    rate=$(( ${execs:-0} / (seconds > 0 ? seconds : 1) ))
    crashes=$(find "$work/artifacts" -type f | wc -l)
    printf '%-22s %10s %14s %8s\n' "$name" "$rate" "${execs:-0}" "$crashes"
    if [ $rc -ne 0 ] || [ "$crashes" -ne 0 ]; then
        status=1
        echo "---- $name failed (exit $rc); artifacts kept in $work/artifacts; log tail:"
        tail -30 "$log"
    else
        rm -rf "$work"
    fi
done
exit $status
