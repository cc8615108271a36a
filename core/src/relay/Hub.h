#pragma once
// Where each thread finds the inboxes of the others. Built once by RelayImpl before any
// thread starts and read-only afterwards, so threads share it without locks.
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace roost::relay {

class Listener;
class Ingester;
class Writer;
class ReqWorker;
class ReqMonitor;
class BackupRunner;
class LiveConfig;
struct Metrics;
}
namespace roost::policy { class RateLimiter; class KnownKeys; }
namespace roost::relay {

/// Connection ids are assigned by the Listener, start at 1 and are never reused in a run.
using ConnId = uint64_t;

/// Input accounting of one connection, shared by its Connection (Listener thread) and its
/// Ingester: bytes of client messages handed over but not yet handled. Past kPauseBytes the
/// Connection stops reading its socket (TCP flow control then slows the client); the Ingester
/// asks the Listener to resume once the backlog falls below kResumeBytes.
struct InputCredit {
    static constexpr int64_t kPauseBytes = 1 << 20;
    static constexpr int64_t kResumeBytes = 256 << 10;
    std::atomic<int64_t> pendingBytes{0};
    std::atomic<bool> paused{false};
};

/// What a connection's Ingester knows of it that the Listener reports in snapshots (access
/// level, AUTH keys, open subscriptions): written by the Ingester, read by the Listener when it
/// answers Listener::CollectConnections. The counters are atomics; the key list is a shared_ptr
/// swapped under a mutex held only for the copy (libstdc++ 12's std::atomic<std::shared_ptr>
/// loads with relaxed order, so a reader could see the pointer before the list it points to).
struct ConnectionAccess {
    std::atomic<int> level{0};                ///< policy::AccessLevel as int
    std::atomic<uint32_t> subscriptions{0};   ///< open REQ subscriptions

    /// The AUTH keys (NIP-42), 64-character lowercase hex each; null when none.
    std::shared_ptr<const std::vector<std::string>> pubkeys() const {
        std::lock_guard lock(m_keysMutex);
        return m_pubkeys;
    }
    void setPubkeys(std::shared_ptr<const std::vector<std::string>> keys) {
        std::lock_guard lock(m_keysMutex);
        m_pubkeys.swap(keys); // the old list is released after the unlock
    }

private:
    mutable std::mutex m_keysMutex;
    std::shared_ptr<const std::vector<std::string>> m_pubkeys;
};

/// Filter items (ids, authors, kinds, tag values: see Ingester) of the open subscriptions of the
/// whole relay, kept by the Ingesters against limits/max_filter_items_total, and the items freed
/// since Cron last returned free heap memory to the system (malloc_trim).
struct FilterItemCount {
    std::atomic<uint64_t> open{0};
    std::atomic<uint64_t> freedSinceTrim{0};
};

struct Hub {
    Listener* listener = nullptr;
    std::vector<Ingester*> ingesters;
    Writer* writer = nullptr;
    std::vector<ReqWorker*> reqWorkers;
    ReqMonitor* monitor = nullptr;
    const LiveConfig* config = nullptr;         ///< current settings snapshot (live keys)
    Metrics* metrics = nullptr;                 ///< counters for /metrics (relaxed atomics)
    policy::KnownKeys* known = nullptr;         ///< keys at the Known level (Writer computes, Ingesters read)
    policy::RateLimiter* rateLimiter = nullptr; ///< per-IP token buckets, shared by the Ingesters
    /// NIP-86: hands (connection, Authorization header, Host header, request target, body) to the
    /// management API in its thread; the answer comes back as Listener::HttpResponse. Empty: NIP-86 is off.
    std::function<void(ConnId, std::string, std::string, std::string, std::string)> management;
    /// NIP-43: the relay's own secret key (invite codes, signed invites).
    const std::array<uint8_t, 32>* relayKey = nullptr;
    /// NIP-43: adds (join, with the invite code `claim`) or removes a member in the main thread,
    /// then answers the request's OK. Empty: membership changes are not available.
    std::function<void(ConnId, std::array<uint8_t, 32> eventId, std::array<uint8_t, 32> pubkey, bool join, std::string claim)> membership;
    /// Scheduled and on-demand backups (Cron starts them when backup/interval is due).
    BackupRunner* backups = nullptr;
    /// Relay-wide filter items (null: no relay-wide cap, as in tests that build a Hub by hand).
    FilterItemCount* filterItems = nullptr;

    /// A connection always maps to the same Ingester and ReqWorker, so its messages stay in order.
    Ingester& ingesterFor(ConnId conn) const { return *ingesters[conn % ingesters.size()]; }
    ReqWorker& reqWorkerFor(ConnId conn) const { return *reqWorkers[conn % reqWorkers.size()]; }
};

/// Returns `bytes` of `credit` (see InputCredit) once they are handled; when the connection's
/// backlog falls below kResumeBytes and it had paused, asks the Listener to read it again.
/// Thread-safe (Ingesters return a message's bytes when it is handled, the Writer the bytes of an
/// EVENT when it is committed, so a connection's unsaved events count against its 1 MiB too).
void releaseInput(const Hub& hub, ConnId conn, InputCredit& credit, int64_t bytes);

/// Names the calling thread (<= 15 characters, shown by `top -H`).
void setThreadName(const char* name);

} // namespace roost::relay
