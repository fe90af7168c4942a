#!/usr/bin/env bash
# Runs clang-tidy (Debian 12's clang-tidy 14) with the repository's .clang-tidy profile (bugprone, CERT,
# performance) over every source in core/, from a build directory's compile_commands.json, and fails on any
# finding. The build must have run once (the generated headers: protobuf, moc, Version.h). Not part of the
# per-push suite (several minutes on two cores); run it before a release or after changing core/.
# Usage: tests/tools/run-clang-tidy.sh [BUILD_DIR] [FILE_REGEX]   (defaults: build/dev, every core/ source)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
files=${2:-"$PWD/core/.*\.cpp$"}
[ -f "$build/compile_commands.json" ] || {
    echo "run-clang-tidy: no $build/compile_commands.json (configure and build first)" >&2
    exit 2
}
runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy)
tidy=$(command -v clang-tidy-14 || command -v clang-tidy)
start=$SECONDS
log=$(mktemp)
status=0
"$runner" -p "$build" -clang-tidy-binary "$tidy" -quiet -j "$(nproc)" "$files" >"$log" 2>&1 || status=$?
# Only the findings and their context (without colours): not the command lines of the files with findings or
# the counts of warnings in system headers.
sed 's/\x1b\[[0-9;]*m//g' "$log" |
    grep -v -E '^(\S*clang-tidy(-[0-9]+)? |[0-9]+ (warnings?|errors?)( and [0-9]+ errors?)? generated|Suppressed [0-9]+ warnings|Use -header-filter|Running clang-tidy)' ||
    true
rm -f "$log"
checked=$(python3 -c 'import json, re, sys
print(sum(1 for c in json.load(open(sys.argv[1])) if re.search(sys.argv[2], c["file"])))' "$build/compile_commands.json" "$files")
if [ $status -ne 0 ]; then
    echo "clang-tidy: findings in core/ (above), $checked files checked in $((SECONDS - start)) s" >&2
    exit 1
fi
echo "clang-tidy: core/ clean, $checked files checked in $((SECONDS - start)) s"
