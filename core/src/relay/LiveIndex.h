#pragma once
// The inverted index of open subscriptions used by the ReqMonitor: a new event is tested only
// against the filters its id, author, kind and tags select, plus the filters that index none of
// those (DESIGN.md §Threads: ReqMonitor).
#include "nostr/Filter.h"
#include "relay/Hub.h"

#include <array>
#include <cstring>
#include <random>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace roost::relay {

class LiveIndex {
public:
    /// (connection, subscription id) that an event must be sent to.
    using Target = std::pair<ConnId, std::string>;

    /// Adds (or replaces) the subscription. Events with seq <= snapshotSeq were already covered
    /// by its stored-events stage and are not matched again (seq 0 = not stored, e.g. ephemeral).
    void add(ConnId conn, const std::string& subId, std::vector<nostr::Filter> filters, uint64_t snapshotSeq);
    void remove(ConnId conn, const std::string& subId);
    void removeConnection(ConnId conn);

    /// Appends every subscription with a filter matching `event` to `out`, each at most once.
    void match(const nostr::Event& event, uint64_t seq, std::vector<Target>& out);
    /// Like match() but only for one subscription (catch-up after registration).
    bool matchesSubscription(ConnId conn, const std::string& subId, const nostr::Event& event) const;

    size_t subscriptionCount() const { return m_subs.size(); }

private:
    struct Sub;
    struct Ref { Sub* sub; uint32_t filter; };
    enum class Key : uint8_t { Id, Author, Tag, Kind, None };
    struct Sub {
        ConnId conn;
        std::string subId;
        std::vector<nostr::Filter> filters;
        std::vector<Key> keys; // which index each filter sits in
        uint64_t snapshotSeq = 0;
        uint64_t stamp = 0;
    };
    static std::string subKey(ConnId conn, const std::string& subId);
    void indexFilter(Sub* sub, uint32_t i, bool insert);

    std::unordered_map<std::string, std::unique_ptr<Sub>> m_subs;
    std::unordered_map<ConnId, std::vector<std::string>> m_byConn;
    /// Hash of a 32-byte id or pubkey: its first 8 bytes (they are uniformly distributed).
    /// Mixes all 32 bytes with a per-process random seed: ids and authors in filters are chosen by
    /// clients, and keys sharing their first 8 bytes (a hash of those alone) made every lookup
    /// walk one bucket, so a few big filters kept the ReqMonitor busy for minutes.
    struct Bytes32Hash {
        size_t operator()(const std::array<uint8_t, 32>& b) const noexcept {
            uint64_t w[4];
            std::memcpy(w, b.data(), sizeof w);
            uint64_t h = seed();
            for (uint64_t x : w) {
                h = (h ^ x) * 0x9E3779B97F4A7C15ull;
                h ^= h >> 29;
            }
            return size_t(h);
        }
        static uint64_t seed() {
            static const uint64_t s = (uint64_t(std::random_device{}()) << 32) ^ std::random_device{}();
            return s;
        }
    };
    // Keyed by the raw 32 bytes in place: no heap string per watched id or author.
    std::unordered_map<std::array<uint8_t, 32>, std::vector<Ref>, Bytes32Hash> m_byId;
    std::unordered_map<std::array<uint8_t, 32>, std::vector<Ref>, Bytes32Hash> m_byAuthor;
    std::unordered_map<std::string, std::vector<Ref>> m_byTag;    // key: letter + value
    std::unordered_map<uint32_t, std::vector<Ref>> m_byKind;
    std::vector<Ref> m_unindexed;
    uint64_t m_stamp = 0;
};

} // namespace roost::relay
