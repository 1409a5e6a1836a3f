#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan and UBSan) and runs each for SECONDS (default
# 60) on a corpus the project generates. Fails on any crash or sanitizer report.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
targets=(fuzz_csvimport fuzz_dateparser fuzz_settingsjson)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}"
corpus=build/fuzz/corpus
rm -rf "$corpus"
tests/fuzz/make_corpus.sh "$corpus"
for target in "${targets[@]}"; do
    binary=$(find build/fuzz -type f -name "$target" -perm -u+x | head -n 1)
    echo "fuzz: $target for ${seconds}s"
    "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 \
        -artifact_prefix=build/fuzz/ "$corpus/$target" 2>&1 | tail -n 12
done
echo "fuzz: no crash and no sanitizer report in ${#targets[@]} targets"
