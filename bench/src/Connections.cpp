#include "Scenarios.h"
#include "WsClient.h"

#include <cstdio>
#include <thread>

namespace roost::bench {

namespace {

struct Idle : WsClient::Handler {
    WsClient* client = nullptr;
    size_t eose = 0, failed = 0;
    void onOpen(int conn) override {
        // An author nobody has: the REQ stays open as a live subscription after EOSE.
        char author[65];
        std::snprintf(author, sizeof author, "%064x", conn + 1);
        client->sendText(conn, std::string("[\"REQ\",\"idle\",{\"authors\":[\"") + author + "\"],\"kinds\":[1]}]");
    }
    void onText(int, std::string_view m) override {
        if (m.rfind("[\"EOSE\"", 0) == 0) ++eose;
    }
    void onClosed(int conn, const std::string& why) override {
        if (failed++ < 5) std::fprintf(stderr, "roost-bench: connection %d closed: %s\n", conn, why.c_str());
    }
};

} // namespace

int runConnections(const Options& o) {
    std::string host;
    uint16_t port = 0;
    parseUrl(o.str("url"), host, port);
    const int pid = static_cast<int>(o.num("pid", 0));
    const int count = static_cast<int>(o.num("count", 2000));
    const int wave = static_cast<int>(o.num("wave", 32));
    Idle run;
    WsClient client(host, port, run);
    run.client = &client;

    const int64_t rss0 = processRssKiB(pid);
    const int64_t t0 = nowNs();
    int made = 0;
    // In waves, so the listen backlog never overflows (a dropped SYN costs a 1 s retry).
    while (made < count) {
        const int n = std::min(wave, count - made);
        for (int i = 0; i < n; ++i)
            if (client.connect() >= 0) ++made;
        client.run([&] { return run.eose + run.failed >= size_t(made); }, 30);
        if (run.failed) break;
    }
    const double openSec = (nowNs() - t0) / 1e9;
    // Let the relay settle (allocator caches, deferred work) before reading its RSS.
    client.run([] { return false; }, o.real("settle", 1.0));
    const int64_t rss1 = processRssKiB(pid);
    const bool complete = run.eose == size_t(count) && run.failed == 0;

    ResultLine r("connections", o.str("target", "roost"));
    r.add("connections", int64_t(count))
        .add("with_eose", int64_t(run.eose))
        .add("failed", int64_t(run.failed))
        .add("open_s", openSec)
        .add("rss_before_kib", rss0)
        .add("rss_after_kib", rss1)
        .add("rss_per_conn_kib", count ? double(rss1 - rss0) / count : 0.0)
        .add("complete", std::string(complete ? "yes" : "no"));
    r.print();
    return complete ? 0 : 1;
}

} // namespace roost::bench
