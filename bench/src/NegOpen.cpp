// roost-bench neg: one NIP-77 reconciliation over the whole store of the relay under test, with
// the relay's CPU measured for the NEG-OPEN and for every later NEG-MSG round separately.
#include "Scenarios.h"
#include "WsClient.h"

#include "nostr/Hex.h"
#include "sync/Negentropy.h"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <optional>

namespace roost::bench {

namespace {

/// (created_at, id) of every line of a JSONL file of events, read without parsing the whole
/// event: the top-level "id" and "created_at" keys are the only places those byte sequences can
/// occur unescaped. Lines without both are skipped.
void loadRecords(const std::string& path, sync::NegVectorStorage& out, size_t& count) {
    std::ifstream f(path);
    if (!f) throw std::runtime_error("cannot open " + path);
    std::string line;
    count = 0;
    while (std::getline(f, line)) {
        const std::string_view hex = findIdHex(line);
        const size_t at = line.find("\"created_at\":");
        nostr::Id id{};
        if (hex.size() != 64 || at == std::string::npos || !nostr::fromHex(hex, id)) continue;
        out.insert(std::strtoull(line.c_str() + at + 13, nullptr, 10), id);
        ++count;
    }
    out.seal();
}

double selfCpuSeconds() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

struct Reconcile : WsClient::Handler {
    WsClient* client = nullptr;
    sync::Negentropy* neg = nullptr;
    int pid = 0;
    int64_t t0 = 0, tDone = 0, cpuBefore = 0, openCpuNs = 0, openWallNs = 0, sentAt = 0;
    std::vector<int64_t> roundCpuNs, roundWallNs;
    std::vector<nostr::Id> have, need;
    int64_t bytesOut = 0, bytesIn = 0;
    bool done = false, failed = false;
    std::string error;

    void send(int conn, const std::string& text) {
        bytesOut += int64_t(text.size());
        cpuBefore = processCpuNs(pid);
        sentAt = nowNs();
        client->sendText(conn, text);
    }
    void onOpen(int conn) override {
        t0 = nowNs();
        send(conn, "[\"NEG-OPEN\",\"bench\",{},\"" + sync::negToHex(neg->initiate()) + "\"]");
    }
    void onText(int conn, std::string_view m) override {
        const int64_t cpu = processCpuNs(pid) - cpuBefore, wall = nowNs() - sentAt;
        if (m.rfind("[\"AUTH\"", 0) == 0) return; // the relay's NIP-42 challenge on connect: not needed here
        bytesIn += int64_t(m.size());
        if (m.rfind("[\"NEG-MSG\"", 0) != 0) {
            error = std::string(m.substr(0, 200));
            failed = true;
            return;
        }
        if (openWallNs == 0) {
            openCpuNs = cpu;
            openWallNs = wall;
        } else {
            roundCpuNs.push_back(cpu);
            roundWallNs.push_back(wall);
        }
        // ["NEG-MSG","bench","<hex>"]
        const size_t end = m.rfind('"'), start = m.rfind('"', end - 1);
        try {
            const std::optional<std::string> next =
                neg->reconcile(sync::negFromHex(m.substr(start + 1, end - start - 1)), have, need);
            if (!next) {
                tDone = nowNs();
                done = true;
                client->sendText(conn, "[\"NEG-CLOSE\",\"bench\"]");
                return;
            }
            send(conn, "[\"NEG-MSG\",\"bench\",\"" + sync::negToHex(*next) + "\"]");
        } catch (const std::exception& e) {
            error = e.what();
            failed = true;
        }
    }
    void onClosed(int, const std::string& why) override {
        if (!done) {
            error = "connection closed: " + why;
            failed = true;
        }
    }
};

double median(std::vector<int64_t> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return double(v[v.size() / 2]);
}

} // namespace

int runNeg(const Options& o) {
    std::string host;
    uint16_t port = 0;
    parseUrl(o.str("url"), host, port);
    const int pid = static_cast<int>(o.num("pid", 0));
    const std::string file = o.str("events");
    if (file.empty()) throw std::invalid_argument("neg needs --events FILE (our side's records)");

    const double load0 = selfCpuSeconds();
    sync::NegVectorStorage storage;
    size_t records = 0;
    loadRecords(file, storage, records);
    const double loadCpu = selfCpuSeconds() - load0;

    // --repeat N: N reconciliations one after the other, each on a new connection; the first
    // meets a relay whose store pages are cold (just started), the later ones a warm one.
    const int repeat = std::max(1, int(o.num("repeat", 1)));
    bool allDone = true;
    for (int pass = 1; pass <= repeat; ++pass) {
        sync::Negentropy neg(storage, size_t(o.num("frame-limit", 32768)));
        Reconcile run;
        WsClient client(host, port, run);
        run.client = &client;
        run.neg = &neg;
        run.pid = pid;
        const double cpu0 = selfCpuSeconds();
        if (client.connect() < 0) throw std::runtime_error("connect failed");
        const bool finished = client.run([&] { return run.done || run.failed; }, o.real("timeout", 600));
        const double clientCpu = selfCpuSeconds() - cpu0;
        if (!run.error.empty()) std::fprintf(stderr, "roost-bench neg: %s\n", run.error.c_str());

        const int64_t roundsCpu = std::accumulate(run.roundCpuNs.begin(), run.roundCpuNs.end(), int64_t(0));
        ResultLine r("neg", o.str("target", "roost"));
        r.add("records", int64_t(records))
            .add("have", int64_t(run.have.size()))
            .add("need", int64_t(run.need.size()))
            .add("rounds", int64_t(run.roundCpuNs.size() + 1))
            .add("open_relay_cpu_ms", run.openCpuNs / 1e6)
            .add("open_wall_ms", run.openWallNs / 1e6)
            .add("round_relay_cpu_ms_median", median(run.roundCpuNs) / 1e6)
            .add("round_relay_cpu_ms_mean", run.roundCpuNs.empty() ? 0.0 : roundsCpu / 1e6 / double(run.roundCpuNs.size()))
            .add("round_wall_ms_median", median(run.roundWallNs) / 1e6)
            .add("relay_cpu_ms_total", (run.openCpuNs + roundsCpu) / 1e6)
            .add("ids_known_s", run.done ? (run.tDone - run.t0) / 1e9 : 0.0)
            .add("client_cpu_s", clientCpu)
            .add("client_load_cpu_s", loadCpu)
            .add("bytes_out", run.bytesOut)
            .add("bytes_in", run.bytesIn)
            .add("pass", int64_t(pass))
            .add("complete", std::string(finished && run.done ? "yes" : "no"));
        r.print();
        allDone = allDone && finished && run.done;
    }
    return allDone ? 0 : 1;
}

} // namespace roost::bench
