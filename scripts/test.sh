#!/usr/bin/env bash
# Installs dependencies (Debian packages and the pinned npm test clients), builds Roost
# (release preset) and runs the whole test suite with CTest; then the sanitizer halves: the `asan`
# preset (clang, ASan+UBSan, the fuzz targets) runs the unit, diff, fuzz and e2e tests, and the
# `tsan` preset (clang, ThreadSanitizer) builds and runs the threaded tests that are clean under
# Debian's uninstrumented Qt (docs/RELIABILITY.md §Sanitizers says which and why). Both sanitizer
# presets are headless builds (ROOST_BUILD_UI=OFF): they are the proof that roost builds without
# Qt Widgets, and their roost is the one the e2e tests drive. Arguments are passed to the first
# (release) ctest run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./scripts/setup-deps.sh --with-e2e --with-packaging --with-sanitizers
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release -j2 "$@"

# ASan + UBSan (halt on the first report). e2e.flood is left out: it asserts an RSS bound, and
# ASan's quarantine and shadow memory make RSS meaningless there.
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan -j2 -R '^(unit|diff|fuzz|e2e)\.' -E '^e2e\.flood$'
# The asan build is the headless (NAS) build: roost without Qt Gui/Widgets.
if readelf -d build/asan/app/roost | grep -E 'NEEDED.*libQt6(Gui|Widgets)'; then
  echo "build/asan/app/roost (ROOST_BUILD_UI=OFF) links Qt Gui/Widgets" >&2; exit 1
fi

# ThreadSanitizer (halt on the first report; tests/tsan.supp holds only accesses made by Qt's own
# code). Only what the tests it runs need is built: roost (for the e2e tests) and nine unit tests.
cmake --preset tsan >/dev/null
cmake --build --preset tsan --target roost test_relay_Inbox test_relay_QueryScheduler \
  test_relay_NegSessions test_relay_WebSocketWire test_admin_ManagementApi \
  test_store_Backup test_store_ImportExport test_sync_NotesBackup test_sync_JobThread
ctest --preset tsan -j2 -R '^(unit\.(relay\.(Inbox|QueryScheduler|NegSessions|WebSocketWire)|admin\.ManagementApi|store\.(Backup|ImportExport)|sync\.(NotesBackup|JobThread))|e2e\.(nip01|nip77|deletion|protocol|wire|shutdown))$'
