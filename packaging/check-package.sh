#!/usr/bin/env bash
# Tessera's packaging checks. Both modes first build the release preset and the .deb
# (build/release, package in build/release/package).
#
#   packaging/check-package.sh --metadata       the desktop file, AppStream metainfo, icons and man
#                                               pages validate; the .deb's fields, contents and
#                                               lintian; PIE, RELRO/BIND_NOW, stack protector, FORTIFY
#   packaging/check-package.sh --metadata --build-dir DIR
#                                               the same with the .deb made from an already configured
#                                               build (per push: build/dev, which saves a third build;
#                                               FORTIFY, which needs optimisation, is then left to the
#                                               release build's check)
#   packaging/check-package.sh --install-check  release check (slow, as root): installs the .deb into a
#                                               fresh Debian 12 root (debootstrap) and runs Tessera there
#
# Environment: TESSERA_DEBIAN_MIRROR (default http://deb.debian.org/debian) for --install-check.
set -euo pipefail
cd "$(dirname "$0")/.."

app_id=io.github.tessera.Tessera
build=build/release
package_dir=$build/package
expected_version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -1)
# Runtime plugins dpkg-shlibdeps cannot see (packaging/CMakeLists.txt, CPACK_DEBIAN_PACKAGE_DEPENDS).
plugin_packages=(libqt6sql6-sqlite qt6-image-formats-plugins libqt6svg6 qt6-qpa-plugins qt6-wayland
    gstreamer1.0-plugins-good libqt6multimedia6)
icon_sizes=(16 22 24 32 48 64 128 256)
languages=(en de es fr) # translations/CMakeLists.txt, TESSERA_LANGUAGES

step() { printf '\n---- %s\n' "$*"; }
fail() {
    echo "check-package: FAIL: $*" >&2
    exit 1
}

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; }

# Everything the package must contain, and nothing else.
expected_files() {
    printf '%s\n' \
        /usr/bin/tessera \
        /usr/bin/tessera-cli \
        /usr/share/applications/$app_id.desktop \
        /usr/share/metainfo/$app_id.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
        /usr/share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg \
        /usr/share/man/man1/tessera.1.gz \
        /usr/share/man/man1/tessera-cli.1.gz \
        /usr/share/doc/tessera/copyright \
        /usr/share/doc/tessera/changelog.Debian.gz \
        /usr/share/lintian/overrides/tessera
    for size in "${icon_sizes[@]}"; do
        echo "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
    for language in "${languages[@]}"; do
        echo "/usr/share/tessera/translations/tessera_$language.qm"
    done
}

build_deb() {
    if [ "$build" = build/release ]; then
        step "release build and .deb (CPack)"
        cmake --preset release >/dev/null
        cmake --build --preset release
    else
        step "build in $build (configured already) and .deb (CPack)"
        [ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured build directory"
        cmake --build "$build"
    fi
    rm -f "$package_dir"/tessera_*.deb
    cpack --config "$build/CPackConfig.cmake" -G DEB -B "$package_dir"
    local debs=("$package_dir"/tessera_*.deb)
    if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
        fail "expected one tessera_*.deb in $package_dir"
    fi
    deb=${debs[0]}
    echo "built $deb"
}

check_desktop_file() {
    step "desktop-file-validate packaging/linux/$app_id.desktop"
    local file=packaging/linux/$app_id.desktop output
    output=$(desktop-file-validate "$file" 2>&1) || { echo "$output"; fail "desktop-file-validate: errors"; }
    [ -z "$output" ] || echo "$output"
    # Hints are suggestions; errors fail above, warnings here.
    if grep -v ': hint: ' <<<"$output" | grep -q .; then
        fail "desktop-file-validate reported more than hints"
    fi
    grep -qx 'Exec=tessera %u' "$file" || fail "desktop file: Exec must be 'tessera %u'"
    grep -qx "Icon=$app_id" "$file" || fail "desktop file: Icon must be $app_id"
    grep -qx 'MimeType=x-scheme-handler/otpauth;' "$file" || fail "desktop file: not the otpauth:// handler"
    grep -qx 'Exec=tessera --quick-search' "$file" || fail "desktop file: quick-search action missing"
    grep -qx 'StartupWMClass=tessera' "$file" || fail "desktop file: StartupWMClass must be tessera (Qt's WM_CLASS)"
    echo "desktop file: valid"
}

check_metainfo() {
    step "appstreamcli validate --no-net packaging/linux/$app_id.metainfo.xml"
    local file=packaging/linux/$app_id.metainfo.xml
    appstreamcli validate --no-net "$file" || fail "appstreamcli validate"
    # The screenshots are the user guide's images: each must be in docs/images/.
    local url name
    while read -r url; do
        name=${url##*/docs/images/}
        [ -f "docs/images/$name" ] || fail "metainfo screenshot docs/images/$name is not in the repository ($url)"
    done < <(sed -n 's:.*<image[^>]*>\(.*\)</image>.*:\1:p' "$file")
    echo "screenshots: all present in docs/images/"
}

check_icons() {
    step "icons: committed PNGs match the SVGs, sizes right"
    local tmp
    tmp=$(mktemp -d)
    packaging/linux/render-icons.sh "$tmp"
    local size png fresh
    for size in "${icon_sizes[@]}"; do
        png=resources/icons/hicolor/${size}x${size}/apps/$app_id.png
        fresh=$tmp/${size}x${size}/apps/$app_id.png
        [ -f "$png" ] || fail "$png missing (run packaging/linux/render-icons.sh)"
        [ "$(identify -format '%wx%h' "$png")" = "${size}x${size}" ] || fail "$png is not ${size}x${size}"
        [ "$(compare -metric AE "$png" "$fresh" null: 2>&1)" = 0 ] ||
            fail "$png differs from its SVG (run packaging/linux/render-icons.sh)"
    done
    rm -rf "$tmp"
    # Qt draws SVG Tiny 1.2 (QtSvg): it ignores clipping, masks, filters and style sheets, so an icon
    # using them looks right in rsvg and wrong in Tessera's own windows and in Plasma's panels.
    local svg
    for svg in resources/icons/$app_id.svg resources/icons/$app_id-small.svg resources/icons/$app_id-symbolic.svg; do
        if grep -Eq '<(clipPath|mask|filter|pattern|style|foreignObject)\b|(clip-path|mask|filter)=' "$svg"; then
            fail "$svg uses SVG features Qt does not draw (clipping, masks, filters, style sheets)"
        fi
    done
    echo "icons: ${icon_sizes[*]} px up to date; SVG Tiny 1.2 only"
}

check_man_pages() {
    step "man pages: groff -man -Tutf8 -ww, man -l, lexgrog"
    local page
    for page in "$build"/packaging/generated/tessera-cli.1 "$build"/packaging/generated/tessera.1; do
        local warnings
        warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
        [ -z "$warnings" ] || {
            echo "$warnings"
            fail "groff warnings in $page"
        }
        MANWIDTH=80 man -l "$page" >/dev/null 2>&1 || fail "man -l $page"
        lexgrog "$page" || fail "lexgrog cannot read the NAME section of $page"
    done
    # Every command of tessera-cli --help has its section.
    local command
    for command in $("$build"/app/cli/tessera-cli --help | sed -n '/^Commands:/,/^$/s/^  \([a-z-]*\) .*/\1/p'); do
        grep -qxF ".SS ${command//-/\\-}" "$build"/packaging/generated/tessera-cli.1 ||
            fail "tessera-cli.1 lacks the command '$command'"
    done
    echo "man pages: no warnings"
}

check_deb_fields() {
    step "dpkg-deb --info $deb"
    dpkg-deb --info "$deb"
    field() { dpkg-deb --field "$deb" "$1"; }
    [ "$(field Package)" = tessera ] || fail "Package is not tessera"
    [ "$(field Version)" = "$expected_version-1" ] || fail "Version is $(field Version), not $expected_version-1"
    [ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture"
    [ "$(field Section)" = utils ] || fail "Section is not utils"
    [ -n "$(field Maintainer)" ] || fail "no Maintainer"
    [ "$(field Homepage)" = "$(sed -n 's:.*<url type="homepage">\(.*\)</url>.*:\1:p' packaging/linux/$app_id.metainfo.xml)" ] ||
        fail "Homepage differs from the metainfo's"
    local depends
    depends=$(field Depends)
    for p in "${plugin_packages[@]}" libc6 libqt6core6 libqt6gui6 libqt6widgets6; do
        grep -Eq "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p"
    done
    grep -q 'qt6-translations-l10n' <<<"$(field Recommends)" || fail "Recommends lacks qt6-translations-l10n"
    [ -n "$(field Installed-Size)" ] || fail "no Installed-Size"
    dpkg-deb --info "$deb" md5sums >/dev/null || fail "no md5sums"
}

check_deb_contents() {
    step "dpkg-deb --contents: every installed file where it belongs"
    dpkg-deb --contents "$deb"
    local actual expected
    actual=$(dpkg-deb --contents "$deb" | awk '$1 !~ /^d/ {sub(/^\./, "", $6); print $6}' | sort)
    expected=$(expected_files | sort)
    if [ "$actual" != "$expected" ]; then
        diff <(echo "$expected") <(echo "$actual") || true
        fail "the package's files differ from the expected list (< expected, > packaged)"
    fi
    if dpkg-deb --contents "$deb" | awk '{print $1, $2}' | grep -v '^[-dlrwx]* root/root$'; then
        fail "files not owned by root"
    fi
    echo "contents: $(wc -l <<<"$actual") files, as expected"
}

check_installed_tree() {
    step "appstreamcli validate-tree --no-net (the .deb's tree: metainfo, desktop file, icons together)"
    local root
    root=$(mktemp -d)
    dpkg-deb --extract "$deb" "$root"
    appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
    desktop-file-validate --no-hints "$root/usr/share/applications/$app_id.desktop" || fail "installed desktop file"
    rm -rf "$root"
}

check_hardening() {
    step "hardening of the packaged binaries (readelf)"
    local root
    root=$(mktemp -d)
    dpkg-deb --extract "$deb" "$root"
    # libc's fortifiable functions: those it also exports as __NAME_chk.
    local libc
    libc=$(gcc -print-file-name=libc.so.6)
    fortifiable=$(readelf --dyn-syms --wide "$libc" | grep -Eo '\b__[a-z0-9_]+_chk\b' | sed 's/^__//; s/_chk$//' | sort -u)
    local binary
    for binary in "$root"/usr/bin/*; do
        check_binary_hardening "$binary" "${binary#"$root"}"
    done
    rm -rf "$root"
}

# check_binary_hardening FILE NAME: PIE, full RELRO, NX stack, stack protector, FORTIFY.
# Needs $fortifiable (set by check_hardening).
check_binary_hardening() {
    local binary=$1 name=$2 header dynamic segments imports fortified unprotected
    header=$(readelf --file-header "$binary")
    dynamic=$(readelf --dynamic --wide "$binary")
    segments=$(readelf --program-headers --wide "$binary")
    grep -q 'Type: *DYN' <<<"$header" || fail "$name: not position-independent"
    grep -Eq 'FLAGS_1.*\bPIE\b' <<<"$dynamic" || fail "$name: not a PIE executable"
    grep -q GNU_RELRO <<<"$segments" || fail "$name: no RELRO"
    grep -Eq '\(BIND_NOW\)|FLAGS.*\bNOW\b' <<<"$dynamic" || fail "$name: no BIND_NOW (partial RELRO only)"
    grep GNU_STACK <<<"$segments" | grep -qv RWE || fail "$name: executable stack"
    imports=$(readelf --dyn-syms --wide "$binary" | awk '$7 == "UND" {sub(/@.*/, "", $8); print $8}' | sort -u)
    grep -qx __stack_chk_fail <<<"$imports" || fail "$name: no stack protector (no __stack_chk_fail import)"
    fortified=$(grep -E '^__[a-z0-9_]+_chk$' <<<"$imports" | grep -vx __stack_chk_fail | paste -sd ' ' - || true)
    unprotected=$(comm -12 <(echo "$fortifiable") <(echo "$imports") | paste -sd ' ' -)
    if [ -n "$fortified" ]; then
        echo "$name: PIE, full RELRO (BIND_NOW), NX stack, stack protector, FORTIFY: $fortified"
    else
        if grep -qx 'CMAKE_BUILD_TYPE:STRING=Debug' "$build/CMakeCache.txt"; then
            echo "$name: PIE, full RELRO (BIND_NOW), NX stack, stack protector; FORTIFY not checked" \
                "(a Debug build has no optimisation; the release build's check covers it)"
            return
        fi
        # No call whose destination size the compiler knew: nothing for FORTIFY to rewrite.
        # Then make sure it was on when compiling (a dropped flag would look the same).
        fortify_in_compile_commands || fail "$name: no __*_chk import and FORTIFY_SOURCE off in the build"
        echo "$name: PIE, full RELRO (BIND_NOW), NX stack, stack protector; FORTIFY on" \
            "(-D_FORTIFY_SOURCE, -O2 or more in every compile) but no fortifiable call with a known size;" \
            "unprotected libc imports: ${unprotected:-none}"
    fi
}

# Every shipped source (app/, core/) compiled with optimisation and _FORTIFY_SOURCE in build/release.
fortify_in_compile_commands() {
    python3 - "$PWD" "$build/compile_commands.json" <<'PY'
import json, re, sys
source_dir, database = sys.argv[1], sys.argv[2]
shipped = [c for c in json.load(open(database))
           if re.match(re.escape(source_dir) + r"/(app|core)/", c["file"])]
bad = [c["file"] for c in shipped
       if not re.search(r"-D_FORTIFY_SOURCE=[23]\b", c["command"]) or not re.search(r"\s-O[23s]\b", c["command"])]
if not shipped or bad:
    print("compiled without -D_FORTIFY_SOURCE and -O2/3/s:", *(bad or ["(no sources found)"]), sep="\n  ")
    sys.exit(1)
PY
}

run_lintian() {
    step "lintian"
    local output runner=()
    # lintian advises against running as root.
    if [ "$(id -u)" -eq 0 ] && id nobody >/dev/null 2>&1; then
        runner=(runuser -u nobody --)
    fi
    # Errors and warnings fail; informational tags and pedantic notes are shown with their explanation.
    output=$("${runner[@]}" lintian --info --display-info --pedantic --tag-display-limit 0 "$deb" 2>&1) || true
    if [ -z "$output" ]; then
        echo "lintian: no tags"
    else
        echo "$output"
    fi
    if grep -E '^[EW]: ' <<<"$output"; then
        fail "lintian reported errors or warnings"
    fi
}

metadata() {
    check_desktop_file
    check_metainfo
    check_icons
    build_deb
    check_man_pages
    check_deb_fields
    check_deb_contents
    check_installed_tree
    check_hardening
    run_lintian
    step "packaging metadata checks passed"
}

# ---- --install-check ------------------------------------------------------------------------------
chroot_dir=""
cleanup_chroot() {
    [ -n "$chroot_dir" ] && [ -d "$chroot_dir" ] || return 0
    # Processes this check started inside the root (an X server that outlived xvfb-run, say).
    local link pid
    for link in /proc/[0-9]*/root; do
        pid=${link#/proc/}
        pid=${pid%/root}
        if [ "$(readlink "$link" 2>/dev/null)" = "$chroot_dir/root" ]; then
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
    local mount
    for mount in dev/pts dev sys proc; do
        if mountpoint -q "$chroot_dir/root/$mount"; then
            umount "$chroot_dir/root/$mount" || umount --lazy "$chroot_dir/root/$mount"
        fi
    done
    if findmnt --list --noheadings --output TARGET | grep -q "^$chroot_dir/"; then
        echo "check-package: mounts left under $chroot_dir; not removing it" >&2
        return 1
    fi
    rm -rf --one-file-system "$chroot_dir"
    echo "removed $chroot_dir"
}

in_root() {
    chroot "$chroot_dir/root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin XDG_RUNTIME_DIR=/run/user/0 "$@"
}

install_check() {
    [ "$(id -u)" -eq 0 ] || fail "--install-check needs root (debootstrap, chroot, mounts)"
    local mirror=${TESSERA_DEBIAN_MIRROR:-http://deb.debian.org/debian}
    build_deb
    local start=$SECONDS
    chroot_dir=$(mktemp -d /var/tmp/tessera-install-check.XXXXXX)
    trap cleanup_chroot EXIT
    trap 'exit 130' INT TERM
    local root=$chroot_dir/root

    step "debootstrap --variant=minbase bookworm ($mirror)"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$chroot_dir/debootstrap.log" 2>&1 || {
        tail -20 "$chroot_dir/debootstrap.log"
        fail "debootstrap"
    }
    tail -1 "$chroot_dir/debootstrap.log"
    cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mount -t proc proc "$root/proc"
    mount -t sysfs sysfs "$root/sys"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    mkdir -p "$root/run/user/0"
    chmod 0700 "$root/run/user/0"

    step "apt-get install ./$(basename "$deb") in the clean root"
    cp "$deb" "$root/tmp/"
    in_root apt-get update -q
    in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >"$chroot_dir/apt.log" 2>&1 || {
        tail -30 "$chroot_dir/apt.log"
        fail "apt-get install of the .deb"
    }
    grep -E '^(Setting up tessera|[0-9]+ upgraded)' "$chroot_dir/apt.log"
    # shellcheck disable=SC2016 # dpkg-query's own ${field} syntax
    in_root dpkg-query -W -f='${Package} ${Version} ${Status}\n' tessera

    step "installed files and runtime plugins"
    local file
    while read -r file; do
        [ -e "$root$file" ] || fail "$file not installed"
    done < <(expected_files)
    local qt_plugins=/usr/lib/x86_64-linux-gnu/qt6/plugins
    for file in $qt_plugins/platforms/libqxcb.so $qt_plugins/platforms/libqwayland-generic.so \
        $qt_plugins/sqldrivers/libqsqlite.so $qt_plugins/imageformats/libqsvg.so \
        $qt_plugins/imageformats/libqwebp.so $qt_plugins/iconengines/libqsvgicon.so \
        $qt_plugins/multimedia/libgstreamermediaplugin.so \
        /usr/lib/x86_64-linux-gnu/gstreamer-1.0/libgstvideo4linux2.so; do
        [ -e "$root$file" ] || fail "$file missing: a runtime dependency is not declared"
        echo "present: $file"
    done
    if in_root ldd /usr/bin/tessera /usr/bin/tessera-cli | grep 'not found'; then
        fail "unresolved shared libraries"
    fi
    echo "ldd: every library of tessera and tessera-cli resolves"

    step "tessera-cli in the clean root"
    local version code
    version=$(in_root tessera-cli --version)
    echo "tessera-cli --version: $version"
    [ "$version" = "tessera-cli $expected_version" ] || fail "unexpected version output"
    code=$(in_root tessera-cli generate 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP' --at 1257894000)
    echo "tessera-cli generate 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP' --at 1257894000: $code"
    [ "$code" = 528064 ] || fail "expected 528064"

    step "tessera starts with only its declared dependencies (offscreen, 5 s)"
    local status=0
    in_root timeout 5 env QT_QPA_PLATFORM=offscreen tessera || status=$?
    [ "$status" -eq 124 ] || fail "tessera exited with status $status within 5 s"
    echo "still running after 5 s (stopped by timeout)"

    step "tessera speaks the user's language (its --help, with LANGUAGE set)"
    local language help
    for language in "${languages[@]}"; do
        help=$(in_root env LANGUAGE="$language" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen tessera --help 2>/dev/null | sed -n 2p)
        echo "$language: $help"
        case $language in
            en) [ "$help" = "Two-factor codes for your accounts, in an encrypted vault." ] ;;
            *) [ -n "$help" ] && [ "$help" != "Two-factor codes for your accounts, in an encrypted vault." ] ;;
        esac || fail "tessera --help is not in '$language'"
    done

    step "tessera under xvfb-run: its window appears"
    in_root apt-get install -y -q --no-install-recommends xvfb xauth xdotool x11-apps x11-utils desktop-file-utils \
        >>"$chroot_dir/apt.log" 2>&1 || fail "installing xvfb and xdotool in the root"
    cat >"$root/tmp/window-check.sh" <<'EOF'
#!/bin/sh
tessera >/tmp/tessera.log 2>&1 &
pid=$!
if ! windows=$(timeout 60 xdotool search --sync --onlyvisible --name Tessera); then
    echo "no visible Tessera window within 60 s"; kill "$pid"; cat /tmp/tessera.log; exit 1
fi
window=$(echo "$windows" | head -n 1)
sleep 3
echo "window $window: name '$(xdotool getwindowname "$window")', $(xdotool getwindowgeometry "$window" | tr -s '\n ' ' ')"
xprop -id "$window" WM_CLASS | tee /tmp/wm-class
xwd -root -silent >/tmp/screen.xwd
if ! kill "$pid"; then
    echo "tessera exited by itself"; cat /tmp/tessera.log; exit 1
fi
wait "$pid" 2>/dev/null
exit 0
EOF
    chmod +x "$root/tmp/window-check.sh"
    in_root xvfb-run -a -s "-screen 0 1280x800x24" /tmp/window-check.sh || fail "tessera showed no window"
    local wm_class
    wm_class=$(sed -n 's/^StartupWMClass=//p' "packaging/linux/$app_id.desktop")
    grep -q "\"$wm_class\"\$" "$root/tmp/wm-class" || fail "WM_CLASS does not end in the desktop file's StartupWMClass ($wm_class)"
    convert "xwd:$root/tmp/screen.xwd" "$package_dir/install-check-screen.png"
    echo "screenshot: $package_dir/install-check-screen.png"

    step "desktop integration in the root"
    grep "x-scheme-handler/otpauth=" "$root/usr/share/applications/mimeinfo.cache" | grep -q "$app_id.desktop" ||
        fail "not registered as the otpauth:// handler (mimeinfo.cache)"
    grep "x-scheme-handler/otpauth=" "$root/usr/share/applications/mimeinfo.cache"

    step "install check passed in $((SECONDS - start)) s (after the build)"
}

if [ "${2:-}" = --build-dir ] && [ -n "${3:-}" ]; then
    build=${3%/}
    package_dir=$build/package
fi
case "${1:-}" in
    --metadata) metadata ;;
    --install-check) install_check ;;
    *)
        usage
        exit 1
        ;;
esac
