#include "relay/ReqWorker.h"

#include "nostr/Messages.h"
#include "relay/LiveConfig.h"
#include "relay/Listener.h"
#include "relay/CountJob.h"
#include "relay/ReqJob.h"
#include "relay/ReqMonitor.h"
#include "store/Database.h"
#include "store/FilterScan.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <cstdio>

namespace roost::relay {

ReqWorker::ReqWorker(int index, const std::string& dbPath, const Hub& hub)
    : RoleThread("roost-req" + std::to_string(index)), m_hub(hub) {
    store::Database::Options options;
    options.mode = store::Database::Mode::ReadOnly;
    m_db = store::Database::open(dbPath, options);
}

ReqWorker::~ReqWorker() { join(); }

void ReqWorker::run() {
    std::vector<Msg> batch;
    for (;;) {
        batch.clear();
        // Idle negentropy sessions must be closed on time even when no message comes.
        std::optional<std::chrono::steady_clock::duration> wait;
        if (const auto deadline = m_negentropy.nextDeadline(std::chrono::seconds(m_hub.config->get()->negentropy.idleTimeout)))
            wait = std::max<std::chrono::steady_clock::duration>(*deadline - std::chrono::steady_clock::now(),
                                                                 std::chrono::milliseconds(1));
        if (m_scheduler.hasRunnable())
            m_inbox.tryPopBatch(batch, 256);
        else if (!m_scheduler.empty()) // all paused: wait for Congestion
            m_inbox.popBatch(batch, 256, std::min<std::chrono::steady_clock::duration>(wait.value_or(std::chrono::milliseconds(50)), std::chrono::milliseconds(50)));
        else if (wait)
            m_inbox.popBatch(batch, 256, *wait);
        else
            m_inbox.popBatch(batch, 256);
        for (Msg& msg : batch)
            if (!handle(msg)) return;
        if (m_dropReads.load(std::memory_order_acquire)) m_scheduler.clear();
        if (!m_negentropy.empty()) expireNegentropy();

        m_scheduler.runRound([this](ScanJob& job, const char* what) {
            std::fprintf(stderr, "roost: query failed: %s\n", what);
            m_hub.listener->post(Listener::SendFrames{
                job.conn(), {nostr::makeClosedMessage(job.subscriptionId(), "error: query failed")}});
        });
    }
}

bool ReqWorker::handle(Msg& msg) {
    // Reads of a closed connection, or any read once shutdown began, are skipped unanswered.
    const bool drop = m_dropReads.load(std::memory_order_acquire);
    if (auto* start = std::get_if<StartReq>(&msg)) {
        if (drop || start->ticket.cancelled()) return true;
        // A REQ with an open subscription id replaces it, in the live stage too.
        m_hub.monitor->post(ReqMonitor::Unsubscribe{start->conn, start->subId});
        m_scheduler.add(std::make_unique<ReqJob>(*m_db, m_hub, start->conn, std::move(start->subId),
                                                 std::move(start->filters), m_db->maxSeq(),
                                                 m_hub.config->get()->limits.defaultLimit, std::move(start->ticket)));
    } else if (auto* close = std::get_if<CloseSub>(&msg)) {
        m_scheduler.cancel(close->conn, close->subId);
        m_hub.monitor->post(ReqMonitor::Unsubscribe{close->conn, close->subId});
    } else if (auto* count = std::get_if<Count>(&msg)) {
        if (drop || count->ticket.cancelled()) return true;
        m_scheduler.add(std::make_unique<CountJob>(*m_db, m_hub, count->conn, std::move(count->subId),
                                                   std::move(count->filters), m_db->maxSeq(), std::move(count->ticket)));
    } else if (auto* closed = std::get_if<ConnectionClosed>(&msg)) {
        m_scheduler.cancelConnection(closed->conn);
        m_negentropy.closeConnection(closed->conn);
        m_hub.monitor->post(ReqMonitor::ConnectionClosed{closed->conn});
    } else if (auto* open = std::get_if<NegOpen>(&msg)) {
        if (drop || open->ticket.cancelled()) return true;
        const auto config = m_hub.config->get();
        const int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                                std::chrono::system_clock::now().time_since_epoch()).count();
        m_hub.listener->post(Listener::SendFrames{
            open->conn, {m_negentropy.open(*m_db, config->negentropy, open->conn, open->subId, open->filter, open->hex, now)}});
    } else if (auto* neg = std::get_if<NegMsg>(&msg)) {
        if (drop || neg->ticket.cancelled()) return true;
        const auto config = m_hub.config->get();
        m_hub.listener->post(Listener::SendFrames{
            neg->conn, {m_negentropy.message(config->negentropy, neg->conn, neg->subId, neg->hex)}});
    } else if (auto* negClose = std::get_if<NegClose>(&msg)) {
        m_negentropy.close(negClose->conn, negClose->subId);
    } else if (auto* run = std::get_if<Run>(&msg)) {
        run->job(*m_db);
    } else if (auto* cong = std::get_if<Congestion>(&msg)) {
        m_scheduler.setCongested(cong->conn, cong->congested);
    } else {
        return false;
    }
    return true;
}

void ReqWorker::expireNegentropy() {
    const auto timeout = std::chrono::seconds(m_hub.config->get()->negentropy.idleTimeout);
    for (NegSessions::Reply& reply : m_negentropy.expire(std::chrono::steady_clock::now(), timeout))
        m_hub.listener->post(Listener::SendFrames{reply.conn, {std::move(reply.frame)}});
}

} // namespace roost::relay
