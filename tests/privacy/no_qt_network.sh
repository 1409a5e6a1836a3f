#!/usr/bin/env bash
# Neither executable links Qt Network (issue #7): not among the libraries each one names
# (readelf), nor among those the loader would bring in through them (ldd).
#   no_qt_network.sh BINARY...
set -euo pipefail
if ! command -v readelf >/dev/null || ! command -v ldd >/dev/null; then
    echo "SKIP: readelf or ldd is missing"
    exit 77
fi
status=0
for binary in "$@"; do
    needed=$(readelf -d "$binary" | grep NEEDED || true)
    if ! grep -q 'libQt6Core' <<<"$needed"; then
        echo "FAIL: $binary names no Qt library at all; the check would prove nothing"
        status=1
    fi
    if grep -i 'network' <<<"$needed"; then
        echo "FAIL: $binary links Qt Network directly"
        status=1
    fi
    if ldd "$binary" | grep -i 'libQt6Network'; then
        echo "FAIL: $binary loads Qt Network through a dependency"
        status=1
    fi
done
[[ $status == 0 ]] && echo "PASS: no Qt Network in $*"
exit $status
