#pragma once
// Which sync peers run when (issue 10 items 1 and 2): one PeerHealth per peer, keyed by URL, the
// cap on concurrent runs, "sync now" requests and the status rows of the snapshot. Pure: no
// threads, no network, the clock and the random source are injected, so the SyncManager's
// scheduling is unit-tested without sleeping (tests/unit/sync/TestPeerScheduler.cpp).
#include "roost/RelaySnapshot.h"
#include "roost/SyncPeer.h"
#include "sync/PeerHealth.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <string>

namespace roost::sync {

/// What one run of a peer came to (from SyncReport), as the scheduler needs it.
struct PeerRunResult {
    std::string error;           ///< "" = success; else SyncReport::error
    bool usedNegentropy = true;  ///< false: the REQ fallback ran (NIP-77 unsupported or refused)
    uint64_t eventsDown = 0;     ///< events newly stored here
    uint64_t eventsUp = 0;       ///< events the peer accepted
    uint64_t bytesIn = 0, bytesOut = 0;
};

/// Maps a SyncSession / live link error text to a PeerError kind: "auth-required:" anywhere ->
/// AuthRequired, "rate-limited:" -> RateLimited, "timeout" -> Timeout, a refused TCP connection
/// -> Refused, a host not found -> Dns, SSL/TLS -> Tls, a lost connection -> Closed, a NIP-01
/// prefix or a malformed answer -> Protocol, anything else Other.
PeerError classifyRunError(const std::string& error);

/// Where a relay keeps its sync peers' health: <dataDir>/sync-health.json, one JSON object
/// {url: PeerHealth::toJson()} (PeerScheduler::saveJson), written by the SyncManager.
QString peerHealthFilePath(const QString& dataDir);

/// The peers and their schedule. All times are the injected clock's (ms since the Unix epoch).
class PeerScheduler {
public:
    static constexpr int kDefaultMaxRunning = 4; ///< runs at the same time (one connection each)

    PeerScheduler(PeerHealth::Clock clock, PeerHealth::Random random, int maxRunning = kDefaultMaxRunning);

    /// Replaces the peer list: the configured peers (config order), then the discovered ones
    /// (a discovered URL that is also configured is dropped). A peer whose URL stays keeps its
    /// health and counters and takes the new mode/period/enabled at once; a new peer starts Idle
    /// and due at once (or with health restored by restore()); a removed peer is forgotten.
    /// Returns the URLs that were removed or changed in direction/filter/mode while running or
    /// live (the caller stops their run or live link).
    QStringList setPeers(const QList<SyncPeer>& configured, const QList<SyncPeer>& discovered);

    /// The health of every peer as one JSON object {url: PeerHealth::toJson()} (the file the
    /// SyncManager writes), and back. restore() applies to peers set later too (by URL); blobs
    /// that do not parse are ignored.
    QByteArray saveJson() const;
    void restore(const QByteArray& json);

    /// Peers to start now, in config order: forced ones (syncNow) first, then due ones, never a
    /// disabled or running one, no more than maxRunning at once. Each returned peer is marked
    /// running and its health moves to Connecting.
    QStringList takeDue();
    /// syncNow: `url` ("" = every enabled peer) runs at the next takeDue(), whatever its
    /// schedule or backoff. Unknown URLs are ignored. Returns whether any peer was marked.
    bool requestNow(const QString& url);

    /// Progress of a running run (phase as SyncProgress::phase, ids learned, events moved).
    void runProgress(const QString& url, const QString& phase, uint64_t idsLearned, uint64_t transferred);
    /// A run ended: health succeeded() (a full reconciliation) or failed(classifyRunError), the
    /// traffic added, NIP-77 support remembered. Not running any more.
    void runFinished(const QString& url, const PeerRunResult& result);
    /// Traffic of a live link (events stored here / accepted there, bytes).
    void addLiveTraffic(const QString& url, uint64_t down, uint64_t up, uint64_t bytesIn, uint64_t bytesOut);
    /// The live link of a Live peer broke: a failure (backoff, then a new run).
    void liveLost(const QString& url, const std::string& error);

    /// When takeDue() next has something to return (ms), or -1 when nothing is scheduled.
    int64_t nextWakeMs() const;

    bool contains(const QString& url) const { return find(url) != nullptr; }
    /// The peer's settings (nullptr when unknown).
    const SyncPeer* peer(const QString& url) const;
    /// The peer is Live (reconciled, its live link should be open).
    bool isLive(const QString& url) const;
    bool isRunning(const QString& url) const;
    int running() const;
    /// The health of one peer (nullptr when unknown), for tests and the CLI.
    const PeerHealth* health(const QString& url) const;
    /// One row per peer for RelaySnapshot::syncPeers, in list order, every field filled.
    QList<SyncPeerStatus> statuses() const;

private:
    struct Entry {
        SyncPeer peer;
        bool discovered = false;
        PeerHealth health;
        bool running = false;
        bool forced = false;
        QString phase;
        uint64_t idsLearned = 0, transferred = 0;
    };
    Entry* find(const QString& url);
    const Entry* find(const QString& url) const;

    PeerHealth::Clock m_clock;
    PeerHealth::Random m_random;
    int m_maxRunning;
    std::vector<Entry> m_peers;
    std::map<QString, QByteArray> m_restored; ///< saved health of peers not (yet) in the list
};

} // namespace roost::sync
