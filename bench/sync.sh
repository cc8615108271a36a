#!/usr/bin/env bash
# The `sync` scenario (issue 9 item 6, docs/PERFORMANCE.md §Sync): two real roost stores of N
# events each with a 1 % symmetric difference (0.5 % only on each side, all regular kind 1/7
# events, so nothing replaces anything), then against a real `roost --no-gui` relay on store B:
#   neg   roost-bench neg: one NEG-OPEN over B's whole store with A's records (a `roost export`
#         of store A): relay CPU for the open and per later round, bytes, time to ids known;
#   dry   `roost sync --dry-run --dir both` with NIP-77 and with --no-negentropy (REQ paging down,
#         REQ by ids to learn what to send up): bytes on the wire and seconds to know the ids;
#   full  `roost sync --dir both` with each method on fresh copies of both stores (--no-full
#         skips it; it copies both stores twice per round).
# Every JSON line carries the 1-minute load average at the time (load1): the machine is shared.
# Results are appended to OUT/sync-results.jsonl.
#
#   bench/sync.sh [--events 100000] [--rounds 3] [--seed 7] [--out DIR] [--skip-build] [--no-full]
#                 [--prepare-only]     (only generate the dataset and import both stores)
#                 [--multiply K]       stores K times the size of the N-event ones: every regular
#                                      event of A and B copied K times, copy k with created_at
#                                      + k * 90 days and the first id byte set to k (these ids are
#                                      not hashes of the events: imported with --no-verify, and
#                                      only the neg and the NIP-77 dry-run measurements are taken)
# ROOST and BENCH (environment) override the binaries (default: build/release).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/bench/lib.sh"
build="$here/build/release"
N=100000 ROUNDS=3 SEED=7 OUT="$here/build/bench-results" SKIP_BUILD=0 FULL=1 PREPARE_ONLY=0 MULTIPLY=1
while [ $# -gt 0 ]; do
  case "$1" in
    --events) N=$2; shift ;;
    --rounds) ROUNDS=$2; shift ;;
    --seed) SEED=$2; shift ;;
    --out) OUT=$2; shift ;;
    --skip-build) SKIP_BUILD=1 ;;
    --no-full) FULL=0 ;;
    --prepare-only) PREPARE_ONLY=1 ;;
    --multiply) MULTIPLY=$2; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "sync.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$SKIP_BUILD" = 0 ]; then
  [ -f "$build/CMakeCache.txt" ] || cmake --preset release -S "$here" >/dev/null
  cmake --build "$build" -j2 --target roost roost-bench
fi
ROOST=${ROOST:-$build/app/roost} BENCH=${BENCH:-$build/bench/roost-bench}
mkdir -p "$OUT"
RESULTS="$OUT/sync-results.jsonl"
WORK="$(mktemp -d /tmp/roost-sync-bench.XXXXXX)"
PID=""
cleanup() { [ -z "$PID" ] || kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

cat > "$WORK/roost.ini" <<INI
[access]
max_connections=0
max_connections_per_ip=0
[rate]
messages_per_second=0
events_per_second=0
reqs_per_second=0
[limits]
created_at_upper_limit=0
created_at_lower_limit=0
[negentropy]
max_records=4000000
INI

# The dataset and both stores, cached by size and seed (N + N/200 signed events, split).
data="$here/build/bench-data/sync-$N-seed$SEED"
if [ ! -s "$data/a-export.jsonl" ]; then
  rm -rf "$data"; mkdir -p "$data"
  half=$((N / 200))
  "$BENCH" gen --events $((N + half)) --seed "$SEED" --out "$data/all.jsonl" >&2
  # Every 100th line (offset 37 resp. 73) that is a kind-1 or kind-7 event goes to one side only.
  awk -v h="$half" -v dir="$data" '
    { reg = ($0 ~ /,"kind":(1|7),/) }
    reg && na < h && NR % 100 == 37 { print > (dir "/only-a.jsonl"); na++; next }
    reg && nb < h && NR % 100 == 73 { print > (dir "/only-b.jsonl"); nb++; next }
    { print > (dir "/common.jsonl") }
    END { if (na != h || nb != h) { print "sync.sh: could not pick " h " events per side" > "/dev/stderr"; exit 1 } }
  ' "$data/all.jsonl"
  for side in a b; do
    cat "$data/common.jsonl" "$data/only-$side.jsonl" > "$WORK/$side.jsonl"
    "$ROOST" --config "$WORK/roost.ini" import --no-verify --data-dir "$data/store-$side" < "$WORK/$side.jsonl" >&2
  done
  "$ROOST" export --data-dir "$data/store-a" > "$data/a-export.jsonl.tmp"
  mv "$data/a-export.jsonl.tmp" "$data/a-export.jsonl"
  rm -f "$data/all.jsonl" "$data/common.jsonl"
fi
if [ "$MULTIPLY" -gt 1 ]; then
  base="$data"
  data="$here/build/bench-data/sync-$N-x$MULTIPLY-seed$SEED"
  if [ ! -s "$data/a-export.jsonl" ]; then
    rm -rf "$data"; mkdir -p "$data"
    # A's export is common + only-a; B is common + only-b. Copy k of a regular event: the first id
    # byte replaced by k, created_at shifted by k * 90 days.
    for side in a b; do
      awk -v K="$MULTIPLY" -v side=$side -v onlya="$base/only-a.jsonl" -v onlyb="$base/only-b.jsonl" '
        function emit(line,   k, l, ts) {
          for (k = 0; k < K; k++) {
            l = line
            sub(/"id":"../, sprintf("\"id\":\"%02x", k), l)
            match(l, /"created_at":[0-9]+/)
            ts = substr(l, RSTART + 13, RLENGTH - 13) + k * 7776000
            l = substr(l, 1, RSTART - 1) "\"created_at\":" ts substr(l, RSTART + RLENGTH)
            print l
          }
        }
        BEGIN { while ((getline x < onlya) > 0) { match(x, /"id":"[0-9a-f]+"/); skip[substr(x, RSTART, RLENGTH)] = 1 } }
        !/,"kind":(1|6|7|1984|9735),/ { next }
        { match($0, /"id":"[0-9a-f]+"/); id = substr($0, RSTART, RLENGTH) }
        side == "b" && (id in skip) { next }
        { emit($0) }
        END { if (side == "b") while ((getline x < onlyb) > 0) emit(x) }
      ' "$base/a-export.jsonl" > "$WORK/$side.jsonl"
      "$ROOST" --config "$WORK/roost.ini" import --no-verify --data-dir "$data/store-$side" < "$WORK/$side.jsonl" >&2
    done
    mv "$WORK/a.jsonl" "$data/a-export.jsonl"
  fi
  FULL=0
fi
echo "sync.sh: store A $(wc -l < "$data/a-export.jsonl") events, $(du -sh "$data/store-a" | cut -f1)" >&2
[ "$PREPARE_ONLY" = 0 ] || exit 0

start_relay() { # start_relay DATADIR: roost --no-gui on DATADIR, sets PID and URL
  local log="$WORK/relay.log"
  "$ROOST" --no-gui --port 0 --data-dir "$1" --config "$WORK/roost.ini" >"$log" 2>&1 &
  PID=$!
  await_url "sync.sh: relay" "$log" "$PID"
}
stop_relay() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""; }

for r in $(seq 1 "$ROUNDS"); do
  echo "== sync.sh round $r/$ROUNDS, N=$((N * MULTIPLY))" >&2
  start_relay "$data/store-b"
  "$BENCH" neg --url "$URL" --events "$data/a-export.jsonl" --pid "$PID" --repeat 3 --target "roost-$((N * MULTIPLY))" | tee -a "$RESULTS"
  rm -rf "$WORK/a"; cp -a "$data/store-a" "$WORK/a" # dry runs write nothing, but keep the cache pristine
  "$BENCH" sync --roost "$ROOST" --config "$WORK/roost.ini" --data-dir "$WORK/a" --url "$URL" --pid "$PID" \
    --dir both --dry-run --target "roost-$((N * MULTIPLY))" | tee -a "$RESULTS"
  [ "$MULTIPLY" -gt 1 ] || "$BENCH" sync --roost "$ROOST" --config "$WORK/roost.ini" --data-dir "$WORK/a" --url "$URL" --pid "$PID" \
    --dir both --dry-run --no-negentropy --target "roost-$((N * MULTIPLY))" | tee -a "$RESULTS"
  stop_relay
  if [ "$FULL" = 1 ]; then
    for method in negentropy req; do
      rm -rf "$WORK/a" "$WORK/b"; cp -a "$data/store-a" "$WORK/a"; cp -a "$data/store-b" "$WORK/b"
      start_relay "$WORK/b"
      extra=(); [ "$method" = req ] && extra=(--no-negentropy)
      "$BENCH" sync --roost "$ROOST" --config "$WORK/roost.ini" --data-dir "$WORK/a" --url "$URL" --pid "$PID" \
        --dir both "${extra[@]}" --target "roost-$((N * MULTIPLY))" | tee -a "$RESULTS"
      stop_relay
    done
  fi
done
