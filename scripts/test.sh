#!/usr/bin/env bash
# The README's test command: installs what is missing, builds everything with the "ci"
# preset (warnings are errors) and runs every test with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci --timeout 900 "$@"
