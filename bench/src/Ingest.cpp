#include "Scenarios.h"
#include "WsClient.h"

#include <cstdio>
#include <unordered_map>

namespace roost::bench {

namespace {

/// First 16 hex characters of an id as a number: a collision-free enough key for one run.
uint64_t idKey(std::string_view hex) {
    uint64_t v = 0;
    for (size_t i = 0; i < 16 && i < hex.size(); ++i) {
        const char c = hex[i];
        v = (v << 4) | uint64_t(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
}

struct Ingest : WsClient::Handler {
    const std::vector<DatasetEvent>& events;
    int connections;
    size_t window;
    WsClient* client = nullptr;
    std::vector<std::vector<size_t>> queue; // event indexes per connection
    std::vector<size_t> next, inFlight;
    std::unordered_map<uint64_t, int64_t> sentAt;
    Latencies latency;
    size_t acked = 0, accepted = 0, refused = 0, opened = 0, failed = 0;
    std::string firstRefusal;

    Ingest(const std::vector<DatasetEvent>& e, int c, size_t w) : events(e), connections(c), window(w) {
        queue.resize(c);
        next.assign(c, 0);
        inFlight.assign(c, 0);
        for (size_t i = 0; i < events.size(); ++i) queue[i % c].push_back(i);
        sentAt.reserve(events.size() * 2);
    }
    void pump(int conn) {
        auto& q = queue[conn];
        const int64_t now = nowNs();
        std::string msg;
        while (next[conn] < q.size() && inFlight[conn] < window) {
            const DatasetEvent& e = events[q[next[conn]++]];
            msg.assign("[\"EVENT\",");
            msg += e.json;
            msg += ']';
            sentAt[idKey(findIdHex(e.json))] = now;
            client->sendText(conn, msg);
            ++inFlight[conn];
        }
    }
    void onOpen(int conn) override {
        ++opened;
        pump(conn);
    }
    void onText(int conn, std::string_view m) override {
        if (m.rfind("[\"OK\",", 0) != 0) return;
        const size_t q = m.find('"', 6);
        if (q == std::string_view::npos) return;
        const std::string_view hex = m.substr(q + 1, 64);
        const auto it = sentAt.find(idKey(hex));
        if (it != sentAt.end()) {
            latency.add((nowNs() - it->second) / 1000.0);
            sentAt.erase(it);
        }
        const size_t t = m.find("true", q + 65);
        const bool ok = t != std::string_view::npos && t <= q + 68;
        ++acked;
        if (ok) {
            ++accepted;
        } else {
            ++refused;
            if (firstRefusal.empty()) firstRefusal = std::string(m.substr(0, 200));
        }
        --inFlight[conn];
        pump(conn);
    }
    void onClosed(int conn, const std::string& why) override {
        ++failed;
        std::fprintf(stderr, "roost-bench: connection %d closed: %s\n", conn, why.c_str());
    }
};

} // namespace

int runIngest(const Options& o) {
    std::string host;
    uint16_t port = 0;
    parseUrl(o.str("url"), host, port);
    size_t skipped = 0;
    const auto events = loadDataset(o.str("events"), static_cast<size_t>(o.num("max", 0)), &skipped);
    const int pid = static_cast<int>(o.num("pid", 0));
    const int connections = static_cast<int>(o.num("connections", 4));
    Ingest run(events, connections, static_cast<size_t>(o.num("window", 100)));
    WsClient client(host, port, run);
    run.client = &client;

    const double cpu0 = processCpuSeconds(pid);
    const int64_t t0 = nowNs();
    for (int i = 0; i < connections; ++i) client.connect();
    const bool complete = client.run([&] { return run.acked == events.size() || run.failed == size_t(connections); },
                                     o.real("timeout", 600));
    const double wall = (nowNs() - t0) / 1e9;
    const double cpu = processCpuSeconds(pid) - cpu0;

    ResultLine r("ingest", o.str("target", "roost"));
    r.add("events", int64_t(events.size()))
        .add("connections", int64_t(connections))
        .add("window", o.num("window", 100))
        .add("acked", int64_t(run.acked))
        .add("accepted", int64_t(run.accepted))
        .add("refused", int64_t(run.refused))
        .add("wall_s", wall)
        .add("events_per_s", run.acked / wall)
        .add("ok_p50_ms", run.latency.percentile(50) / 1000)
        .add("ok_p99_ms", run.latency.percentile(99) / 1000)
        .add("relay_cpu_s", cpu)
        .add("relay_cpu_s_per_1k", run.acked ? cpu * 1000.0 / run.acked : 0.0)
        .add("events_per_relay_cpu_s", cpu > 0 ? run.acked / cpu : 0.0)
        .add("complete", std::string(complete ? "yes" : "no"));
    if (!run.firstRefusal.empty()) std::fprintf(stderr, "roost-bench: first refusal: %s\n", run.firstRefusal.c_str());
    r.print();
    return complete ? 0 : 1;
}

} // namespace roost::bench
