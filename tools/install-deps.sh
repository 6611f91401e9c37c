#!/usr/bin/env bash
# Installs the Debian 12 packages OrgMap builds and runs with, when missing.
set -euo pipefail
packages=(
  cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libxkbcommon-dev libgl-dev libvulkan-dev
  qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev qt6-qpa-plugins
  libboost-graph-dev libyaml-cpp-dev
  python3 python3-jsonschema
  graphviz python3-networkx
  git
  poppler-utils
  fonts-dejavu-core fonts-noto-cjk
)
# --fuzz: also clang and its libFuzzer/sanitizer runtimes (tools/fuzz.sh).
if [ "${1:-}" = "--fuzz" ]; then packages+=(clang-14 libclang-rt-14-dev); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
