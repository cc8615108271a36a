#!/usr/bin/env bash
# Installs everything Roost needs to build and test on Debian 12 (run as root, or with sudo available).
# Idempotent: packages already present are skipped by apt; npm packages come from tests/e2e/package-lock.json.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PKGS=(
  build-essential cmake ninja-build pkg-config git lld
  qt6-base-dev qt6-websockets-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
  libqt6opengl6-dev libqt6svg6
  libsqlite3-dev libsecp256k1-dev libsimdjson-dev libzstd-dev libssl-dev
  xvfb xauth
  libbenchmark-dev
)
# --with-packaging (scripts/test.sh passes it): the tools of scripts/package.sh and the packaging
# tests: rpmbuild, lintian, debootstrap, the desktop/AppStream validators, systemd-analyze, man, rsvg-convert.
for arg in "$@"; do
  if [ "$arg" = "--with-packaging" ]; then
    PKGS+=(rpm lintian debootstrap desktop-file-utils appstream systemd librsvg2-bin fakeroot file procps man-db)
  fi
done
# --with-sanitizers (scripts/test.sh passes it): clang with libFuzzer and the sanitizer runtimes,
# for the `asan` preset (ASan+UBSan, fuzz targets) and the `tsan` preset.
for arg in "$@"; do
  if [ "$arg" = "--with-sanitizers" ]; then
    PKGS+=(clang libclang-rt-dev llvm)
  fi
done
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

with_e2e=0
for arg in "$@"; do [ "$arg" = "--with-e2e" ] && with_e2e=1; done
if [ "$with_e2e" = 1 ] && [ -f "$here/tests/e2e/package-lock.json" ]; then
  (cd "$here/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
fi
