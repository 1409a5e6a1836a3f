#!/usr/bin/env bash
# The README's first command: installs what is missing, builds a release and opens Prognos on
# its bundled sample with the forecast shown. Without a display it says so and runs
# prognos-cli on the sample instead.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release
cmake --build --preset release

if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]] && [[ -x build/release/app/prognos ]]; then
    exec build/release/app/prognos --sample --run
fi
echo "No display here: running prognos-cli on the bundled sample instead (last 10 rows)." >&2
build/release/app/cli/prognos-cli forecast resources/sample.csv --horizon 90 -o - | tail -n 10
