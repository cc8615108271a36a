#include "Scenarios.h"
#include "WsClient.h"

#include "nostr/Filter.h"
#include "nostr/Hex.h"

#include <cstdio>
#include <random>
#include <unordered_map>

namespace roost::bench {

namespace {

uint64_t idKey(std::string_view hex) {
    uint64_t v = 0;
    for (size_t i = 0; i < 16 && i < hex.size(); ++i) {
        const char c = hex[i];
        v = (v << 4) | uint64_t(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
}

/// Subscriber i's filter: half follow 5 authors, a quarter one kind, a quarter 5 authors and
/// two kinds. Authors are drawn per event, so active authors have more followers.
std::string subscriberFilter(int i, const std::vector<DatasetEvent>& events, std::mt19937_64& rng) {
    static const uint32_t kinds[] = {1, 7, 6, 0, 3, 30023, 1984, 9735};
    auto authors = [&] {
        std::string a;
        for (int k = 0; k < 5; ++k)
            a += (k ? ",\"" : "\"") + nostr::toHex(events[rng() % events.size()].event.pubkey) + "\"";
        return a;
    };
    switch (i % 4) {
    case 0:
    case 2: return "{\"authors\":[" + authors() + "],\"limit\":0}";
    case 1: return "{\"kinds\":[" + std::to_string(kinds[(i / 4) % 8]) + "],\"limit\":0}";
    default: return "{\"authors\":[" + authors() + "],\"kinds\":[1,7],\"limit\":0}";
    }
}

struct Fanout : WsClient::Handler {
    const std::vector<DatasetEvent>& events;
    int subscribers, publishers;
    size_t window;
    double rate;
    WsClient* client = nullptr;
    size_t nextEvent = 0, acked = 0, eose = 0, failed = 0;
    std::vector<size_t> inFlight;
    std::unordered_map<uint64_t, int64_t> sentAt;
    Latencies latency;
    int64_t delivered = 0, lastActivity = 0, startNs = 0;
    std::vector<uint64_t> refused; // id keys answered OK false (e.g. an older replaceable): never delivered
    bool publishing = false;

    Fanout(const std::vector<DatasetEvent>& e, int s, int p, size_t w, double r)
        : events(e), subscribers(s), publishers(p), window(w), rate(r) {
        inFlight.assign(s + p, 0);
        sentAt.reserve(e.size() * 2);
    }
    bool isPublisher(int conn) const { return conn >= subscribers; }
    void publishOne(int conn) {
        const DatasetEvent& e = events[nextEvent++];
        sentAt[idKey(findIdHex(e.json))] = nowNs();
        client->sendText(conn, "[\"EVENT\"," + e.json + "]");
        ++inFlight[conn];
    }
    /// Pipelined mode: keep `window` EVENTs in flight on each publisher.
    void pump(int conn) {
        if (!publishing || rate > 0) return;
        while (nextEvent < events.size() && inFlight[conn] < window) publishOne(conn);
    }
    /// Fixed-rate mode: publish whatever the schedule says is due, round-robin over publishers.
    void tick() {
        if (!publishing || rate <= 0) return;
        const double elapsed = (nowNs() - startNs) / 1e9;
        const size_t due = std::min(events.size(), static_cast<size_t>(elapsed * rate) + 1);
        while (nextEvent < due) publishOne(subscribers + int(nextEvent % publishers));
    }
    void onOpen(int) override {}
    void onText(int conn, std::string_view m) override {
        lastActivity = nowNs();
        if (m.rfind("[\"EVENT\"", 0) == 0) {
            const auto it = sentAt.find(idKey(findIdHex(m)));
            if (it != sentAt.end()) latency.add((lastActivity - it->second) / 1000.0);
            ++delivered;
        } else if (m.rfind("[\"OK\"", 0) == 0) {
            ++acked;
            const size_t q = m.find('"', 6);
            const size_t t = m.find("true", q + 65);
            if (q != std::string_view::npos && (t == std::string_view::npos || t > q + 68))
                refused.push_back(idKey(m.substr(q + 1, 64)));
            --inFlight[conn];
            pump(conn);
        } else if (m.rfind("[\"EOSE\"", 0) == 0) {
            ++eose;
        }
    }
    void onClosed(int conn, const std::string& why) override {
        ++failed;
        std::fprintf(stderr, "roost-bench: connection %d closed: %s\n", conn, why.c_str());
    }
};

} // namespace

int runFanout(const Options& o) {
    std::string host;
    uint16_t port = 0;
    parseUrl(o.str("url"), host, port);
    const auto events = loadDataset(o.str("events"), static_cast<size_t>(o.num("max", 2000)));
    const int pid = static_cast<int>(o.num("pid", 0));
    const int subs = static_cast<int>(o.num("subscribers", 500));
    const int pubs = static_cast<int>(o.num("publishers", 2));
    const double rate = o.real("rate", 0);
    Fanout run(events, subs, pubs, static_cast<size_t>(o.num("window", 100)), rate);
    WsClient client(host, port, run);
    run.client = &client;

    // Subscribers first; the expected delivery count is predicted with core's own matcher.
    std::mt19937_64 rng(static_cast<uint64_t>(o.num("seed", 1)));
    std::vector<nostr::Filter> filters;
    for (int i = 0; i < subs + pubs; ++i) {
        if (client.connect() < 0) {
            std::fprintf(stderr, "roost-bench: connect failed (file descriptors?)\n");
            return 1;
        }
        if (i % 100 == 99) client.run([&] { return client.openCount() == i + 1; }, 10);
    }
    client.run([&] { return client.openCount() == subs + pubs; }, 30);
    for (int i = 0; i < subs; ++i) {
        const std::string f = subscriberFilter(i, events, rng);
        filters.push_back(nostr::parseFilter(f));
        client.sendText(i, "[\"REQ\",\"f" + std::to_string(i) + "\"," + f + "]");
    }
    client.run([&] { return run.eose == size_t(subs); }, 30);
    std::unordered_map<uint64_t, int64_t> matchesOf;
    int64_t expected = 0;
    for (const auto& e : events) {
        int64_t n = 0;
        for (const auto& f : filters) n += f.matches(e.event) ? 1 : 0;
        matchesOf[idKey(findIdHex(e.json))] = n;
        expected += n;
    }
    const auto refusedMatches = [&] {
        int64_t n = 0;
        for (uint64_t k : run.refused) n += matchesOf[k];
        return n;
    };

    const double cpu0 = processCpuSeconds(pid);
    run.startNs = run.lastActivity = nowNs();
    run.publishing = true;
    for (int p = 0; p < pubs; ++p) run.pump(subs + p);
    const double quietSec = o.real("quiet", 2);
    const bool complete = client.run(
        [&] {
            if (run.acked < events.size()) return false;
            return run.delivered >= expected - refusedMatches() || nowNs() - run.lastActivity > int64_t(quietSec * 1e9);
        },
        o.real("timeout", 600), [&] { run.tick(); });
    // The quiet wait is not work: measure up to the last delivery.
    const double wall = (run.lastActivity - run.startNs) / 1e9;
    const double cpu = processCpuSeconds(pid) - cpu0;
    expected -= refusedMatches();

    ResultLine r("fanout", o.str("target", "roost"));
    r.add("mode", std::string(rate > 0 ? "rate" : "pipelined"))
        .add("rate", rate)
        .add("subscribers", int64_t(subs))
        .add("events", int64_t(events.size()))
        .add("acked", int64_t(run.acked))
        .add("refused", int64_t(run.refused.size()))
        .add("expected_deliveries", expected)
        .add("delivered", run.delivered)
        .add("wall_s", wall)
        .add("deliveries_per_s", run.delivered / wall)
        .add("delivery_p50_ms", run.latency.percentile(50) / 1000)
        .add("delivery_p99_ms", run.latency.percentile(99) / 1000)
        .add("relay_cpu_s", cpu)
        .add("deliveries_per_relay_cpu_s", cpu > 0 ? run.delivered / cpu : 0.0)
        .add("complete", std::string(complete && run.delivered == expected ? "yes" : "no"));
    r.print();
    return complete ? 0 : 1;
}

} // namespace roost::bench
