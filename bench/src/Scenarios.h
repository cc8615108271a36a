#pragma once
// The roost-bench scenarios. Each runs against the relay at --url (ws://HOST:PORT), prints one
// JSON result line on stdout and returns the process exit code (0 ok, 1 incomplete run,
// 2 usage). Relay CPU and memory come from /proc/<--pid>; with no --pid they read as 0.
#include "Common.h"

namespace roost::bench {

/// Parses ws://HOST:PORT[/] into host and port. Throws std::invalid_argument otherwise.
void parseUrl(const std::string& url, std::string& host, uint16_t& port);

/// ingest: --connections C publish the dataset (--events FILE, --max N) pipelined with at most
/// --window W unanswered EVENTs per connection, until every OK. Reports events/s, OK latency
/// p50/p99 (ms), relay CPU-seconds per 1,000 events, accepted/refused counts.
int runIngest(const Options& o);

/// query: --connections K each keep one REQ open at a time from the mix (author limit 100;
/// kind+since; #e; #t; global limit 500; 50 ids) picked with values from --events FILE, until
/// --queries N have reached EOSE. Reports REQ→EOSE p50/p99 (ms), queries/s and events
/// delivered per relay-CPU-second.
int runQuery(const Options& o);

/// fanout: --subscribers S with author / kind filters, then --max N events published by
/// --publishers P connections, pipelined (--window W) or at --rate R events/s. Reports
/// deliveries/s, publish→delivery p50/p99 (ms) and deliveries per relay-CPU-second.
int runFanout(const Options& o);

/// connections: --count N idle connections, each with one open REQ (answered EOSE). Reports the
/// relay's VmRSS growth per connection (KiB).
int runConnections(const Options& o);

/// filterflood: --connections C (40) each send --reqs R (300) REQs whose one filter lists --authors A
/// (1,900) random authors, as fast as the relay reads them (at most ~256 KiB unsent per connection),
/// and count the answers (EOSE, CLOSED "blocked:", "rate-limited:"). The relay's VmRSS/VmHWM
/// (/proc/<--pid>/status) are sampled every 250 ms (--csv FILE: t_s, phase, rss_mib, hwm_mib, sent,
/// answered, eose, blocked) during the flood, after every subscription is answered (+ --settle 2 s)
/// and --linger (30) s after the flooding connections close. Once the relay's RSS passes
/// --rss-stop-mib (2048; 0 = no guard) the flood ends at once and its connections close. A probe
/// connection on its own thread times a `{"kinds":[1],"limit":1}` REQ to its EOSE every --probe-ms
/// (200), per phase. Issue 14 item 5; docs/RELIABILITY.md §"Bounded work".
int runFilterFlood(const Options& o);

/// import: runs `--roost BIN import [--no-verify]` with --events FILE on stdin into the empty
/// --data-dir DIR. Reports events/s, wall and CPU seconds and database bytes per event.
int runImport(const Options& o);

/// neg: one NIP-77 reconciliation (NEG-OPEN with filter {}, then NEG-MSG rounds until the
/// client side is done) of the (created_at, id) records of --events FILE (JSONL, e.g. a
/// `roost export` of the other store) against the whole store of the relay at --url, frames at
/// most --frame-limit bytes of binary (32768, what `roost sync` uses without a NIP-11 limit).
/// Reports have/need, rounds, the relay's CPU (all threads, /proc/<pid>/task/*/schedstat, ns)
/// for the NEG-OPEN answer and per later round (median, mean), the time until the ids are known
/// and the bytes of the messages (text, both ways). --repeat N: N runs on new connections, one
/// line each ("pass"); the first meets a just-started relay's cold store pages. NIP-77.
int runNeg(const Options& o);

/// sync: runs `--roost BIN --data-dir DIR [--config INI] sync --url URL --dir D [--no-negentropy]
/// [--dry-run]` once and reports the command's summary (method, have, need, downloaded, added,
/// uploaded, bytes in/out, its seconds) with its wall and CPU seconds (wait4 rusage) and the CPU
/// the relay --pid spent meanwhile.
int runSyncCommand(const Options& o);

/// gen: writes a deterministic synthetic dataset (JSONL) to --out FILE: --events N by
/// --authors A (Zipf-like activity, --seed S, created_at over --days D ending at --end T).
/// With --replay FILE it instead copies the events of FILE that parse (optionally --max N).
int runGenerate(const Options& o);

} // namespace roost::bench
