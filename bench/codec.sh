#!/usr/bin/env bash
# Our RFC 6455 codec (roost --no-gui) side by side with QtWebSockets' QWebSocketServer
# (roost-qws-relay: the same parser and filter matching, no storage, no signature checks), for
# docs/ARCHITECTURE.md §Why our own WebSocket codec and docs/PERFORMANCE.md §Codec:
#   connections  RSS growth per idle connection with one open REQ, at 1,000 and 5,000
#   fanout       pipelined fan-out (500 subscribers, 2,000 events): deliveries per relay-CPU-second
# The targets alternate (roost, qws, roost, qws, ...) for --rounds rounds; every JSON line
# carries the load average (load1). Results: OUT/codec-results.jsonl.
#
#   bench/codec.sh [--rounds 3] [--events 2000] [--out DIR] [--skip-build]
# ROOST, BENCH and QWS (environment) override the binaries (default: build/release).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/bench/lib.sh"
build="$here/build/release"
ROUNDS=3 EVENTS=2000 OUT="$here/build/bench-results" SKIP_BUILD=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift ;;
    --events) EVENTS=$2; shift ;;
    --out) OUT=$2; shift ;;
    --skip-build) SKIP_BUILD=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "codec.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$SKIP_BUILD" = 0 ]; then
  [ -f "$build/CMakeCache.txt" ] || cmake --preset release -S "$here" >/dev/null
  cmake --build "$build" -j2 --target roost roost-bench roost-qws-relay
fi
ROOST=${ROOST:-$build/app/roost} BENCH=${BENCH:-$build/bench/roost-bench} QWS=${QWS:-$build/bench/roost-qws-relay}
mkdir -p "$OUT"
RESULTS="$OUT/codec-results.jsonl"
WORK="$(mktemp -d /tmp/roost-codec.XXXXXX)"
PID=""
cleanup() { [ -z "$PID" ] || kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

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
INI
DATA="$here/build/bench-data/gen-20000-seed1.jsonl"
if [ ! -s "$DATA" ]; then
  mkdir -p "$(dirname "$DATA")"
  "$BENCH" gen --events 20000 --seed 1 --out "$DATA.tmp" >&2 && mv "$DATA.tmp" "$DATA"
fi

start() { # start roost|qws: a fresh relay, sets PID and URL
  local log="$WORK/$1.log"
  rm -rf "$WORK/data"
  case "$1" in
    roost) "$ROOST" --no-gui --port 0 --data-dir "$WORK/data" --config "$WORK/roost.ini" >"$log" 2>&1 & ;;
    qws) "$QWS" --port 0 >"$log" 2>&1 & ;;
  esac
  PID=$!
  await_url "codec.sh: $1" "$log" "$PID"
}
stop() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""; }

for r in $(seq 1 "$ROUNDS"); do
  echo "== codec.sh round $r/$ROUNDS" >&2
  for t in roost qws; do
    for n in 1000 5000; do
      start "$t"
      "$BENCH" connections --url "$URL" --count "$n" --pid "$PID" --target "$t" | tee -a "$RESULTS"
      stop
    done
    start "$t"
    "$BENCH" fanout --url "$URL" --events "$DATA" --max "$EVENTS" --subscribers 500 --publishers 2 --pid "$PID" --target "$t" | tee -a "$RESULTS"
    stop
  done
done
