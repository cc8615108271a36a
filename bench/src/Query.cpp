#include "Scenarios.h"
#include "WsClient.h"

#include "nostr/Hex.h"

#include <algorithm>
#include <cstdio>
#include <random>

namespace roost::bench {

namespace {

/// The query mix, one REQ filter each (NIP-01).
enum QueryType { ByAuthor, KindSince, ByETag, ByTTag, Global, ByIds, kQueryTypes };
const char* const kTypeNames[kQueryTypes] = {"author", "kind_since", "e_tag", "t_tag", "global", "ids"};

/// Values taken from the dataset so that every query type finds something; authors and
/// referenced events are drawn per event, so active ones come up more often (as in real use).
struct QueryValues {
    std::vector<std::string> authors, ids, eRefs, tTags;
    std::vector<uint32_t> kinds;
    int64_t maxCreatedAt = 0;

    explicit QueryValues(const std::vector<DatasetEvent>& events) {
        for (const auto& d : events) {
            const auto& e = d.event;
            authors.push_back(nostr::toHex(e.pubkey));
            ids.push_back(nostr::toHex(e.id));
            kinds.push_back(e.kind);
            maxCreatedAt = std::max(maxCreatedAt, e.createdAt);
            for (const auto& t : e.tags) {
                if (t.size() < 2) continue;
                if (t[0] == "e" && t[1].size() == 64) eRefs.push_back(t[1]);
                if (t[0] == "t") tTags.push_back(t[1]);
            }
        }
        if (eRefs.empty()) eRefs = ids;
        if (tTags.empty()) tTags.push_back("nostr");
    }
};

struct Query : WsClient::Handler {
    const QueryValues& v;
    WsClient* client = nullptr;
    std::mt19937_64 rng;
    size_t target, started = 0, finished = 0, failed = 0;
    int64_t delivered = 0;
    std::vector<int64_t> startedAt;
    std::vector<int> typeOf;
    std::vector<std::string> subOf;
    Latencies all, byType[kQueryTypes];
    int64_t eventsByType[kQueryTypes] = {};

    Query(const QueryValues& values, size_t n, uint64_t seed, int conns) : v(values), rng(seed), target(n) {
        startedAt.assign(conns, 0);
        typeOf.assign(conns, 0);
        subOf.assign(conns, {});
    }
    template <class T> const T& pick(const std::vector<T>& list) { return list[rng() % list.size()]; }
    std::string filterFor(int type) {
        switch (type) {
        case ByAuthor: return "{\"authors\":[\"" + pick(v.authors) + "\"],\"limit\":100}";
        case KindSince: {
            const int64_t since = v.maxCreatedAt - int64_t(3600 + rng() % (24 * 3600));
            return "{\"kinds\":[" + std::to_string(pick(v.kinds)) + "],\"since\":" + std::to_string(since) +
                   ",\"limit\":500}";
        }
        case ByETag: return "{\"#e\":[\"" + pick(v.eRefs) + "\"],\"limit\":500}";
        case ByTTag: return "{\"#t\":[\"" + pick(v.tTags) + "\"],\"limit\":100}";
        case Global: return "{\"limit\":500}";
        default: {
            std::string f = "{\"ids\":[";
            for (int i = 0; i < 50; ++i) f += (i ? ",\"" : "\"") + pick(v.ids) + "\"";
            return f + "]}";
        }
        }
    }
    void startNext(int conn) {
        if (started >= target) return;
        const int type = static_cast<int>(started % kQueryTypes);
        subOf[conn] = "q" + std::to_string(started++);
        typeOf[conn] = type;
        const std::string req = "[\"REQ\",\"" + subOf[conn] + "\"," + filterFor(type) + "]";
        startedAt[conn] = nowNs();
        client->sendText(conn, req);
    }
    void onOpen(int) override {}
    void onText(int conn, std::string_view m) override {
        if (m.rfind("[\"EVENT\"", 0) == 0) {
            ++delivered;
            ++eventsByType[typeOf[conn]];
            return;
        }
        if (m.rfind("[\"EOSE\"", 0) == 0 || m.rfind("[\"CLOSED\"", 0) == 0) {
            const double us = (nowNs() - startedAt[conn]) / 1000.0;
            all.add(us);
            byType[typeOf[conn]].add(us);
            ++finished;
            client->sendText(conn, "[\"CLOSE\",\"" + subOf[conn] + "\"]");
            startNext(conn);
        }
    }
    void onClosed(int conn, const std::string& why) override {
        ++failed;
        std::fprintf(stderr, "roost-bench: connection %d closed: %s\n", conn, why.c_str());
    }
};

} // namespace

int runQuery(const Options& o) {
    std::string host;
    uint16_t port = 0;
    parseUrl(o.str("url"), host, port);
    const auto events = loadDataset(o.str("events"), static_cast<size_t>(o.num("max", 0)));
    const QueryValues values(events);
    const int pid = static_cast<int>(o.num("pid", 0));
    const int connections = static_cast<int>(o.num("connections", 8));
    const size_t queries = static_cast<size_t>(o.num("queries", 3000));
    Query run(values, queries, static_cast<uint64_t>(o.num("seed", 1)), connections);
    WsClient client(host, port, run);
    run.client = &client;

    // Connect first, so the measured window holds only REQ traffic.
    for (int i = 0; i < connections; ++i) client.connect();
    client.run([&] { return client.openCount() == connections; }, 10);
    const double cpu0 = processCpuSeconds(pid);
    const int64_t t0 = nowNs();
    for (int i = 0; i < connections; ++i) run.startNext(i);
    const bool complete = client.run([&] { return run.finished >= queries || run.failed == size_t(connections); },
                                     o.real("timeout", 600));
    const double wall = (nowNs() - t0) / 1e9;
    const double cpu = processCpuSeconds(pid) - cpu0;

    ResultLine r("query", o.str("target", "roost"));
    r.add("dataset_events", int64_t(events.size()))
        .add("connections", int64_t(connections))
        .add("queries", int64_t(run.finished))
        .add("wall_s", wall)
        .add("queries_per_s", run.finished / wall)
        .add("eose_p50_ms", run.all.percentile(50) / 1000)
        .add("eose_p99_ms", run.all.percentile(99) / 1000)
        .add("events_delivered", run.delivered)
        .add("events_per_s", run.delivered / wall)
        .add("relay_cpu_s", cpu)
        .add("events_per_relay_cpu_s", cpu > 0 ? run.delivered / cpu : 0.0);
    for (int t = 0; t < kQueryTypes; ++t)
        r.add(std::string(kTypeNames[t]) + "_p99_ms", run.byType[t].percentile(99) / 1000)
            .add(std::string(kTypeNames[t]) + "_events", run.eventsByType[t]);
    r.add("complete", std::string(complete ? "yes" : "no"));
    r.print();
    return complete ? 0 : 1;
}

} // namespace roost::bench
