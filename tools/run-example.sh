#!/usr/bin/env bash
# Set-up, build, then open the bundled example map in OrgMap.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
example=resources/examples/acme.orgmap.json
if [ -x build/app/gui/orgmap ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec build/app/gui/orgmap "$example"
fi
echo "No display: checking the example map headless instead."
build/app/cli/orgmap-cli check "$example" || true
