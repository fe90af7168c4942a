#!/usr/bin/env bash
# Installs, from Debian 12's packages, everything Tessera's build, tests, benchmarks and
# release checks use. Idempotent: when everything is present it installs nothing.
# Usage: packaging/install-deps.sh   (as root, or a user with sudo)
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git clang clang-format clang-tidy libclang-rt-14-dev
    # Qt 6 (base, tools, SVG, multimedia, image formats, L10n tools, SQLite driver, platform plugins)
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-multimedia-dev qt6-image-formats-plugins qt6-wayland qt6-qpa-plugins
    libqt6sql6-sqlite libqt6svg6 libgl-dev qt6-translations-l10n
    # libraries
    libzxing-dev libqrencode-dev libsodium-dev libssl-dev libargon2-dev libsqlite3-dev
    protobuf-compiler libprotobuf-dev libphonenumber-dev libabsl-dev libboost-dev libicu-dev
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev
    # outside tools the tests and benchmarks compare against
    oathtool argon2 qrencode zbar-tools imagemagick poppler-utils python3 python3-cryptography chrony
    desktop-file-utils appstream xvfb xauth x11-apps x11-utils xdotool fonts-dejavu-core dbus-x11 dbus-daemon gstreamer1.0-plugins-good keepassxc otpclient
    # packaging checks
    dpkg-dev file fakeroot debootstrap hyperfine librsvg2-bin lintian man-db groff-base
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    SUDO="sudo"
fi

echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
