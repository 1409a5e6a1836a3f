#!/usr/bin/env bash
# Syscall audit of prognos-cli (issue #7): the whole workflow — import, clean (a settings file
# with a cleaning section), fit, cross-validate, export CSV, JSON and the PDF report — under
# strace -f. Each command creates or writes only the files it was asked for (through
# QSaveFile), creates no socket, and leaves nothing under the temporary folder or the XDG
# cache, data and runtime folders. Run twice: with the XDG folders set, and on a bare
# environment (only PATH and HOME), where Qt's GUI part must not make a runtime folder in
# /tmp nor ask the system's user database (nscd) for the user's name.
#   cli_syscall_audit.sh PROGNOS_CLI
set -euo pipefail
cli=$1
source "$(dirname "$0")/audit_common.sh"
if ! command -v strace >/dev/null; then
    echo "SKIP: strace is not installed (scripts/install-deps.sh installs it)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A small daily series with a decimal comma, a gap and an outlier, and a cleaning section.
{
    echo "Datum;Umsatz"
    for i in $(seq 0 399); do
        ((i == 150)) && continue
        value=$((100 + i % 7 * 3))
        ((i == 200)) && value=900
        printf '%s;%d,5\n' "$(date -u -d "2022-01-01 +$i days" +%d.%m.%Y)" "$value"
    done
} > "$work/data.csv"
cat > "$work/settings.json" <<'JSON'
{"weekly_seasonality": true, "yearly_seasonality": false, "uncertainty_samples": 200,
 "periods": 30,
 "cleaning": [{"step": "fill_missing", "fill": "linear"}, {"step": "exclude_outliers"}]}
JSON

status=0
# step NAME OUTPUTS... -- ARGUMENTS...: runs prognos-cli ARGUMENTS in both environments and
# checks that only OUTPUTS (paths relative to the working folder) were written.
step()
{
    local name=$1 outputs=() arguments mode root allowed output environment
    shift
    while [[ $1 != -- ]]; do outputs+=("$1"); shift; done
    shift
    arguments=("$@")
    for mode in xdg bare; do
        root=$work/$name-$mode
        mkdir -p "$root/home" "$root/cwd/out" "$root/tmp" "$root/cache" "$root/data" \
            "$root/config" "$root/runtime"
        chmod 700 "$root/runtime" "$root/home" # a private home, as Debian makes them
        cp "$work/data.csv" "$work/settings.json" "$root/cwd/"
        AUDIT_CWD=$root/cwd
        if [[ $mode == xdg ]]; then
            environment=(HOME="$root/home" TMPDIR="$root/tmp" XDG_CONFIG_HOME="$root/config"
                XDG_CACHE_HOME="$root/cache" XDG_DATA_HOME="$root/data"
                XDG_RUNTIME_DIR="$root/runtime")
        else
            environment=(HOME="$root/home")
        fi
        allowed="^($root/cwd/out"
        for output in "${outputs[@]}"; do allowed+="|$root/cwd/$output"; done
        allowed+=")\$"
        (
            cd "$root/cwd"
            audit_run "$root/trace.log" env -i PATH="$PATH" "${environment[@]}" \
                "$cli" "${arguments[@]}"
        ) >"$root/stdout.log" 2>"$root/stderr.log" || {
            echo "FAIL ($name, $mode): prognos-cli failed"; cat "$root/stderr.log"
            status=1; continue; }
        for output in "${outputs[@]}"; do
            [[ -s $root/cwd/$output ]] || { echo "FAIL ($name, $mode): no $output"; status=1; }
        done
        audit_check "$root/trace.log" "$allowed" || { echo "($name, $mode)"; status=1; }
        audit_empty "$root/home" "$root/tmp" "$root/cache" "$root/data" "$root/config" \
            "$root/runtime" || status=1
        local extra
        extra=$(cd "$root/cwd" && find . -mindepth 1 ! -name data.csv ! -name settings.json \
            ! -path ./out $(for output in "${outputs[@]}"; do printf -- '! -path ./%s ' "$output"; done))
        if [[ -n $extra ]]; then
            echo "FAIL ($name, $mode): files appeared: $extra"; status=1
        fi
    done
}

step csv out/forecast.csv -- \
    forecast data.csv --settings settings.json -o out/forecast.csv
step json-pdf out/forecast.json out/report.pdf -- \
    forecast data.csv --settings settings.json -o out/forecast.json --report out/report.pdf
step cv out/metrics.csv out/folds.csv -- \
    cv data.csv --settings settings.json --horizon 30d --period 60d --initial 240d \
    -o out/metrics.csv --folds out/folds.csv
[[ $status == 0 ]] && echo "PASS: prognos-cli wrote only the files asked for and opened no socket"
exit $status
