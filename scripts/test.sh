#!/usr/bin/env bash
# Installs dependencies (Debian packages and the pinned npm test clients), builds Roost
# (release preset, plus the headless binary) and runs the whole test suite with CTest; then the
# sanitizer half: the `asan` preset (clang, ASan+UBSan, the fuzz targets) runs the unit, diff,
# fuzz and e2e tests (docs/RELIABILITY.md §Sanitizers says which and why). Arguments are passed
# to the first (release) ctest run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./scripts/setup-deps.sh --with-e2e --with-packaging --with-sanitizers
cmake --preset release >/dev/null
cmake --build --preset release
# The NAS build (no Widgets at all) must keep building too.
cmake --preset headless >/dev/null
cmake --build --preset headless --target roost
ctest --preset release -j2 "$@"

# ASan + UBSan (halt on the first report). e2e.flood is left out: it asserts an RSS bound, and
# ASan's quarantine and shadow memory make RSS meaningless there.
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan -j2 -R '^(unit|diff|fuzz|e2e)\.' -E '^e2e\.flood$'

