#include "relay/ReqMonitor.h"

#include "nostr/Canonical.h"
#include "nostr/EventParser.h"
#include "nostr/Messages.h"
#include "relay/Listener.h"
#include "store/Database.h"
#include "store/FilterScan.h"

#include <cstdio>

namespace roost::relay {

namespace {
constexpr size_t kCatchUpBatch = 1000;
}

ReqMonitor::ReqMonitor(const std::string& dbPath, const Hub& hub) : RoleThread("roost-monitor"), m_hub(hub) {
    store::Database::Options options;
    options.mode = store::Database::Mode::ReadOnly;
    m_db = store::Database::open(dbPath, options);
    m_lastSeq = m_db->maxSeq();
}

ReqMonitor::~ReqMonitor() { join(); }

void ReqMonitor::run() {
    std::vector<Msg> batch;
    for (;;) {
        batch.clear();
        m_inbox.popBatch(batch, 1024);
        for (Msg& msg : batch) {
            if (auto* ev = std::get_if<NewEvent>(&msg)) {
                // A stored event already seen by a Poll (external-writer catch-up) is skipped.
                if (ev->seq != 0) {
                    if (ev->seq <= m_lastSeq) continue;
                    // Rows between m_lastSeq and this one came from another writer.
                    if (ev->seq > m_lastSeq + 1) catchUp(m_lastSeq, nullptr, nullptr);
                    if (ev->seq <= m_lastSeq) continue;
                    m_lastSeq = ev->seq;
                }
                deliver(*ev->event, ev->seq);
                if (ev->seq != 0) deliverInternal(ev->seq, ev->event);
                if (ev->credit) releaseInput(m_hub, ev->conn, *ev->credit, ev->creditBytes);
            } else if (auto* sub = std::get_if<Subscribe>(&msg)) {
                // A closed connection's subscription is neither answered nor indexed (under a REQ
                // flood thousands can queue here behind the connection's end).
                if (sub->credit && sub->credit->closed.load(std::memory_order_acquire)) continue;
                // EOSE goes out behind the stored events the ReqWorker queued, and before any live one.
                m_hub.listener->post(Listener::SendFrames{sub->conn, {nostr::makeEoseMessage(sub->subId)}});
                m_index.add(sub->conn, sub->subId, std::move(sub->filters), sub->snapshotSeq);
                if (sub->snapshotSeq < m_lastSeq) catchUp(sub->snapshotSeq, &sub->conn, &sub->subId);
            } else if (auto* unsub = std::get_if<Unsubscribe>(&msg)) {
                m_index.remove(unsub->conn, unsub->subId);
            } else if (auto* closed = std::get_if<ConnectionClosed>(&msg)) {
                m_index.removeConnection(closed->conn);
            } else if (auto* internal = std::get_if<SubscribeInternal>(&msg)) {
                std::erase_if(m_internal, [&](const Internal& i) { return i.key == internal->key; });
                m_internal.push_back(Internal{std::move(internal->key), std::move(internal->filters), std::move(internal->sink)});
            } else if (auto* gone = std::get_if<UnsubscribeInternal>(&msg)) {
                std::erase_if(m_internal, [&](const Internal& i) { return i.key == gone->key; });
            } else if (std::holds_alternative<Poll>(msg)) {
                try {
                    if (m_db->maxSeq() > m_lastSeq) catchUp(m_lastSeq, nullptr, nullptr);
                } catch (const store::StoreError& e) {
                    std::fprintf(stderr, "roost: monitor poll failed: %s\n", e.what());
                }
            } else {
                return;
            }
        }
    }
}

void ReqMonitor::deliverInternal(uint64_t seq, const std::shared_ptr<const nostr::Event>& event) {
    for (const Internal& i : m_internal)
        if (nostr::matchesAny(i.filters, *event)) i.sink(seq, event);
}

void ReqMonitor::deliver(const nostr::Event& event, uint64_t seq) {
    m_targets.clear();
    m_index.match(event, seq, m_targets);
    if (m_targets.empty()) return;
    auto json = std::make_shared<const std::string>(nostr::serializeEvent(event));
    m_hub.listener->post(Listener::Fanout{std::move(json), std::move(m_targets)});
    m_targets = {};
}

// Reads stored rows after `afterSeq` and matches them. With `onlyConn`/`onlySub`: only for that
// subscription and only up to m_lastSeq (its live stage takes over from there). Without: for
// every subscription, advancing m_lastSeq (rows written by another process).
void ReqMonitor::catchUp(uint64_t afterSeq, const ConnId* onlyConn, const std::string* onlySub) {
    uint64_t from = afterSeq;
    const uint64_t upTo = onlyConn ? m_lastSeq : UINT64_MAX;
    for (;;) {
        std::vector<store::StoredEvent> rows = store::eventsAfter(*m_db, from, kCatchUpBatch);
        if (rows.empty()) return;
        std::vector<std::string> frames;
        for (const store::StoredEvent& row : rows) {
            if (row.seq > upTo) break;
            from = row.seq;
            nostr::Event event;
            try {
                event = nostr::parseEvent(row.json);
            } catch (const nostr::ParseError&) {
                continue; // a row another writer stored badly cannot be matched
            }
            if (onlyConn) {
                if (m_index.matchesSubscription(*onlyConn, *onlySub, event))
                    frames.push_back(nostr::makeEventMessage(*onlySub, row.json));
                continue;
            }
            m_lastSeq = row.seq;
            if (!m_internal.empty()) deliverInternal(row.seq, std::make_shared<const nostr::Event>(event));
            m_targets.clear();
            m_index.match(event, row.seq, m_targets);
            if (m_targets.empty()) continue;
            m_hub.listener->post(
                Listener::Fanout{std::make_shared<const std::string>(row.json), std::move(m_targets)});
            m_targets = {};
        }
        if (onlyConn && !frames.empty()) m_hub.listener->post(Listener::SendFrames{*onlyConn, std::move(frames)});
        if (rows.size() < kCatchUpBatch || from >= upTo) return;
    }
}

} // namespace roost::relay
