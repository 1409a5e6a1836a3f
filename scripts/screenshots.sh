#!/usr/bin/env bash
# Starts Prognos under Xvfb and saves pictures of its main states on the bundled sample
# (welcome, import preview, data and quality, cleaning before and after, settings, invalid
# settings, holidays on the data, forecast, components, forecast table, warnings,
# cross-validation dialog, comparison, dark palette) into screenshots/ for review.
#
# Usage: scripts/screenshots.sh [path/to/prognos] [output folder]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="${1:-}"
output="${2:-$root/screenshots}"

if [[ -z "$binary" ]]; then
    for candidate in "$root"/build/*/app/prognos; do
        if [[ -x "$candidate" && ( -z "$binary" || "$candidate" -nt "$binary" ) ]]; then
            binary="$candidate"
        fi
    done
fi
if [[ -z "$binary" || ! -x "$binary" ]]; then
    echo "No prognos binary found; build the target 'prognos' or pass its path." >&2
    exit 1
fi
if ! command -v xvfb-run > /dev/null; then
    echo "xvfb-run is not installed (Debian: apt-get install xvfb)." >&2
    exit 1
fi

mkdir -p "$output"
# A private settings folder, so that the tour neither reads nor changes the user's palette.
settings="$(mktemp -d)"
trap 'rm -rf "$settings"' EXIT
XDG_CONFIG_HOME="$settings" QT_QPA_PLATFORM=xcb \
    xvfb-run --auto-servernum --server-args="-screen 0 1440x900x24" \
    "$binary" --screenshots "$output"
echo "Screenshots saved in $output:"
ls "$output"
