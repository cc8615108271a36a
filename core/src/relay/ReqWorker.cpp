#include "relay/ReqWorker.h"

#include "nostr/Messages.h"
#include "relay/LiveConfig.h"
#include "relay/Listener.h"
#include "relay/ReqJob.h"
#include "relay/ReqMonitor.h"
#include "store/Database.h"
#include "store/FilterScan.h"

#include <chrono>
#include <cstdio>

namespace roost::relay {

ReqWorker::ReqWorker(int index, const std::string& dbPath, const Hub& hub)
    : RoleThread("roost-req" + std::to_string(index)), m_index(index), m_hub(hub) {
    store::Database::Options options;
    options.mode = store::Database::Mode::ReadOnly;
    m_db = store::Database::open(dbPath, options);
}

ReqWorker::~ReqWorker() { join(); }

void ReqWorker::run() {
    std::vector<Msg> batch;
    for (;;) {
        batch.clear();
        if (m_scheduler.hasRunnable())
            m_inbox.tryPopBatch(batch, 256);
        else if (m_scheduler.empty())
            m_inbox.popBatch(batch, 256);
        else
            m_inbox.popBatch(batch, 256, std::chrono::milliseconds(50)); // all paused: wait for Congestion
        for (Msg& msg : batch)
            if (!handle(msg)) return;

        m_scheduler.runRound([this](ScanJob& job, const char* what) {
            std::fprintf(stderr, "roost: query failed: %s\n", what);
            m_hub.listener->post(Listener::SendFrames{
                job.conn(), {nostr::makeClosedMessage(job.subscriptionId(), "error: query failed")}});
        });
    }
}

bool ReqWorker::handle(Msg& msg) {
    if (auto* start = std::get_if<StartReq>(&msg)) {
        // A REQ with an open subscription id replaces it, in the live stage too.
        m_hub.monitor->post(ReqMonitor::Unsubscribe{start->conn, start->subId});
        m_scheduler.add(std::make_unique<ReqJob>(*m_db, m_hub, start->conn, std::move(start->subId),
                                                 std::move(start->filters), m_db->maxSeq(),
                                                 m_hub.config->get()->limits.defaultLimit));
    } else if (auto* close = std::get_if<CloseSub>(&msg)) {
        m_scheduler.cancel(close->conn, close->subId);
        m_hub.monitor->post(ReqMonitor::Unsubscribe{close->conn, close->subId});
    } else if (auto* count = std::get_if<Count>(&msg)) {
        std::string reply;
        try {
            reply = nostr::makeCountMessage(count->subId, store::countEvents(*m_db, count->filters));
        } catch (const store::StoreError&) {
            reply = nostr::makeClosedMessage(count->subId, "error: count failed");
        }
        m_hub.listener->post(Listener::SendFrames{count->conn, {std::move(reply)}});
    } else if (auto* closed = std::get_if<ConnectionClosed>(&msg)) {
        m_scheduler.cancelConnection(closed->conn);
        m_hub.monitor->post(ReqMonitor::ConnectionClosed{closed->conn});
    } else if (auto* run = std::get_if<Run>(&msg)) {
        run->job(*m_db);
    } else if (auto* cong = std::get_if<Congestion>(&msg)) {
        m_scheduler.setCongested(cong->conn, cong->congested);
    } else {
        return false;
    }
    return true;
}

} // namespace roost::relay
