#!/usr/bin/env bash
# The README's test command: installs what is missing, builds everything with the "ci"
# preset (warnings are errors), runs every test with CTest, then runs each fuzz target for
# 60 seconds (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci --timeout 900 "$@"
scripts/fuzz.sh 60
