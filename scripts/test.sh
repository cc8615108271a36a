#!/usr/bin/env bash
# Installs dependencies (Debian packages and the pinned npm test clients), then three halves:
# - release preset (gcc -O2, what ships): roost, the GUI, the bench and the packages, and every
#   test that needs that build: the e2e suite (functional and load tests) against the release
#   roost, the GUI tests, packaging, bench.smoke, lint. The unit.* and diff.* tests are not built
#   here (ROOST_BUILD_UNIT_TESTS=OFF): they run once, in the asan half (docs/RELIABILITY.md §CI time).
# - asan preset (clang, ASan+UBSan, the fuzz targets): the unit, diff, fuzz and e2e tests.
# - tsan preset (clang, ThreadSanitizer): the threaded tests that are clean under Debian's
#   uninstrumented Qt (docs/RELIABILITY.md §Sanitizers says which and why).
# Both sanitizer presets are headless builds (ROOST_BUILD_UI=OFF): they are the proof that roost
# builds without Qt Widgets, and their roost is the one their e2e tests drive. Arguments are passed
# to the first (release) ctest run. `cmake --preset release -DROOST_BUILD_UNIT_TESTS=ON` gives
# build/release its unit tests back.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./scripts/setup-deps.sh --with-e2e --with-packaging --with-sanitizers
cmake --preset release -DROOST_BUILD_UNIT_TESTS=OFF >/dev/null
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
# code, and ignore_noninstrumented_modules leaves out what Qt's and GLib's uninstrumented code does
# through malloc/memcpy/file descriptors). The threaded tests run here: the unit tests that start
# threads (the engine on loopback, its inboxes and schedulers, sync and backup jobs) and every e2e
# test against the TSan-built roost, except the load tests (e2e.flood, e2e.soak, e2e.soakhostile,
# e2e.fdlimit, e2e.bounded), which assert RSS, CPU or timing figures that TSan's 5-15x slowdown and
# shadow memory make meaningless. Only what they need is built.
tsan_units=(relay_Inbox relay_QueryScheduler relay_NegSessions relay_WebSocketWire relay_RelayLoopback
  relay_RelaySnapshot admin_ManagementApi store_Backup store_ImportExport sync_NotesBackup sync_JobThread
  sync_SyncRunner)
cmake --preset tsan >/dev/null
cmake --build --preset tsan --target roost "${tsan_units[@]/#/test_}"
tsan_regex="$(printf '%s|' "${tsan_units[@]}" | sed 's/_/\\./g; s/|$//')"
ctest --preset tsan -j2 -R "^(unit\.(${tsan_regex})|e2e\..*)\$" \
  -E '^e2e\.(flood|soak|soakhostile|fdlimit|bounded)$'
