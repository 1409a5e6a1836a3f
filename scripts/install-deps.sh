#!/usr/bin/env bash
# Installs the build and test dependencies that are missing, with apt-get on Debian/Ubuntu.
# On other systems it prints what to install and carries on (the build then says what is
# still missing).
set -euo pipefail

packages=(
    cmake ninja-build g++ clang libclang-rt-dev
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libeigen3-dev libboost-math-dev liblbfgspp-dev
    xvfb xauth poppler-utils strace
)

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    cat >&2 <<'MSG'
prognos: this is not a Debian-like system; install these yourself, then build with CMake:
  CMake 3.25+, Ninja, a C++20 compiler, Qt 6.4+ (Core Gui Widgets Charts Concurrent Svg Test
  LinguistTools), Eigen 3.4, Boost.Math 1.74+, LBFGSpp 0.1+.
  macOS (Homebrew): brew install cmake ninja qt eigen boost lbfgspp
  Windows (vcpkg):  vcpkg install qtbase qtcharts qtsvg qttools eigen3 boost-math lbfgspp
MSG
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "prognos: installing ${missing[*]}" >&2
sudo=""
if [[ $(id -u) != 0 ]]; then
    sudo="sudo"
fi
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
