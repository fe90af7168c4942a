#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 5) and prints, per target, executions per second,
# total executions, crashes and the corpus size, from libFuzzer's final statistics (-print_final_stats=1).
# Needs a fuzz build: cmake --preset fuzz && cmake --build --preset fuzz (or the asan preset).
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR] [REPORT.md]
#   REPORT.md (optional) receives the same table in Markdown, with the date, commit and duration,
#   for docs/security.md ("How we test this"). Exit status 1 when any target crashed or failed.
set -uo pipefail
seconds=${1:-5}
build=${2:-build/fuzz}
report=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
status=0
rows=()
total_execs=0
total_crashes=0
targets=0
started=$(date -u '+%Y-%m-%d %H:%M UTC')

# final_stat NAME LOG: the value of libFuzzer's final "stat::NAME: VALUE" line, empty when absent.
final_stat() { grep -o "stat::$1: *[0-9]*" "$2" | grep -o '[0-9]*$' | tail -1; }

printf '%-24s %10s %14s %8s %8s\n' target exec/s executions crashes corpus
for bin in "$build"/tests/fuzz/fuzz_*; do
    if [ ! -f "$bin" ] || [ ! -x "$bin" ]; then continue; fi
    name=$(basename "$bin")
    name=${name#fuzz_}
    work=$(mktemp -d)
    seeds="$here/corpus/$name"
    mkdir -p "$work/corpus" "$work/artifacts"
    [ -d "$seeds" ] && cp -r "$seeds"/. "$work/corpus/"
    log="$work/log"
    "$bin" -print_final_stats=1 -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$work/artifacts/" "$work/corpus" >"$log" 2>&1
    rc=$?
    execs=$(final_stat number_of_executed_units "$log")
    # A run that crashed prints no final statistics: take the last status line's count.
    [ -n "$execs" ] || execs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    execs=${execs:-0}
    rate=$(final_stat average_exec_per_sec "$log")
    [ -n "$rate" ] || rate=$((execs / (seconds > 0 ? seconds : 1)))
    crashes=$(find "$work/artifacts" -type f | wc -l)
    corpus=$(find "$work/corpus" -type f | wc -l)
    printf '%-24s %10s %14s %8s %8s\n' "$name" "$rate" "$execs" "$crashes" "$corpus"
    rows+=("| $name | $rate | $execs | $crashes | $corpus |")
    total_execs=$((total_execs + execs))
    total_crashes=$((total_crashes + crashes))
    targets=$((targets + 1))
    if [ $rc -ne 0 ] || [ "$crashes" -ne 0 ]; then
        status=1
        [ "$crashes" -ne 0 ] || total_crashes=$((total_crashes + 1)) # a failure without an artifact
        echo "---- $name failed (exit $rc); artifacts kept in $work/artifacts; log tail:"
        tail -30 "$log"
    else
        rm -rf "$work"
    fi
done
printf '%-24s %10s %14s %8s\n' "all ($targets targets)" "" "$total_execs" "$total_crashes"

if [ -n "$report" ]; then
    commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)
    git -C "$here" diff --quiet HEAD -- 2>/dev/null || commit="$commit with uncommitted changes"
    {
        echo "# Fuzzing report"
        echo
        echo "$targets targets, $seconds s each, started $started, commit $commit, build $build" \
            "(libFuzzer, ASan + UBSan). Crashes counts the artifacts (crash, leak, timeout, out-of-memory);" \
            "corpus is the number of inputs at the end, seeds included."
        echo
        echo "| target | exec/s | executions | crashes | corpus |"
        echo "| --- | ---: | ---: | ---: | ---: |"
        printf '%s\n' "${rows[@]}"
        echo "| **all** | | **$total_execs** | **$total_crashes** | |"
    } >"$report"
    echo "report written to $report"
fi
exit $status
