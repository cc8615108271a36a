#include "relay/ReqWorker.h"

#include "nostr/Messages.h"
#include "relay/Listener.h"
#include "relay/ReqMonitor.h"
#include "store/Database.h"
#include "store/FilterScan.h"

#include <chrono>
#include <cstdio>

namespace roost::relay {

namespace {
// A slice ends after this many events or this much time, whichever comes first.
constexpr size_t kSliceEvents = 256;
constexpr auto kSliceTime = std::chrono::milliseconds(5);
} // namespace

/// One REQ in its stored-events stage: its filters are scanned one after the other.
struct ReqWorker::Query {
    ConnId conn;
    std::string subId;
    std::vector<nostr::Filter> filters;
    uint64_t snapshotSeq = 0;
    size_t filterIndex = 0;
    std::unique_ptr<store::FilterScan> scan;
    std::unordered_set<uint64_t> sent; // seqs already sent, for filters that overlap
};

ReqWorker::ReqWorker(int index, const std::string& dbPath, uint32_t defaultLimit, const Hub& hub)
    : m_index(index), m_defaultLimit(defaultLimit), m_hub(hub) {
    store::Database::Options options;
    options.mode = store::Database::Mode::ReadOnly;
    m_db = store::Database::open(dbPath, options);
}

ReqWorker::~ReqWorker() { join(); }

void ReqWorker::start() { m_thread = std::thread([this] { run(); }); }

void ReqWorker::join() {
    if (m_thread.joinable()) m_thread.join();
}

void ReqWorker::run() {
    setThreadName(("roost-req" + std::to_string(m_index)).c_str());
    std::vector<Msg> batch;
    for (;;) {
        batch.clear();
        bool runnable = false;
        for (const auto& q : m_queries)
            if (!m_congested.contains(q->conn)) { runnable = true; break; }
        if (runnable)
            m_inbox.tryPopBatch(batch, 256);
        else if (m_queries.empty())
            m_inbox.popBatch(batch, 256);
        else
            m_inbox.popBatch(batch, 256, std::chrono::milliseconds(50)); // all paused: wait for Congestion
        for (Msg& msg : batch)
            if (!handle(msg)) return;

        // One slice for each runnable query, round robin.
        for (auto it = m_queries.begin(); it != m_queries.end();) {
            Query& q = **it;
            if (m_congested.contains(q.conn)) { ++it; continue; }
            bool done = true;
            try {
                done = runSlice(q);
            } catch (const store::StoreError& e) {
                std::fprintf(stderr, "roost: query failed: %s\n", e.what());
                m_hub.listener->post(Listener::SendFrames{
                    q.conn, {nostr::makeClosedMessage(q.subId, "error: query failed")}});
                it = m_queries.erase(it);
                continue;
            }
            it = done ? m_queries.erase(it) : std::next(it);
        }
    }
}

bool ReqWorker::handle(Msg& msg) {
    if (auto* start = std::get_if<StartReq>(&msg)) {
        cancel(start->conn, start->subId);
        auto q = std::make_unique<Query>();
        q->conn = start->conn;
        q->subId = std::move(start->subId);
        q->filters = std::move(start->filters);
        q->snapshotSeq = m_db->maxSeq();
        m_queries.push_back(std::move(q));
    } else if (auto* close = std::get_if<CloseSub>(&msg)) {
        cancel(close->conn, close->subId);
    } else if (auto* count = std::get_if<Count>(&msg)) {
        std::string reply;
        try {
            reply = nostr::makeCountMessage(count->subId, store::countEvents(*m_db, count->filters));
        } catch (const store::StoreError& e) {
            reply = nostr::makeClosedMessage(count->subId, "error: count failed");
        }
        m_hub.listener->post(Listener::SendFrames{count->conn, {std::move(reply)}});
    } else if (auto* closed = std::get_if<ConnectionClosed>(&msg)) {
        std::erase_if(m_queries, [&](const auto& q) { return q->conn == closed->conn; });
        m_congested.erase(closed->conn);
        m_hub.monitor->post(ReqMonitor::ConnectionClosed{closed->conn});
    } else if (auto* cong = std::get_if<Congestion>(&msg)) {
        if (cong->congested) m_congested.insert(cong->conn);
        else m_congested.erase(cong->conn);
    } else {
        return false;
    }
    return true;
}

void ReqWorker::cancel(ConnId conn, const std::string& subId) {
    std::erase_if(m_queries, [&](const auto& q) { return q->conn == conn && q->subId == subId; });
    // The live stage may already be registered; the monitor drops it (in order with Subscribe).
    m_hub.monitor->post(ReqMonitor::Unsubscribe{conn, subId});
}

bool ReqWorker::runSlice(Query& q) {
    using clock = std::chrono::steady_clock;
    const auto deadline = clock::now() + kSliceTime;
    std::vector<std::string> frames;
    std::vector<store::StoredEvent> found;
    size_t sentInSlice = 0;
    while (sentInSlice < kSliceEvents && clock::now() < deadline) {
        if (q.filterIndex >= q.filters.size()) break;
        if (!q.scan)
            q.scan = std::make_unique<store::FilterScan>(*m_db, q.filters[q.filterIndex], q.snapshotSeq,
                                                         m_defaultLimit);
        found.clear();
        const bool scanDone = q.scan->next(found, 64);
        for (const store::StoredEvent& ev : found) {
            if (q.filters.size() > 1 && !q.sent.insert(ev.seq).second) continue;
            frames.push_back(nostr::makeEventMessage(q.subId, ev.json));
            ++sentInSlice;
        }
        if (scanDone) {
            q.scan.reset();
            ++q.filterIndex;
        }
    }
    const bool finished = q.filterIndex >= q.filters.size();
    if (finished) frames.push_back(nostr::makeEoseMessage(q.subId));
    if (!frames.empty()) m_hub.listener->post(Listener::SendFrames{q.conn, std::move(frames)});
    if (finished)
        m_hub.monitor->post(ReqMonitor::Subscribe{q.conn, q.subId, std::move(q.filters), q.snapshotSeq});
    return finished;
}

} // namespace roost::relay
