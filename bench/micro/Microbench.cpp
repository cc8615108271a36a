// roost_microbench: Google Benchmark timings of the per-event hot paths of core (canonical
// serialization and id, parsing, BIP-340 verification, filter match, LiveIndex match,
// EventWriter batches, NIP-77 negentropy). Run: build/release/bench/roost_microbench (docs/PERFORMANCE.md).
#include "nostr/Canonical.h"
#include "nostr/EventParser.h"
#include "nostr/Filter.h"
#include "nostr/Hex.h"
#include "nostr/Verify.h"
#include "relay/LiveIndex.h"
#include "store/Database.h"
#include "store/EventWriter.h"
#include "sync/Negentropy.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

using namespace roost;

namespace {

nostr::SecretKey keyFor(uint32_t i) {
    nostr::SecretKey k{};
    k[0] = 1;
    k[28] = uint8_t(i >> 24);
    k[29] = uint8_t(i >> 16);
    k[30] = uint8_t(i >> 8);
    k[31] = uint8_t(i);
    return k;
}

/// A typical kind-1 note: a reply with e/p tags, two hashtags and `contentBytes` of text.
nostr::Event sampleEvent(uint32_t i, size_t contentBytes = 200) {
    nostr::Event e;
    e.kind = 1;
    e.createdAt = 1700000000 + i;
    e.content.assign(contentBytes, 'x');
    e.content += " café 🚀 \"quoted\"\n";
    e.tags = {{"e", std::string(64, 'a'), "", "reply"}, {"p", std::string(64, 'b')}, {"t", "nostr"}, {"t", "bench"}};
    nostr::signEvent(e, keyFor(i + 1));
    return e;
}

const std::vector<nostr::Event>& signedEvents() {
    static const std::vector<nostr::Event> events = [] {
        std::vector<nostr::Event> v;
        for (uint32_t i = 0; i < 256; ++i) v.push_back(sampleEvent(i));
        return v;
    }();
    return events;
}

void BM_SerializeCanonical(benchmark::State& state) {
    const nostr::Event e = sampleEvent(1, size_t(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(nostr::serializeCanonical(e));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SerializeCanonical)->Arg(200)->Arg(4000);

void BM_ComputeId(benchmark::State& state) {
    const nostr::Event e = sampleEvent(1, size_t(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(nostr::computeId(e));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ComputeId)->Arg(200)->Arg(4000);

void BM_ParseEvent(benchmark::State& state) {
    const std::string json = nostr::serializeEvent(signedEvents()[0]);
    for (auto _ : state) benchmark::DoNotOptimize(nostr::parseEvent(json));
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * int64_t(json.size()));
}
BENCHMARK(BM_ParseEvent);

/// verifyEvent = id hash + BIP-340 verify. items_per_second is the single-core ingest ceiling.
void BM_VerifyEvent(benchmark::State& state) {
    const auto& events = signedEvents();
    size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(nostr::verifyEvent(events[i++ % events.size()]));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_VerifyEvent);

void BM_FilterMatch(benchmark::State& state) {
    const auto& events = signedEvents();
    std::string authors;
    for (int i = 0; i < 10; ++i) authors += (i ? ",\"" : "\"") + nostr::toHex(events[i * 7].pubkey) + "\"";
    const nostr::Filter f = nostr::parseFilter("{\"authors\":[" + authors + "],\"kinds\":[1,7],\"#t\":[\"nostr\",\"zap\"]}");
    size_t i = 0, hits = 0;
    for (auto _ : state) hits += f.matches(events[i++ % events.size()]);
    benchmark::DoNotOptimize(hits);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FilterMatch);

/// One event matched against 10,000 open subscriptions: 50% authors (3 keys of a pool of
/// 2,000), 20% #e, 20% #t, 10% kinds only (a rare kind, so they sit in the kind index).
void BM_LiveIndexMatch(benchmark::State& state) {
    std::mt19937_64 rng(7);
    std::vector<std::string> pool;
    for (int i = 0; i < 2000; ++i) {
        char hex[65];
        std::snprintf(hex, sizeof hex, "%064llx", (unsigned long long)rng());
        pool.push_back(hex);
    }
    const auto& events = signedEvents();
    for (int i = 0; i < 256; i += 4) pool[i] = nostr::toHex(events[i].pubkey); // some subscribers follow them
    relay::LiveIndex index;
    const int subs = int(state.range(0));
    for (int s = 0; s < subs; ++s) {
        std::string f;
        const int r = s % 10;
        if (r < 5)
            f = "{\"authors\":[\"" + pool[rng() % 2000] + "\",\"" + pool[rng() % 2000] + "\",\"" + pool[rng() % 2000] + "\"]}";
        else if (r < 7) f = "{\"#e\":[\"" + pool[rng() % 2000] + "\"]}";
        else if (r < 9) f = "{\"#t\":[\"tag" + std::to_string(rng() % 500) + "\"]}";
        else f = "{\"kinds\":[" + std::to_string(30000 + rng() % 50) + "]}";
        index.add(relay::ConnId(s / 5), "s" + std::to_string(s), {nostr::parseFilter(f)}, 0);
    }
    std::vector<relay::LiveIndex::Target> out;
    size_t i = 0, delivered = 0;
    for (auto _ : state) {
        out.clear();
        index.match(events[i++ % events.size()], 1, out);
        delivered += out.size();
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["targets_per_event"] = benchmark::Counter(double(delivered) / double(state.iterations()));
}
BENCHMARK(BM_LiveIndexMatch)->Arg(10000);

/// EventWriter::writeBatch of `range(0)` fresh kind-1 events into a temp SQLite file
/// (synchronous=FULL as the relay runs, range(1) = 1; NORMAL when 0).
void BM_WriterBatch(benchmark::State& state) {
    const std::string path = (std::filesystem::temp_directory_path() / ("roost-microbench-" + std::to_string(getpid()) + ".db")).string();
    {
        store::Database::Options opt;
        opt.synchronousFull = state.range(1) != 0;
        auto db = store::Database::open(path, opt);
        store::EventWriter writer(*db);
        std::vector<nostr::Event> batch;
        for (int i = 0; i < state.range(0); ++i) batch.push_back(sampleEvent(uint32_t(i)));
        std::vector<const nostr::Event*> ptrs;
        for (const auto& e : batch) ptrs.push_back(&e);
        uint64_t counter = 0;
        for (auto _ : state) {
            // Fresh ids and authors (the writer trusts its input; nothing here is verified).
            for (auto& e : batch) {
                ++counter;
                std::memcpy(e.id.data(), &counter, sizeof counter);
                std::memcpy(e.pubkey.data(), &counter, sizeof counter);
            }
            benchmark::DoNotOptimize(writer.writeBatch(ptrs));
        }
        state.SetItemsProcessed(state.iterations() * state.range(0));
    }
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}
BENCHMARK(BM_WriterBatch)->Args({1000, 1})->Args({1000, 0})->Args({100, 1})->Unit(benchmark::kMillisecond);

} // namespace

// NIP-77: two sets of `items` records (many equal timestamps), 1 % of each side missing on the
// other; one iteration = a whole reconciliation (client and server in this thread, no frame
// limit, then 60 KB frames as nostr-tools uses), counters: rounds and bytes exchanged.
void BM_NegentropyReconcile(benchmark::State& state) {
    const size_t items = size_t(state.range(0));
    const size_t frameLimit = size_t(state.range(1));
    std::mt19937_64 rng(77);
    sync::NegVectorStorage client, server;
    for (size_t i = 0; i < items; ++i) {
        nostr::Id id;
        for (auto& b : id) b = uint8_t(rng());
        const uint64_t ts = 1700000000 + rng() % (items / 4 + 1);
        const unsigned r = unsigned(rng() % 200);
        if (r != 0) client.insert(ts, id); // 0.5 % only on the server...
        if (r != 1) server.insert(ts, id); // ...and 0.5 % only on the client: 1 % difference
    }
    client.seal();
    server.seal();
    size_t rounds = 0, bytes = 0, found = 0;
    for (auto _ : state) {
        sync::Negentropy c(client, frameLimit), s(server, frameLimit);
        std::vector<nostr::Id> have, need;
        std::optional<std::string> msg = c.initiate();
        rounds = bytes = 0;
        while (msg) {
            const std::string answer = s.reconcile(*msg);
            bytes += msg->size() + answer.size();
            msg = c.reconcile(answer, have, need);
            ++rounds;
        }
        found = have.size() + need.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["rounds"] = double(rounds);
    state.counters["wire_bytes_hex"] = double(2 * bytes);
    state.counters["differences"] = double(found);
}
BENCHMARK(BM_NegentropyReconcile)->Args({100000, 0})->Args({100000, 60000})->Args({1000000, 60000})->Unit(benchmark::kMillisecond);

// NIP-77 session set-up on the relay: sort + prefix sums over `items` records (what NEG-OPEN
// does after reading the index).
void BM_NegentropySeal(benchmark::State& state) {
    const size_t items = size_t(state.range(0));
    std::mt19937_64 rng(78);
    std::vector<std::pair<uint64_t, nostr::Id>> records(items);
    for (auto& [ts, id] : records) {
        ts = 1700000000 + rng() % 100000;
        for (auto& b : id) b = uint8_t(rng());
    }
    for (auto _ : state) {
        sync::NegVectorStorage st;
        st.reserve(items);
        for (const auto& [ts, id] : records) st.insert(ts, id);
        st.seal();
        benchmark::DoNotOptimize(st.fingerprint(0, st.size()));
    }
}
BENCHMARK(BM_NegentropySeal)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
