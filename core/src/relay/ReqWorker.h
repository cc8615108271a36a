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
    struct StartReq { ConnId conn; std::string subId; std::vector<nostr::Filter> filters; };
    struct CloseSub { ConnId conn; std::string subId; };
    struct Count { ConnId conn; std::string subId; std::vector<nostr::Filter> filters; };
    struct ConnectionClosed { ConnId conn; };
    /// NIP-77 NEG-OPEN: `filter` already carries the connection's DM restriction; `hex` is the
    /// client's initial message as received.
    struct NegOpen { ConnId conn; std::string subId; nostr::Filter filter; std::string hex; };
    /// NIP-77 NEG-MSG and NEG-CLOSE.
    struct NegMsg { ConnId conn; std::string subId; std::string hex; };
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

private:
    void run() override;
    bool handle(Msg& msg); // false on Stop
    /// Sends NEG-ERR "closed:" for the sessions idle past negentropy/idle_timeout.
    void expireNegentropy();

    int m_index;
    const Hub& m_hub;
    std::unique_ptr<store::Database> m_db;
    Inbox<Msg> m_inbox;
    QueryScheduler m_scheduler;
    NegSessions m_negentropy; // NIP-77 sessions of the connections this worker serves
};

} // namespace roost::relay
