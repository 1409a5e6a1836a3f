#!/usr/bin/env bash
# Syscall audit of prognos-cli (issue #7): import, clean, fit and export under strace; the only
# file created or written is the chosen export, and no socket is created.
#   cli_syscall_audit.sh PROGNOS_CLI
set -euo pipefail
cli=$1
if ! command -v strace >/dev/null; then
    echo "SKIP: strace is not installed (scripts/install-deps.sh installs it)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# A small daily series with a marker-like value and a cleaning step.
{
    echo "Datum;Umsatz"
    for i in $(seq 0 399); do
        printf '%s;%d,5\n' "$(date -u -d "2022-01-01 +$i days" +%d.%m.%Y)" $((100 + i % 7 * 3))
    done
} > data.csv
cat > settings.json <<'JSON'
{"weekly_seasonality": true, "periods": 30, "cleaning": [{"step": "fill_missing", "fill": "linear"}]}
JSON
mkdir out
strace -f -qq -o trace.log \
    -e trace=open,openat,creat,rename,renameat,renameat2,link,linkat,unlink,unlinkat,mkdir,mkdirat,truncate,socket,connect \
    "$cli" forecast data.csv --settings settings.json -o out/forecast.json 2> stderr.log || {
    echo "FAIL: prognos-cli failed"; cat stderr.log; exit 1; }
[[ -s out/forecast.json ]] || { echo "FAIL: no output"; exit 1; }

status=0
# Every open for writing, creating or truncating must be the export (QSaveFile writes an
# unnamed O_TMPFILE in the export's folder and links it into place).
while IFS= read -r line; do
    case "$line" in
        *O_TMPFILE*"= -1"* ) ;;
        *"$work/out"*O_TMPFILE* ) ;;
        *"\"$work/out/forecast.json"* | *'"out/forecast.json"'* ) ;;
        * ) echo "FAIL: unexpected write: $line"; status=1 ;;
    esac
done < <(grep -E 'open(at)?\(.*(O_WRONLY|O_RDWR|O_CREAT|O_TRUNC)|creat\(|truncate\(' trace.log |
         grep -v '= -1 E')
while IFS= read -r line; do
    case "$line" in
        *linkat*'"out/forecast.json"'* | *linkat*"$work/out/forecast.json"* ) ;;
        * ) echo "FAIL: unexpected file change: $line"; status=1 ;;
    esac
done < <(grep -E '(rename|link|unlink|mkdir)(at|at2)?\(' trace.log | grep -v '= -1 E')
if grep -E '(socket|connect)\(' trace.log | grep -v '= -1 E' | grep -q .; then
    echo "FAIL: a socket was created:"; grep -E '(socket|connect)\(' trace.log; status=1
fi
extra=$(find . -mindepth 1 ! -name data.csv ! -name settings.json ! -name stderr.log \
    ! -name trace.log ! -path ./out ! -path ./out/forecast.json)
if [[ -n $extra ]]; then
    echo "FAIL: files appeared beside the data: $extra"; status=1
fi
[[ $status == 0 ]] && echo "PASS: prognos-cli wrote only out/forecast.json and opened no socket"
exit $status
