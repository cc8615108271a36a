#pragma once
// The SyncManager role (DESIGN.md §Threads, issue 10 items 1-3): its own thread with a Qt event
// loop (QWebSocket needs one) that runs the configured and discovered sync peers: a SyncSession
// per due peer (at most PeerScheduler::kDefaultMaxRunning at once, one connection per peer), a
// LiveLink for `live` peers after they reconciled, health per peer (PeerHealth via
// PeerScheduler) persisted in <data dir>/sync-health.json, and statuses published to Metrics
// (for /metrics and the facade snapshot). It learns of newly stored events through an internal
// ReqMonitor subscription (up direction of live peers, the owner's kind 10002 for discovery),
// never by polling the store. Nothing here blocks an engine thread: they only post to its inbox.
#include "nostr/Event.h"
#include "relay/Hub.h"
#include "relay/Inbox.h"
#include "relay/RoleThread.h"
#include "roost/RelayConfig.h"
#include "roost/RelaySnapshot.h"

#include <QString>

#include <memory>
#include <mutex>
#include <variant>

class QObject;

namespace roost::relay {

class SyncManagerLoop;

/// The sync role. Messages (post() is thread-safe, never blocks):
///  - ConfigChanged: the live config (peers added/removed/edited take effect at once; the
///    `sync/follow_relay_list*` switches and owner keys re-run discovery).
///  - SyncNow: run a peer (URL) or every enabled peer ("") now, whatever its schedule.
///  - NewEvent: a stored event from the ReqMonitor's internal subscription.
///  - Stop: cancels runs, closes live links, saves the health file and ends the thread.
class SyncManager final : public relay::RoleThread {
public:
    struct ConfigChanged { RelayConfig config; };
    struct SyncNow { QString url; };
    struct NewEvent { uint64_t seq; std::shared_ptr<const nostr::Event> event; };
    struct Stop {};
    using Msg = std::variant<ConfigChanged, SyncNow, NewEvent, Stop>;

    /// `config` as started (its dataDir holds roost.db and sync-health.json); `hub` gives the
    /// ReqMonitor (internal subscription) and Metrics (published statuses). Neither is used
    /// before start().
    SyncManager(const RelayConfig& config, const relay::Hub& hub);
    ~SyncManager() override;

    void post(Msg msg);

    /// The health file in `dataDir`: {url: PeerHealth::toJson() object}.
    static QString healthFilePath(const QString& dataDir);

private:
    friend class SyncManagerLoop;
    void run() override;

    RelayConfig m_initial;
    const relay::Hub& m_hub;
    relay::Inbox<Msg> m_inbox;
    std::mutex m_loopMutex;
    QObject* m_wake = nullptr; ///< lives in the role's thread while run() runs; guarded by m_loopMutex
};

} // namespace roost::relay
