#!/usr/bin/env bash
# One command for the benchmarks (docs/PERFORMANCE.md): builds what is needed, generates the
# dataset, starts the relay under test fresh (empty data dir) for every scenario, runs it, stops
# it, and appends the JSON result lines to OUT/results.jsonl, then prints a summary table.
#
#   bench/run.sh                     Roost + the null relay (load generator ceiling), quick sizes
#   bench/run.sh --compare           Roost and the Node peer alternated A B A B (--rounds 3),
#                                    medians and Roost/peer ratios
#   bench/run.sh --scaling           also REQ->EOSE on a 20k and a 200k event database
#   bench/run.sh --profile           also a flat `perf` profile of the relay per scenario
#                                    (OUT/perf-<scenario>.txt; needs linux-perf)
# Knobs (environment or flags): --events N (dataset, 20000), --ingest N (10000), --fanout N
#   (2000), --queries N (3000), --qdb N (query store size, = --events), --conns N (2000),
#   --rounds N (3), --out DIR, --skip-build; --compare defaults to --ingest 3000 --fanout 1000
#   --qdb 5000 because the peer is slow,
#   --scenarios "ingest query fanout fanout_rate connections import"
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/bench/lib.sh"
build="$here/build/release"

EVENTS=${EVENTS:-20000} INGEST=${INGEST:-} FANOUT=${FANOUT:-} QUERIES=${QUERIES:-3000} QDB=${QDB:-}
CONNS=${CONNS:-2000} ROUNDS=${ROUNDS:-3} SEED=${SEED:-1} OUT=${OUT:-$here/build/bench-results}
SCENARIOS=${SCENARIOS:-"ingest query fanout fanout_rate connections import"}
COMPARE=0 SCALING=0 SKIP_BUILD=0 PROFILE=0 CUR=""
while [ $# -gt 0 ]; do
  case "$1" in
    --compare) COMPARE=1 ;;
    --scaling) SCALING=1 ;;
    --profile) PROFILE=1 ;;
    --skip-build) SKIP_BUILD=1 ;;
    --events) EVENTS=$2; shift ;;
    --ingest) INGEST=$2; shift ;;
    --fanout) FANOUT=$2; shift ;;
    --queries) QUERIES=$2; shift ;;
    --qdb) QDB=$2; shift ;;
    --conns) CONNS=$2; shift ;;
    --rounds) ROUNDS=$2; shift ;;
    --seed) SEED=$2; shift ;;
    --out) OUT=$2; shift ;;
    --scenarios) SCENARIOS=$2; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# The Node peer ingests ~150 events/s on this class of machine, so --compare uses smaller sizes.
if [ "$COMPARE" = 1 ]; then
  INGEST=${INGEST:-3000} FANOUT=${FANOUT:-1000} QDB=${QDB:-5000}
else
  INGEST=${INGEST:-10000} FANOUT=${FANOUT:-2000} QDB=${QDB:-$EVENTS}
fi

if [ "$SKIP_BUILD" = 0 ]; then
  [ -f "$build/CMakeCache.txt" ] || cmake --preset release -S "$here" >/dev/null
  cmake --build "$build" -j2 --target roost roost-bench roost-null-relay
fi
ROOST="$build/app/roost" BENCH="$build/bench/roost-bench" NULLRELAY="$build/bench/roost-null-relay"
mkdir -p "$OUT"
RESULTS="$OUT/results.jsonl"
: > "$RESULTS"
WORK="$(mktemp -d /tmp/roost-bench.XXXXXX)"
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

dataset() { # dataset N -> path of the generated JSONL (cached by size and seed)
  local f="$here/build/bench-data/gen-$1-seed$SEED.jsonl"
  if [ ! -s "$f" ]; then
    mkdir -p "$(dirname "$f")"
    "$BENCH" gen --events "$1" --seed "$SEED" --out "$f.tmp" >&2 && mv "$f.tmp" "$f"
  fi
  echo "$f"
}
DATA=$(dataset "$EVENTS")
QDATA="$WORK/query-db.jsonl" # the first QDB events: the preloaded store of the query scenario
head -n "$QDB" "$DATA" > "$QDATA"

cat > "$WORK/roost.ini" <<INI
[access]
max_connections=0
max_connections_per_ip=0
[limits]
created_at_upper_limit=0
INI

PID="" URL=""
start_target() { # start_target roost|peer|null DATADIR [keep]: a fresh (empty) DATADIR unless keep
  local log="$WORK/$1.log"
  [ "${3:-}" = keep ] || rm -rf "$2"
  mkdir -p "$2"
  case "$1" in
    roost) "$ROOST" --no-gui --port 0 --data-dir "$2" --config "$WORK/roost.ini" >"$log" 2>&1 & ;;
    peer) node "$here/bench/peers/start.mjs" --port 0 --data-dir "$2" >"$log" 2>&1 & ;;
    null) "$NULLRELAY" --port 0 >"$log" 2>&1 & ;;
  esac
  PID=$!
  await_url "run.sh: $1" "$log" "$PID"
}
stop_target() {
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
}
preload() { # preload TARGET DATADIR FILE: fill the store before the relay starts (peer: over WebSocket)
  case "$1" in
    roost) "$ROOST" import --no-verify --data-dir "$2" < "$3" >/dev/null ;;
    peer) start_target peer "$2" keep; "$BENCH" ingest --url "$URL" --events "$3" --connections 4 --target preload >/dev/null; stop_target ;;
  esac
}
perf_report() { # perf_report DATA: the top self-time symbols, as text next to the data file
  perf report -i "$1" --stdio --no-children --sort dso,symbol --percent-limit 1 2>/dev/null \
    | grep -v '^#' | grep -v '^$' | head -40 > "${1%.data}.txt"
}
bench() { # bench SCENARIO ARGS...: one roost-bench run against $PID, its JSON line into $RESULTS
  local perfpid=""
  if [ "$PROFILE" = 1 ]; then
    perf record -F 499 -p "$PID" -o "$OUT/perf-$CUR-$TARGET.data" >/dev/null 2>&1 & perfpid=$!
    sleep 0.3
  fi
  "$BENCH" "$@" --pid "$PID" | tee -a "$RESULTS"
  if [ -n "$perfpid" ]; then
    kill -INT "$perfpid"; wait "$perfpid" 2>/dev/null || true
    perf_report "$OUT/perf-$CUR-$TARGET.data"
  fi
}

run_scenarios() { # run_scenarios TARGET
  local t=$1 d="$WORK/data-$1"
  TARGET=$t
  for s in $SCENARIOS; do
    CUR=$s
    case "$s" in
      ingest)
        start_target "$t" "$d"
        bench ingest --url "$URL" --events "$DATA" --max "$INGEST" --connections 4 --window 100 --target "$t"
        stop_target ;;
      query)
        rm -rf "$d"; mkdir -p "$d"; [ "$t" = null ] || preload "$t" "$d" "$QDATA"
        start_target "$t" "$d" keep
        bench query --url "$URL" --events "$QDATA" --connections 8 --queries "$QUERIES" --target "$t"
        stop_target ;;
      fanout)
        start_target "$t" "$d"
        bench fanout --url "$URL" --events "$DATA" --max "$FANOUT" --subscribers 500 --publishers 2 --target "$t"
        stop_target ;;
      fanout_rate)
        start_target "$t" "$d"
        bench fanout --url "$URL" --events "$DATA" --max 500 --rate 50 --subscribers 500 --publishers 1 --target "$t"
        stop_target ;;
      connections)
        start_target "$t" "$d"
        bench connections --url "$URL" --count "$CONNS" --target "$t"
        stop_target ;;
      import)
        [ "$t" = roost ] || continue
        rm -rf "$d.i1" "$d.i2"
        "$BENCH" import --roost "$ROOST" --events "$DATA" --data-dir "$d.i1" --no-verify --target roost | tee -a "$RESULTS"
        if [ "$PROFILE" = 1 ]; then
          perf record -F 499 -o "$OUT/perf-import-roost.data" -- "$BENCH" import --roost "$ROOST" --events "$DATA" \
            --data-dir "$d.i2" --target roost 2>/dev/null | tee -a "$RESULTS"
          perf_report "$OUT/perf-import-roost.data"
        else
          "$BENCH" import --roost "$ROOST" --events "$DATA" --data-dir "$d.i2" --target roost | tee -a "$RESULTS"
        fi ;;
    esac
  done
}

if [ "$COMPARE" = 1 ]; then
  [ -d "$here/bench/peers/node_modules" ] || (cd "$here/bench/peers" && npm ci --no-audit --no-fund --loglevel=error)
  for r in $(seq 1 "$ROUNDS"); do
    echo "== round $r/$ROUNDS" >&2
    run_scenarios roost
    run_scenarios peer
  done
else
  run_scenarios roost
  SCENARIOS="ingest query fanout" run_scenarios null
fi

if [ "$SCALING" = 1 ]; then
  # Both stores are imported once, then measured alternately (20k, 200k, 20k, ...) for --rounds
  # rounds: the machine is shared, so only medians of interleaved runs compare fairly.
  for n in 20000 200000; do
    f=$(dataset "$n") d="$WORK/scale-$n"
    rm -rf "$d"; mkdir -p "$d"
    "$ROOST" import --no-verify --data-dir "$d" < "$f" >/dev/null
  done
  for _ in $(seq 1 "$ROUNDS"); do
    for n in 20000 200000; do
      start_target roost "$WORK/scale-$n" keep
      bench query --url "$URL" --events "$(dataset "$n")" --connections 8 --queries "$QUERIES" --target "roost-$n"
      stop_target
    done
  done
fi

node "$here/bench/summarize.mjs" "$RESULTS" | tee "$OUT/summary.md"
rm -rf "$WORK"
