#pragma once
// Relay counters for Prometheus /metrics (and later the GUI's dashboard). Every thread adds to
// them with relaxed atomics: they are monotonic tallies read by a scrape, never used to decide
// anything, which is why they are the one piece of shared mutable state besides the inboxes.
#include "roost/RelaySnapshot.h"

#include <QByteArray>
#include <QList>

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string_view>

namespace roost::relay {

/// A cumulative histogram with fixed upper bounds (Prometheus semantics: le = upper bound).
template <size_t N>
struct Histogram {
    std::array<double, N> bounds;
    std::array<std::atomic<uint64_t>, N + 1> buckets{}; // last one: +Inf
    std::atomic<uint64_t> count{0};
    std::atomic<uint64_t> sumMicros{0}; // sum of observations x 1e6

    void observe(double value) {
        size_t i = 0;
        while (i < N && value > bounds[i]) ++i;
        buckets[i].fetch_add(1, std::memory_order_relaxed);
        count.fetch_add(1, std::memory_order_relaxed);
        sumMicros.fetch_add(uint64_t(value * 1e6), std::memory_order_relaxed);
    }
};

struct Metrics {
    /// Client verbs counted on the way in, relay verbs on the way out.
    static constexpr std::array<std::string_view, 7> kInVerbs{"EVENT", "REQ", "CLOSE", "COUNT", "AUTH", "NEG", "other"};
    static constexpr std::array<std::string_view, 8> kOutVerbs{"EVENT", "OK", "EOSE", "CLOSED", "NOTICE", "COUNT", "AUTH", "other"};
    /// Refusal reasons by their NIP-01 prefix.
    static constexpr std::array<std::string_view, 8> kReasons{"invalid",    "blocked", "rate-limited", "auth-required",
                                                              "restricted", "duplicate", "error",      "other"};

    std::atomic<int64_t> connectionsOpen{0};
    std::atomic<uint64_t> connectionsTotal{0};
    std::atomic<uint64_t> bytesIn{0};
    std::atomic<uint64_t> bytesOut{0};
    std::array<std::atomic<uint64_t>, kInVerbs.size()> messagesIn{};
    std::array<std::atomic<uint64_t>, kOutVerbs.size()> messagesOut{};
    std::array<std::atomic<uint64_t>, kReasons.size()> rejects{};
    std::atomic<uint64_t> eventsWritten{0};
    Histogram<8> writerBatchSize{{1, 2, 5, 10, 50, 100, 500, 1000}};
    Histogram<8> commitSeconds{{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5}};
    Histogram<9> querySeconds{{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 1}};

    /// Counts a client message by its verb.
    void countIn(std::string_view verb);
    /// Counts an outgoing relay message; `text` is the JSON array text (its verb is read from the prefix).
    void countOut(std::string_view text);
    /// Counts `n` outgoing EVENT messages (pre-framed batches, see Listener::SendFramedEvents).
    void countOutEvents(uint64_t n);
    /// Counts a refusal by the prefix of its reason ("invalid: ..." -> invalid).
    void countReject(std::string_view reason);

    /// The last store sample: events per kind, events, file bytes, and eventsWritten when it was taken.
    struct StoreSample {
        std::map<uint32_t, uint64_t> byKind;
        uint64_t events = 0;
        uint64_t bytes = 0;
        uint64_t writtenAtSample = 0;
    };
    /// Events per kind and store size, sampled by Cron (a GROUP BY is too slow for each scrape).
    /// `writtenAtSample` is eventsWritten read just before the sample was computed.
    void setStoreSample(std::map<uint32_t, uint64_t> byKind, uint64_t events, uint64_t bytes,
                        uint64_t writtenAtSample = 0);
    /// A copy of the last store sample (for snapshots; takes the sample mutex briefly).
    StoreSample storeSample() const;

    /// The sync peers' statuses, published by the SyncManager about once a second and after each
    /// change (issue 10): rendered per peer (label `peer`) and copied into the facade snapshot.
    void setSyncPeers(QList<SyncPeerStatus> peers);
    QList<SyncPeerStatus> syncPeers() const;

    /// The Prometheus text exposition (version 0.0.4) of every counter.
    QByteArray render() const;

private:
    mutable std::mutex m_sampleMutex;
    StoreSample m_sample;
    mutable std::mutex m_syncMutex;
    QList<SyncPeerStatus> m_syncPeers;
};

} // namespace roost::relay
