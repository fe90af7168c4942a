#!/usr/bin/env bash
# Checks the hardening of built executables with readelf: position-independent (PIE), full RELRO (RELRO and
# BIND_NOW), a non-executable stack, the stack protector (an import of __stack_chk_fail) and, with --fortify,
# _FORTIFY_SOURCE (an import of a libc __*_chk function, or no fortifiable libc call at all). The flags come
# from cmake/TesseraOptions.cmake; FORTIFY needs an optimised build, so Debug and sanitizer builds leave it out.
# The ctest HardeningFlags runs it on the build's tessera and tessera-cli; packaging/check-package.sh --metadata
# checks the packaged ones.
# Usage: tests/tools/check-hardening.sh [--fortify] EXECUTABLE...
set -euo pipefail

fortify=0
if [ "${1:-}" = --fortify ]; then
    fortify=1
    shift
fi
[ $# -gt 0 ] || {
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}

status=0
fail() {
    echo "FAIL: $*" >&2
    status=1
}

fortifiable=""
if [ $fortify -eq 1 ]; then
    # libc's fortifiable functions: those it also exports as __NAME_chk.
    libc=$(gcc -print-file-name=libc.so.6)
    fortifiable=$(readelf --dyn-syms --wide "$libc" | grep -Eo '\b__[a-z0-9_]+_chk\b' | sed 's/^__//; s/_chk$//' | sort -u)
fi

for binary in "$@"; do
    name=$(basename "$binary")
    [ -f "$binary" ] || {
        fail "$name: no such file ($binary)"
        continue
    }
    header=$(readelf --file-header "$binary")
    dynamic=$(readelf --dynamic --wide "$binary")
    segments=$(readelf --program-headers --wide "$binary")
    imports=$(readelf --dyn-syms --wide "$binary" | awk '$7 == "UND" {sub(/@.*/, "", $8); print $8}' | sort -u)
    found=()
    if grep -q 'Type: *DYN' <<<"$header" && grep -Eq 'FLAGS_1.*\bPIE\b' <<<"$dynamic"; then
        found+=(PIE)
    else
        fail "$name: not a position-independent executable"
    fi
    if grep -q GNU_RELRO <<<"$segments" && grep -Eq '\(BIND_NOW\)|FLAGS.*\bNOW\b' <<<"$dynamic"; then
        found+=("full RELRO")
    else
        fail "$name: no full RELRO (RELRO with BIND_NOW)"
    fi
    if grep GNU_STACK <<<"$segments" | grep -qv RWE; then
        found+=("NX stack")
    else
        fail "$name: executable stack"
    fi
    if grep -qx __stack_chk_fail <<<"$imports"; then
        found+=("stack protector")
    else
        fail "$name: no stack protector (no __stack_chk_fail import)"
    fi
    if [ $fortify -eq 1 ]; then
        fortified=$(grep -E '^__[a-z0-9_]+_chk$' <<<"$imports" | grep -vx __stack_chk_fail | paste -sd ' ' - || true)
        unprotected=$(comm -12 <(echo "$fortifiable") <(echo "$imports") | paste -sd ' ' -)
        if [ -n "$fortified" ]; then
            found+=("FORTIFY ($fortified)")
        elif [ -z "$unprotected" ]; then
            found+=("FORTIFY (no fortifiable libc call)")
        else
            fail "$name: built without _FORTIFY_SOURCE: calls $unprotected unchecked"
        fi
    fi
    summary=$(printf '%s, ' "${found[@]}")
    echo "$name: ${summary%, }"
done
exit $status
