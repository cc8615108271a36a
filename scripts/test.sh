#!/usr/bin/env bash
# Installs dependencies (Debian packages and the pinned npm test clients), builds Roost
# (release preset, plus the headless binary) and runs the whole test suite with CTest.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./scripts/setup-deps.sh --with-e2e --with-packaging
cmake --preset release >/dev/null
cmake --build --preset release
# The NAS build (no Widgets at all) must keep building too.
cmake --preset headless >/dev/null
cmake --build --preset headless --target roost
ctest --preset release -j2 "$@"
