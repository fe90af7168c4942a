#!/usr/bin/env bash
# Renders the application icon's hicolor PNGs from its SVG sources (rsvg-convert, package
# librsvg2-bin). The PNGs are committed; run this after changing an SVG in resources/icons/.
# Sizes below 32 px come from the 16 px-grid drawing, the rest from the scalable icon.
#
# Usage: packaging/linux/render-icons.sh [OUTDIR]   (default: resources/icons/hicolor)
#        OUTDIR receives NxN/apps/io.github.tessera.Tessera.png for every size.
set -euo pipefail
cd "$(dirname "$0")/../.."

app_id=io.github.tessera.Tessera
out=${1:-resources/icons/hicolor}
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }

for size in 16 22 24 32 48 64 128 256; do
    if [ "$size" -lt 32 ]; then
        source=resources/icons/$app_id-small.svg
    else
        source=resources/icons/$app_id.svg
    fi
    mkdir -p "$out/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$out/${size}x${size}/apps/$app_id.png" "$source"
done
