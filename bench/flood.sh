#!/usr/bin/env bash
# The large-filter flood of issue 14 item 5 (docs/RELIABILITY.md "Bounded work"): a fresh relay,
# 40 connections each sending 300 REQs of 1,900 random authors as fast as the relay reads them
# (roost-bench filterflood), while curl (another process) fetches NIP-11 every 200 ms and a probe
# connection times a small REQ. Writes OUT/flood-<caps>.json (the figures, NIP-11 latency added),
# OUT/flood-<caps>.csv (relay VmRSS/VmHWM every 250 ms) and OUT/flood-<caps>-nip11.txt (curl: total,
# connect and first-byte seconds per fetch).
#
#   bench/flood.sh [--caps default|high] [--connections 40] [--reqs 300] [--authors 1900]
#                  [--linger 30] [--rss-stop-mib 2048] [--out DIR] [--roost BIN] [--bench BIN]
#   --caps high raises limits/max_filter_items and max_filter_items_total to 4,000,000,000 (what the
#   caps protect against); once the relay's RSS passes --rss-stop-mib the
#   client ends the flood at once (closes its connections).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/bench/lib.sh"
CAPS=default CONNECTIONS=40 REQS=300 AUTHORS=1900 LINGER=30 STOP=2048 OUT="$here/build/bench-results" ROOST="" BENCH=""
while [ $# -gt 0 ]; do
  case "$1" in
    --caps) CAPS=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --reqs) REQS=$2; shift ;;
    --authors) AUTHORS=$2; shift ;;
    --linger) LINGER=$2; shift ;;
    --rss-stop-mib) STOP=$2; shift ;;
    --out) OUT=$2; shift ;;
    --roost) ROOST=$2; shift ;;
    --bench) BENCH=$2; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
case "$CAPS" in default|high) ;; *) echo "--caps is default or high" >&2; exit 2 ;; esac
if [ -z "$ROOST" ] || [ -z "$BENCH" ]; then
  (cd "$here" && cmake --preset release >/dev/null && cmake --build --preset release --target roost roost-bench >&2)
  ROOST=${ROOST:-$here/build/release/app/roost} BENCH=${BENCH:-$here/build/release/bench/roost-bench}
fi
mkdir -p "$OUT"
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
{
  echo "[store]"; echo "synchronous_full=false"
  if [ "$CAPS" = high ]; then
    echo "[limits]"; echo "max_filter_items=4000000000"; echo "max_filter_items_total=4000000000"
  fi
} >"$work/roost.ini"
XDG_CONFIG_HOME="$work" "$ROOST" --no-gui --data-dir "$work/data" --bind 127.0.0.1 --port 0 --config "$work/roost.ini" \
  >"$OUT/flood-$CAPS-relay.log" 2>&1 &
pid=$!
await_url roost "$OUT/flood-$CAPS-relay.log" "$pid"
http=${URL/ws:/http:}
nip11="$OUT/flood-$CAPS-nip11.txt"
: >"$nip11"
(while kill -0 "$pid" 2>/dev/null && [ ! -e "$work/done" ]; do
   t=$(curl -s -o /dev/null -m 10 -w '%{time_total} %{time_connect} %{time_starttransfer}' \
         -H 'Accept: application/nostr+json' "$http/") || t=10 # a failed fetch counts as 10 s
   echo "$t" >>"$nip11"
   sleep 0.2
 done) &
curlpid=$!
status=0
"$BENCH" filterflood --url "$URL" --pid "$pid" --connections "$CONNECTIONS" --reqs "$REQS" --authors "$AUTHORS" \
  --linger "$LINGER" --rss-stop-mib "$STOP" --csv "$OUT/flood-$CAPS.csv" --target "roost-caps-$CAPS" \
  >"$work/line.json" || status=$?
touch "$work/done"
wait "$curlpid" || true
kill -0 "$pid" 2>/dev/null || { echo "flood: the relay died" >&2; status=1; }
n11=$(sort -n "$nip11" | awk '{v[NR]=$1} END {if (!NR) {print "\"nip11_n\":0"; exit}
  p=int(NR*0.99+0.999); printf "\"nip11_n\":%d,\"nip11_p50_ms\":%.1f,\"nip11_p99_ms\":%.1f,\"nip11_max_ms\":%.1f,\"nip11_over_100ms\":%d", NR, v[int(NR*0.5+0.999)]*1000, v[p]*1000, v[NR]*1000, over}
  $1 > 0.1 {over++}')
sed "s/}\$/,$n11}/" "$work/line.json" | tee "$OUT/flood-$CAPS.json"
exit $status
