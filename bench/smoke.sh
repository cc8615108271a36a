#!/usr/bin/env bash
# CTest bench.smoke: proves the bench tools still work in a few seconds. roost-bench generates
# 200 signed events, ingests them into a real `roost --no-gui --port 0` and must see 200 OK true;
# then a short query run must reach EOSE for every REQ, and a small filter flood must meet the
# per-connection filter cap (limits/max_filter_items 20,000: 10 REQs of 1,901 items fit).
# usage: smoke.sh ROOST_BIN ROOST_BENCH_BIN
set -euo pipefail
roost=$1 bench=$2
work=$(mktemp -d /tmp/roost-bench-smoke.XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$bench" gen --events 200 --authors 20 --seed 5 --end "$(date +%s)" --days 1 --out "$work/events.jsonl"
XDG_CONFIG_HOME="$work/xdg" "$roost" --no-gui --port 0 --data-dir "$work/data" >"$work/roost.log" 2>&1 &
pid=$!
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'ws://[0-9.]*:[0-9]*' "$work/roost.log" | head -1 || true)
  [ -n "$url" ] && break
  sleep 0.05
done
[ -n "$url" ] || { echo "roost did not start"; cat "$work/roost.log"; exit 1; }

# One connection keeps the file order, so no replaceable event arrives after a newer version.
ingest=$("$bench" ingest --url "$url" --events "$work/events.jsonl" --connections 1 --window 50 --pid "$pid" --timeout 30)
echo "$ingest"
case "$ingest" in *'"acked":200,"accepted":200,"refused":0'*'"complete":"yes"'*) ;; *) echo "FAIL: not every OK true arrived"; exit 1 ;; esac

query=$("$bench" query --url "$url" --events "$work/events.jsonl" --connections 2 --queries 24 --pid "$pid" --timeout 30)
echo "$query"
case "$query" in *'"queries":24,'*'"complete":"yes"'*) ;; *) echo "FAIL: not every REQ reached EOSE"; exit 1 ;; esac
case "$query" in *'"events_delivered":0,'*) echo "FAIL: no stored event came back"; exit 1 ;; esac
flood=$("$bench" filterflood --url "$url" --connections 2 --reqs 15 --authors 1900 --settle 0.2 --linger 0.5 --pid "$pid" --timeout 30)
echo "$flood"
case "$flood" in *'"eose":20,"closed_blocked":10,"closed_rate_limited":0,"closed_other":0,'*'"complete":"yes"'*) ;;
  *) echo "FAIL: the filter flood did not get 10 EOSE and 5 CLOSED blocked per connection"; exit 1 ;; esac
echo "bench.smoke: ok"
