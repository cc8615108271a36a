#pragma once
// ReqWorker thread: the stored-events stage of REQ and COUNT. Runs each filter scan for a small
// budget, then moves on, so one huge query never delays a small one; pauses the scans of a
// connection whose socket is backed up (DESIGN.md §Threads).
#include "nostr/Filter.h"
#include "relay/Hub.h"
#include "relay/Inbox.h"
#include "relay/NegSessions.h"
#include "relay/RoleThread.h"
#include "relay/QueryScheduler.h"
#include "relay/ReadTicket.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <variant>
#include <vector>

namespace roost::store { class Database; }

namespace roost::relay {

class ReqWorker final : public RoleThread {
public:
    /// Read work carries the connection's ReadTicket (see ReadTicket.h): work of a closed
    /// connection is skipped, and the slot is given back when the work is done or dropped.
    struct StartReq { ConnId conn; std::string subId; std::vector<nostr::Filter> filters; ReadTicket ticket = {}; };
    struct CloseSub { ConnId conn; std::string subId; };
    /// NIP-45 COUNT: time-sliced like a REQ scan (CountJob).
    struct Count { ConnId conn; std::string subId; std::vector<nostr::Filter> filters; ReadTicket ticket = {}; };
    struct ConnectionClosed { ConnId conn; };
    /// NIP-77 NEG-OPEN: `filter` already carries the connection's DM restriction; `hex` is the
    /// client's initial message as received.
    struct NegOpen { ConnId conn; std::string subId; nostr::Filter filter; std::string hex; ReadTicket ticket = {}; };
    /// NIP-77 NEG-MSG and NEG-CLOSE.
    struct NegMsg { ConnId conn; std::string subId; std::string hex; ReadTicket ticket = {}; };
    struct NegClose { ConnId conn; std::string subId; };
    /// From the Listener: the connection's output buffer crossed a watermark.
    struct Congestion { ConnId conn; bool congested; };
    /// A read-only store command (the facade's queries) run on this worker's read connection.
    struct Run { std::function<void(store::Database&)> job; };
    struct Stop {};
    using Msg = std::variant<StartReq, CloseSub, Count, ConnectionClosed, NegOpen, NegMsg, NegClose, Congestion, Run, Stop>;

    /// Opens a read connection to the store at `dbPath`; throws store::StoreError on failure.
    ReqWorker(int index, const std::string& dbPath, const Hub& hub);
    ~ReqWorker() override;

    void post(Msg msg) { m_inbox.push(std::move(msg)); }
    /// Relay shutdown: from now on queued and running REQ scans, COUNTs and negentropy messages
    /// are dropped unanswered (the connections are closing), so Stop is reached at once.
    /// Thread-safe; Run jobs (the facade's queries) still run.
    void dropQueuedReads() { m_dropReads.store(true, std::memory_order_release); m_inbox.push(Congestion{0, false}); }

private:
    void run() override;
    bool handle(Msg& msg); // false on Stop
    /// Sends NEG-ERR "closed:" for the sessions idle past negentropy/idle_timeout.
    void expireNegentropy();

    const Hub& m_hub;
    std::unique_ptr<store::Database> m_db;
    Inbox<Msg> m_inbox;
    QueryScheduler m_scheduler;
    NegSessions m_negentropy; // NIP-77 sessions of the connections this worker serves
    std::atomic<bool> m_dropReads{false};
};

} // namespace roost::relay
