#!/usr/bin/env bash
# Syscall audit of the desktop application (issue #7): prognos-gui-workflow (the window,
# offscreen) opens the sample, runs the forecast and exports a CSV under strace -f. The only
# files created or written are the export and the QSettings file; no socket is created;
# nothing appears under the temporary folder or the XDG cache and data folders. Run twice:
# with the XDG folders (runtime included) set, and on a bare environment without them.
#   gui_syscall_audit.sh PROGNOS_GUI_WORKFLOW
set -euo pipefail
driver=$1
source "$(dirname "$0")/audit_common.sh"
if ! command -v strace >/dev/null; then
    echo "SKIP: strace is not installed (scripts/install-deps.sh installs it)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for mode in xdg bare; do
    root=$work/$mode
    mkdir -p "$root/home" "$root/cwd" "$root/out" "$root/tmp" "$root/cache" "$root/data" \
        "$root/config" "$root/runtime"
    chmod 700 "$root/runtime" "$root/home" # a private home, as Debian makes them
    AUDIT_CWD=$root/cwd
    if [[ $mode == xdg ]]; then
        settings_dir=$root/config/Prognos
        environment=(HOME="$root/home" TMPDIR="$root/tmp" XDG_CONFIG_HOME="$root/config"
            XDG_CACHE_HOME="$root/cache" XDG_DATA_HOME="$root/data"
            XDG_RUNTIME_DIR="$root/runtime")
    else
        settings_dir=$root/home/.config/Prognos
        environment=(HOME="$root/home")
    fi
    export_file=$root/out/forecast.csv
    settings_re="$settings_dir(/Prognos\.conf(\.lock|\.[A-Za-z0-9]{6})?)?"
    allowed="^($root/out|$export_file|$root/home/\.config|$settings_re)\$"
    (
        cd "$root/cwd"
        audit_run "$root/trace.log" env -i PATH="$PATH" QT_QPA_PLATFORM=offscreen \
            "${environment[@]}" "$driver" "$export_file"
    ) >"$root/stdout.log" 2>"$root/stderr.log" || {
        echo "FAIL ($mode): the workflow failed"; cat "$root/stderr.log"; status=1; continue; }
    if ! [[ -s $export_file ]] || ! head -1 "$export_file" | grep -q '^ds,y,.*yhat'; then
        echo "FAIL ($mode): no CSV export"; status=1
    fi
    if ! [[ -s $settings_dir/Prognos.conf ]]; then
        echo "FAIL ($mode): the preferences were not stored"; status=1
    fi
    audit_check "$root/trace.log" "$allowed" || { echo "(mode $mode)"; status=1; }
    audit_empty "$root/tmp" "$root/cache" "$root/data" "$root/runtime" "$root/cwd" || status=1
    extra=$(find "$root/home" "$root/out" "$root/config" -mindepth 1 \
        ! -path "$export_file" ! -path "$root/home/.config" ! -path "$settings_dir" \
        ! -path "$settings_dir/Prognos.conf")
    if [[ -n $extra ]]; then
        echo "FAIL ($mode): files appeared: $extra"; status=1
    fi
done
[[ $status == 0 ]] &&
    echo "PASS: the window wrote only its export and its preferences, and opened no socket"
exit $status
