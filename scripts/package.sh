#!/usr/bin/env bash
# Builds the Linux packages of Roost with CPack: DEB, RPM and TGZ, into build/packages/
# (roost_<version>_<arch>.deb, roost-<version>-1.<arch>.rpm, roost-<version>-Linux-<arch>.tar.gz).
# Uses the release preset (the same build scripts/test.sh makes). Options:
#   --generators "DEB;RPM;TGZ"   which CPack generators (default all three)
#   --output DIR                 where the packages go (default build/packages)
#   --skip-deps                  do not run scripts/setup-deps.sh --with-packaging
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
generators="DEB;RPM;TGZ"
out="$here/build/packages"
deps=1
while [ $# -gt 0 ]; do
  case "$1" in
    --generators) generators="$2"; shift 2 ;;
    --output) out="$2"; shift 2 ;;
    --skip-deps) deps=0; shift ;;
    *) echo "package.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ "$deps" = 1 ]; then ./scripts/setup-deps.sh --with-packaging; fi
cmake --preset release >/dev/null
cmake --build --preset release --target roost roost_packaging_files
mkdir -p "$out"
cpack --config build/release/CPackConfig.cmake -G "$generators" -B "$out"
rm -rf "$out/_CPack_Packages"
ls -l "$out"/roost[_-]*
