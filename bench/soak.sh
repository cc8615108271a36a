#!/usr/bin/env bash
# Load and soak scenario (issue 14 item 4; docs/RELIABILITY.md "Load and soak"): a fresh relay, 5,000
# WebSocket connections with 1-3 subscriptions each, a publisher at a steady rate and a churn of 100
# connections a second, for 10 minutes. Every delivery is checked against a model; the relay's RSS and CPU
# time are sampled from /proc every 5 s into OUT/soak.csv (t_s, rss_mib, cpu_s, delivered, published,
# churned, cpu_ms_per_1k_deliveries), the figures into OUT/soak.json. Exit status 1 when a delivery is
# missing, duplicated or unexpected.
#
#   bench/soak.sh [--minutes N] [--connections N] [--rate EVENTS_PER_S] [--churn PER_S] [--out DIR]
#                 [--roost BIN]     (default: build/release/app/roost, built when missing)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/bench/lib.sh"
MINUTES=10 CONNECTIONS=5000 RATE=5 CHURN=100 OUT="$here/build/bench-results" ROOST=""
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) MINUTES=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --rate) RATE=$2; shift ;;
    --churn) CHURN=$2; shift ;;
    --out) OUT=$2; shift ;;
    --roost) ROOST=$2; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$ROOST" ]; then
  ROOST="$here/build/release/app/roost"
  [ -x "$ROOST" ] || (cd "$here" && cmake --preset release >/dev/null && cmake --build --preset release --target roost)
fi
[ -d "$here/tests/e2e/node_modules" ] || (cd "$here/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
mkdir -p "$OUT"
# Both sides need more than 5,000 descriptors: the relay raises its own soft limit; this shell (and node) too.
ulimit -n "$(ulimit -Hn)"
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
cat >"$work/roost.ini" <<INI
[access]
max_connections=0
max_connections_per_ip=0

[store]
synchronous_full=false
INI
XDG_CONFIG_HOME="$work" "$ROOST" --no-gui --data-dir "$work/data" --bind 127.0.0.1 --port 0 --config "$work/roost.ini" \
  >"$OUT/soak-relay.log" 2>&1 &
pid=$!
await_url roost "$OUT/soak-relay.log" "$pid"
grep 'open file limit' "$OUT/soak-relay.log" >&2 || true
status=0
node "$here/bench/soak.mjs" --url "$URL" --pid "$pid" --connections "$CONNECTIONS" --seconds "$((MINUTES * 60))" \
  --rate "$RATE" --churn "$CHURN" --csv "$OUT/soak.csv" --json "$OUT/soak.json" || status=$?
echo "soak: curve in $OUT/soak.csv, figures in $OUT/soak.json" >&2
exit $status
