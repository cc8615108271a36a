#!/usr/bin/env bash
# Runs one libFuzzer target the way CI does: replays the committed corpus (every crash found so far
# is kept there as a regression case), then tries RUNS new inputs. New interesting inputs go to a
# temporary directory, not into the repository; a crash leaves its input in the current directory
# (crash-<sha1>) and fails the test. Usage: run-bounded.sh BINARY CORPUS_DIR DICT RUNS
set -euo pipefail
bin="$1" corpus="$2" dict="$3" runs="$4"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
exec "$bin" -runs="$runs" -dict="$dict" -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  "$scratch" "$corpus"
