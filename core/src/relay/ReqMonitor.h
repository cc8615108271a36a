#pragma once
// ReqMonitor thread: the live stage of subscriptions. Matches each new event against the
// LiveIndex and sends one copy of its JSON to the Listener with the list of recipients
// (DESIGN.md §Threads). Catches up from a scan's snapshot and notices external writers.
#include "nostr/Event.h"
#include "relay/Hub.h"
#include "relay/Inbox.h"
#include "relay/RoleThread.h"
#include "relay/LiveIndex.h"
#include "relay/ReadTicket.h"

#include <functional>
#include <memory>
#include <thread>
#include <variant>

namespace roost::store { class Database; }

namespace roost::relay {

class ReqMonitor final : public RoleThread {
public:
    /// A committed event (seq > 0) or an ephemeral one (seq 0). An ephemeral event from a client
    /// carries `creditBytes` of its connection `conn`'s input credit, returned (releaseInput) once
    /// it has been matched and handed to the Listener, so a client cannot queue more than its
    /// credit of undelivered ephemeral events either.
    struct NewEvent {
        uint64_t seq;
        std::shared_ptr<const nostr::Event> event;
        ConnId conn = 0;
        std::shared_ptr<InputCredit> credit = {};
        int64_t creditBytes = 0;
    };
    /// Start the live stage of a subscription whose stored stage saw seq <= snapshotSeq; the
    /// monitor sends its EOSE first.
    /// `credit`: the connection's read credit (may be null); once it says closed, the
    /// subscription is not registered (its ConnectionClosed follows in the inbox).
    struct Subscribe {
        ConnId conn;
        std::string subId;
        std::vector<nostr::Filter> filters;
        uint64_t snapshotSeq;
        std::shared_ptr<const ReadCredit> credit;
    };
    struct Unsubscribe { ConnId conn; std::string subId; };
    struct ConnectionClosed { ConnId conn; };
    /// Look for rows committed by other writers (sent by Cron about once a second).
    struct Poll {};
    /// Called on the monitor's thread with each stored event (seq > 0) matching an internal
    /// subscription's filters, whoever wrote it (Writer or another process). Must not block:
    /// the SyncManager's sink only posts to its own inbox.
    using InternalSink = std::function<void(uint64_t seq, std::shared_ptr<const nostr::Event> event)>;
    /// An in-process subscriber (the SyncManager, issue 10): live stage only, no stored stage and
    /// no EOSE. Replaces an internal subscription with the same `key`.
    struct SubscribeInternal { std::string key; std::vector<nostr::Filter> filters; InternalSink sink; };
    struct UnsubscribeInternal { std::string key; };
    struct Stop {};
    using Msg = std::variant<NewEvent, Subscribe, Unsubscribe, ConnectionClosed, Poll, SubscribeInternal,
                             UnsubscribeInternal, Stop>;

    /// Opens a read connection to the store at `dbPath`; throws store::StoreError on failure.
    ReqMonitor(const std::string& dbPath, const Hub& hub);
    ~ReqMonitor() override;

    void post(Msg msg) { m_inbox.push(std::move(msg)); }

private:
    void run() override;
    void deliver(const nostr::Event& event, uint64_t seq);
    void deliverInternal(uint64_t seq, const std::shared_ptr<const nostr::Event>& event);
    void catchUp(uint64_t afterSeq, const ConnId* onlyConn, const std::string* onlySub);

    const Hub& m_hub;
    std::unique_ptr<store::Database> m_db;
    Inbox<Msg> m_inbox;
    LiveIndex m_index;
    uint64_t m_lastSeq = 0; // highest stored seq already matched
    std::vector<LiveIndex::Target> m_targets;
    struct Internal { std::string key; std::vector<nostr::Filter> filters; InternalSink sink; };
    std::vector<Internal> m_internal; // a few at most: tested one by one
};

} // namespace roost::relay
