#!/usr/bin/env bash
# A longer libFuzzer campaign than CI's bounded runs (docs/RELIABILITY.md §Fuzzing).
#
#   scripts/fuzz.sh [--minutes N] [--seed-shared] [TARGET ...]
#
# Builds the `asan` preset's fuzz targets (clang, ASan+UBSan), then runs each TARGET (default: all of
# fuzz/corpus/*) for N minutes (default 5) in total, split evenly. New inputs that reach new code are
# merged into fuzz/corpus/<target> (minimised with -merge=1), so commit them afterwards; a crash
# leaves its input in fuzz/crashes/ — fix the bug, then copy the input into fuzz/corpus/<target>
# as fuzz/corpus/<target>/regression-<what> (CI replays every corpus file; merges keep these). --seed-shared first adds events from
# ../shared/data (real events from the wild) to the event and client_message corpora.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
minutes=5 seed_shared=0 targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --seed-shared) seed_shared=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if [ "${#targets[@]}" -eq 0 ]; then
  for d in fuzz/corpus/*/; do targets+=("$(basename "$d")"); done
fi
./scripts/setup-deps.sh --with-sanitizers >/dev/null
cmake --preset asan >/dev/null
cmake --build --preset asan --target $(printf 'roost_fuzz_%s ' "${targets[@]}")

if [ "$seed_shared" = 1 ]; then
  shared="$here/../shared/data"
  [ -d "$shared" ] || { echo "fuzz.sh: --seed-shared needs $shared" >&2; exit 2; }
  n=0
  while IFS= read -r line && [ $n -lt 500 ]; do
    [ -n "$line" ] || continue
    h="$(printf '%s' "$line" | sha1sum | cut -c1-16)"
    printf '%s' "$line" > "fuzz/corpus/event/shared-$h"
    printf '["EVENT",%s]' "$line" > "fuzz/corpus/client_message/shared-$h"
    n=$((n + 1))
  done < <(cat "$shared"/tricky-events.jsonl "$shared"/real-events.jsonl)
fi

mkdir -p fuzz/crashes
seconds=$(( minutes * 60 / ${#targets[@]} ))
[ "$seconds" -ge 10 ] || seconds=10
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
status=0
for t in "${targets[@]}"; do
  bin="build/asan/fuzz/roost_fuzz_$t"
  scratch="$(mktemp -d)"
  echo "== $t: ${seconds}s" >&2
  if ! "$bin" -max_total_time="$seconds" -dict=fuzz/dict/nostr.dict -max_len=16384 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="fuzz/crashes/$t-" \
        "$scratch" "fuzz/corpus/$t" 2> "fuzz/crashes/$t.log"; then
    echo "!! $t crashed: see fuzz/crashes/$t.log and fuzz/crashes/$t-*" >&2
    status=1
  fi
  grep -E '^stat::number_of_executed_units|^stat::new_units_added' "fuzz/crashes/$t.log" >&2 || true
  # Keep only inputs that add coverage: merge the scratch finds into the committed corpus.
  merged="$(mktemp -d)"
  # Regression cases (regression-*: inputs that once crashed) are kept whatever their coverage.
  "$bin" -merge=1 "$merged" "fuzz/corpus/$t" "$scratch" 2>/dev/null
  find "fuzz/corpus/$t" -name 'regression-*' -exec cp {} "$merged"/ \;
  rm -rf "fuzz/corpus/$t" && mv "$merged" "fuzz/corpus/$t"
  rm -rf "$scratch"
  echo "   corpus: $(ls "fuzz/corpus/$t" | wc -l) files" >&2
done
exit $status
