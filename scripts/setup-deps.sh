#!/usr/bin/env bash
# Installs everything Roost needs to build and test on Debian 12 (run as root, or with sudo available).
# Idempotent: packages already present are skipped by apt; npm packages come from tests/e2e/package-lock.json.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PKGS=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-websockets-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
  libqt6opengl6-dev libqt6svg6
  libsqlite3-dev libsecp256k1-dev libsimdjson-dev libzstd-dev libssl-dev
  xvfb xauth
  libbenchmark-dev
)
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  PKGS+=(nodejs npm)
fi

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "${1:-}" = "--with-e2e" ] && [ -f "$here/tests/e2e/package-lock.json" ]; then
  (cd "$here/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
fi
