#!/usr/bin/env bash
# Tessera's two set-up commands (README, first section). Both install whatever is missing from
# Debian 12's packages first (packaging/install-deps.sh; as root, or through sudo).
#
#   packaging/dev.sh run    install, build (release) and start the app
#   packaging/dev.sh test   install, build and pass the whole per-push suite, in tiers
#   packaging/dev.sh long   the long runs (benchmarks at full length); see docs/
#   packaging/dev.sh package  release check: the .deb installed and run in a clean Debian 12 root
#   packaging/dev.sh perf     every performance target, side by side with the peers (docs/performance.md)
#   packaging/dev.sh tidy     clang-tidy over core/ with .clang-tidy (dev build; minutes, not per push)
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; }

tier() { printf '\n==== %s ====\n' "$*"; }

run_app() {
    packaging/install-deps.sh
    tier "build (release preset)"
    cmake --preset release >/dev/null
    cmake --build --preset release
    tier "start tessera"
    exec build/release/app/gui/tessera "$@"
}

run_tests() {
    packaging/install-deps.sh
    local start=$SECONDS

    tier "1/4 formatting (clang-format)"
    git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

    tier "2/4 dev build (Debug, -Werror) and every test"
    cmake --preset dev >/dev/null
    cmake --build --preset dev
    # xvfb-run gives the tests that need a real X screen one; the rest run offscreen.
    xvfb-run -a -s "-screen 0 1920x1080x24" ctest --preset dev -j2 --timeout 600
    # The .deb from this build: desktop file, metainfo, man pages, fields, contents, lintian, hardening.
    packaging/check-package.sh --metadata --build-dir build/dev

    tier "3/4 ASan + UBSan (clang) build of core and CLI, with their tests"
    cmake --preset asan >/dev/null
    cmake --build --preset asan
    ctest --preset asan -j2 --timeout 900

    tier "4/4 every fuzz target for a few seconds (same sanitizer build)"
    tests/fuzz/run-fuzzers.sh 3 build/asan

    tier "per-push suite passed in $((SECONDS - start)) s"
}

run_long() {
    packaging/install-deps.sh
    cmake --preset release >/dev/null
    cmake --build --preset release
    cmake --preset asan >/dev/null
    cmake --build --preset asan
    tier "crash loops at full length: 500 rounds each (ASan + UBSan)"
    TESSERA_CRASH_ROUNDS=500 ctest --preset asan -R 'CrashSafety|PowerLoss|BackupInterrupted' --timeout 3600
    tier "GUI tests under ASan + UBSan + LSan (asan-gui preset; suppressions: tests/sanitizer/*-gui.supp)"
    cmake --preset asan-gui >/dev/null
    cmake --build --preset asan-gui
    xvfb-run -a -s "-screen 0 1920x1080x24" ctest --preset asan-gui -j2 --timeout 1800
    tier "fuzzing: 10 minutes per target (report: build/asan/fuzz-report.md)"
    tests/fuzz/run-fuzzers.sh 600 build/asan build/asan/fuzz-report.md
    tier "benchmarks (full length)"
    for bench in build/release/tests/bench/tessera_bench_*; do
        "$bench"
    done
}

case "${1:-}" in
    run) shift; run_app "$@" ;;
    test) run_tests ;;
    long) run_long ;;
    package) packaging/install-deps.sh && packaging/check-package.sh --install-check ;;
    perf)
        packaging/install-deps.sh
        cmake --preset release >/dev/null
        cmake --build --preset release
        tests/bench/perf_report.py --build build/release --markdown build/release/perf-report.md ;;
    tidy)
        packaging/install-deps.sh
        cmake --preset dev >/dev/null
        cmake --build --preset dev
        tests/tools/run-clang-tidy.sh build/dev ;;
    *) usage; exit 1 ;;
esac
