#!/usr/bin/env bash
# Regenerate the freedesktop hicolor icon set from footcoach.svg.
#
# Usage: ./make-icons.sh          (writes hicolor/ next to this script)
# Requires: rsvg-convert (librsvg2-bin); optipng is used when available.
set -euo pipefail

DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$DIR/footcoach.svg"
APP_ID="io.github.footcoach.FootCoach"
SIZES=(16 24 32 48 64 128 256)

command -v rsvg-convert >/dev/null 2>&1 || { echo "error: rsvg-convert not found" >&2; exit 1; }

for size in "${SIZES[@]}"; do
    out_dir="$DIR/hicolor/${size}x${size}/apps"
    mkdir -p "$out_dir"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$out_dir/$APP_ID.png" "$SRC"
    if command -v optipng >/dev/null 2>&1; then
        optipng -quiet -o7 -strip all "$out_dir/$APP_ID.png"
    fi
    echo "wrote $out_dir/$APP_ID.png"
done

mkdir -p "$DIR/hicolor/scalable/apps"
cp "$SRC" "$DIR/hicolor/scalable/apps/$APP_ID.svg"
echo "wrote $DIR/hicolor/scalable/apps/$APP_ID.svg"
