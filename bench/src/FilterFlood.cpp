// roost-bench filterflood: the large-filter flood of issue 14 item 5 (docs/RELIABILITY.md
// §"Bounded work"). Many connections each open many subscriptions whose filters list thousands of
// random authors, as fast as the relay takes them; the relay's memory is sampled while they are
// open and after they close, and a probe connection (own thread) times a small REQ meanwhile.
#include "Scenarios.h"
#include "WsClient.h"

#include <atomic>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

namespace roost::bench {

namespace {

/// VmRSS and VmHWM (KiB) of process `pid` from /proc/<pid>/status; zeros when unknown.
struct Memory {
    int64_t rssKiB = 0;
    int64_t hwmKiB = 0;
};

Memory readMemory(int pid) {
    Memory m;
    if (pid <= 0) return m;
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("VmRSS:", 0) == 0) m.rssKiB = std::atoll(line.c_str() + 6);
        else if (line.rfind("VmHWM:", 0) == 0) m.hwmKiB = std::atoll(line.c_str() + 6);
    }
    return m;
}

/// The flooding connections: each sends `reqs` REQs of `authors` random authors, keeping at
/// most ~256 KiB of unsent output per connection so the client never buffers the whole flood.
struct Flood : WsClient::Handler {
    WsClient* client = nullptr;
    int reqs = 0, authors = 0;
    bool sending = true;
    Rng rng{1};
    std::vector<int> sent;
    std::vector<bool> open;
    size_t answered = 0, eose = 0, blocked = 0, rateLimited = 0, otherClosed = 0, notices = 0, events = 0;
    size_t failed = 0, totalSent = 0;

    std::string makeReq(int conn, int n) {
        static const char kHex[] = "0123456789abcdef";
        std::string r;
        r.reserve(size_t(authors) * 67 + 64);
        r += "[\"REQ\",\"f" + std::to_string(conn) + "-" + std::to_string(n) + "\",{\"authors\":[";
        for (int a = 0; a < authors; ++a) {
            r += a ? ",\"" : "\"";
            for (int w = 0; w < 4; ++w) {
                uint64_t x = rng.next();
                for (int i = 0; i < 16; ++i, x >>= 4) r += kHex[x & 15];
            }
            r += '"';
        }
        r += "]}]";
        return r;
    }
    void pump() {
        if (!sending) return;
        for (size_t c = 0; c < sent.size(); ++c) {
            while (open[c] && sent[c] < reqs && client->pendingOutput(int(c)) < 256 * 1024) {
                client->sendText(int(c), makeReq(int(c), sent[c]));
                ++sent[c];
                ++totalSent;
            }
        }
    }
    void onOpen(int conn) override { open[conn] = true; }
    void onText(int, std::string_view m) override {
        if (m.rfind("[\"EOSE\"", 0) == 0) {
            ++answered;
            ++eose;
        } else if (m.rfind("[\"CLOSED\"", 0) == 0) {
            ++answered;
            if (m.find("\"blocked:") != std::string_view::npos) ++blocked;
            else if (m.find("\"rate-limited:") != std::string_view::npos) ++rateLimited;
            else if (otherClosed++ < 3) std::fprintf(stderr, "roost-bench: %.*s\n", int(std::min<size_t>(m.size(), 200)), m.data());
        } else if (m.rfind("[\"NOTICE\"", 0) == 0) {
            if (notices++ < 3) std::fprintf(stderr, "roost-bench: %.*s\n", int(std::min<size_t>(m.size(), 200)), m.data());
        } else if (m.rfind("[\"EVENT\"", 0) == 0) {
            ++events;
        }
    }
    void onClosed(int conn, const std::string& why) override {
        open[conn] = false;
        if (failed++ < 3) std::fprintf(stderr, "roost-bench: flood connection %d closed: %s\n", conn, why.c_str());
    }
};

/// The probe: one connection on its own thread sending `["REQ",..,{"kinds":[1],"limit":1}]` every
/// `intervalMs` and timing the EOSE. Latencies are kept per phase (set by the main thread).
struct Probe : WsClient::Handler {
    WsClient* client = nullptr;
    std::atomic<int> phase{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    Latencies byPhase[3];
    int64_t sentAt = 0;
    int outstandingPhase = 0;
    int n = 0;
    bool isOpen = false, waiting = false;
    size_t failed = 0;
    double pendingAtEndMs = 0;  ///< age of a probe REQ still unanswered when the run ended

    void onOpen(int) override { isOpen = true; }
    void onText(int conn, std::string_view m) override {
        if (!waiting || (m.rfind("[\"EOSE\"", 0) != 0 && m.rfind("[\"CLOSED\"", 0) != 0)) return;
        {
            std::lock_guard lock(mutex);
            byPhase[outstandingPhase].add((nowNs() - sentAt) / 1000.0);
        }
        waiting = false;
        client->sendText(conn, "[\"CLOSE\",\"p" + std::to_string(n) + "\"]");
    }
    void onClosed(int, const std::string& why) override {
        isOpen = false;
        if (failed++ < 3) std::fprintf(stderr, "roost-bench: probe connection closed: %s\n", why.c_str());
    }
    void runLoop(int intervalMs) {
        const int conn = client->connect();
        int64_t next = nowNs();
        client->run([&] { return stop.load(); }, 24 * 3600, [&] {
            if (!isOpen || waiting || nowNs() < next) return;
            next = nowNs() + int64_t(intervalMs) * 1000000;
            ++n;
            outstandingPhase = phase.load();
            sentAt = nowNs();
            waiting = true;
            client->sendText(conn, "[\"REQ\",\"p" + std::to_string(n) + "\",{\"kinds\":[1],\"limit\":1}]");
        });
        pendingAtEndMs = waiting ? (nowNs() - sentAt) / 1e6 : 0;
    }
};

const char* const kPhaseNames[3] = {"flood", "open", "closed"};

} // namespace

int runFilterFlood(const Options& o) {
    std::string host;
    uint16_t port = 0;
    parseUrl(o.str("url"), host, port);
    const int pid = static_cast<int>(o.num("pid", 0));
    const int connections = static_cast<int>(o.num("connections", 40));
    const int64_t stopKiB = o.num("rss-stop-mib", 2048) * 1024;
    const double linger = o.real("linger", 30);
    const double timeout = o.real("timeout", 600);
    std::ofstream csv;
    if (!o.str("csv").empty()) {
        csv.open(o.str("csv"));
        csv << "t_s,phase,rss_mib,hwm_mib,sent,answered,eose,blocked\n";
    }

    Flood flood;
    flood.reqs = static_cast<int>(o.num("reqs", 300));
    flood.authors = static_cast<int>(o.num("authors", 1900));
    flood.rng.s = static_cast<uint64_t>(o.num("seed", 1));
    flood.sent.assign(size_t(connections), 0);
    flood.open.assign(size_t(connections), false);
    WsClient client(host, port, flood);
    flood.client = &client;

    Probe probe;
    WsClient probeClient(host, port, probe);
    probe.client = &probeClient;

    const Memory before = readMemory(pid);
    const int64_t t0 = nowNs();
    int phase = 0;
    Memory peak = before;
    int64_t nextSample = 0;
    auto sample = [&](bool force) {
        const int64_t now = nowNs();
        if (!force && now < nextSample) return;
        nextSample = now + 250000000;
        const Memory m = readMemory(pid);
        peak.rssKiB = std::max(peak.rssKiB, m.rssKiB);
        peak.hwmKiB = std::max(peak.hwmKiB, m.hwmKiB);
        if (flood.sending && stopKiB > 0 && m.rssKiB > stopKiB) {
            flood.sending = false;
            std::fprintf(stderr, "roost-bench: relay RSS %lld MiB past --rss-stop-mib: closing the flood\n",
                         (long long)(m.rssKiB / 1024));
        }
        if (csv.is_open())
            csv << (now - t0) / 1e9 << ',' << kPhaseNames[phase] << ',' << m.rssKiB / 1024.0 << ','
                << m.hwmKiB / 1024.0 << ',' << flood.totalSent << ',' << flood.answered << ',' << flood.eose << ','
                << flood.blocked << '\n';
    };

    for (int i = 0; i < connections; ++i) client.connect();
    const bool connected = client.run([&] { return client.openCount() == connections || flood.failed; }, 30) &&
                           !flood.failed;
    std::thread probeThread([&] { probe.runLoop(static_cast<int>(o.num("probe-ms", 200))); });

    // Phase "flood": until every REQ sent has its EOSE or CLOSED (all sent, or the RSS guard hit).
    const int64_t total = int64_t(connections) * flood.reqs;
    const bool finished = connected && client.run(
        [&] {
            // Past the RSS guard the flood ends at once: REQs already sent sit in the relay's
            // socket buffers and inboxes, and waiting for their answers would grow it further.
            if (!flood.sending || flood.failed > 0) return true;
            return int64_t(flood.totalSent) == total && flood.answered == flood.totalSent;
        },
        timeout, [&] {
            flood.pump();
            sample(false);
        });
    const double floodSec = (nowNs() - t0) / 1e9;
    const bool complete = finished && flood.failed == 0;

    // Phase "open": every subscription answered and held; let the relay settle, then read it.
    // (Skipped when the RSS guard ended the flood.)
    phase = 1;
    probe.phase = 1;
    if (flood.sending) client.run([] { return false; }, o.real("settle", 2), [&] { sample(false); });
    sample(true);
    const Memory whileOpen = readMemory(pid);

    // Phase "closed": drop every flooding connection, wait `linger` seconds.
    phase = 2;
    probe.phase = 2;
    for (int i = 0; i < connections; ++i) client.close(i);
    client.run([] { return false; }, linger, [&] { sample(false); });
    sample(true);
    const Memory afterClose = readMemory(pid);
    probe.stop = true;
    probeThread.join();

    ResultLine r("filterflood", o.str("target", "roost"));
    r.add("connections", int64_t(connections))
        .add("reqs_per_conn", int64_t(flood.reqs))
        .add("authors_per_req", int64_t(flood.authors))
        .add("reqs_sent", int64_t(flood.totalSent))
        .add("eose", int64_t(flood.eose))
        .add("closed_blocked", int64_t(flood.blocked))
        .add("closed_rate_limited", int64_t(flood.rateLimited))
        .add("closed_other", int64_t(flood.otherClosed))
        .add("notices", int64_t(flood.notices))
        .add("flood_s", floodSec)
        .add("rss_stop_hit", std::string(flood.sending ? "no" : "yes"))
        .add("answered", int64_t(flood.answered))
        .add("rss_before_mib", before.rssKiB / 1024.0)
        .add("rss_peak_mib", peak.rssKiB / 1024.0)
        .add("rss_open_mib", whileOpen.rssKiB / 1024.0)
        .add("rss_after_close_mib", afterClose.rssKiB / 1024.0)
        .add("hwm_mib", afterClose.hwmKiB / 1024.0)
        .add("linger_s", linger);
    {
        std::lock_guard lock(probe.mutex);
        for (int p = 0; p < 3; ++p)
            r.add(std::string("probe_") + kPhaseNames[p] + "_n", int64_t(probe.byPhase[p].count()))
                .add(std::string("probe_") + kPhaseNames[p] + "_p50_ms", probe.byPhase[p].percentile(50) / 1000)
                .add(std::string("probe_") + kPhaseNames[p] + "_max_ms", probe.byPhase[p].percentile(100) / 1000);
    }
    r.add("probe_pending_at_end_ms", probe.pendingAtEndMs)
        .add("complete", std::string(complete && !probe.failed ? "yes" : "no"));
    r.print();
    return complete && !probe.failed ? 0 : 1;
}

} // namespace roost::bench
