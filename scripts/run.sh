#!/usr/bin/env bash
# The README's first command: installs what is missing, builds a release and runs Prognos on
# its bundled sample.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
exec build/release/tests/benchmarks/bench_engine --summary
