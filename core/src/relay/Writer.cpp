#include "relay/Writer.h"

#include "nostr/Messages.h"
#include "policy/AccessPolicy.h"
#include "policy/KnownKeys.h"
#include "relay/LiveConfig.h"
#include "relay/Listener.h"
#include "relay/Metrics.h"
#include "relay/ReqMonitor.h"
#include "store/ContactLists.h"
#include "store/Database.h"
#include "store/EventWriter.h"
#include "store/HeldEvents.h"
#include "store/Statement.h"

#include <QDateTime>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <unordered_map>

namespace roost::relay {

namespace {
constexpr size_t kMaxBatch = 1000;
}

Writer::Writer(const std::string& dbPath, bool synchronousFull, const Hub& hub)
    : RoleThread("roost-writer"), m_hub(hub), m_dbPath(dbPath), m_synchronousFull(synchronousFull) {
    store::Database::Options options;
    options.mode = store::Database::Mode::ReadWrite;
    options.synchronousFull = synchronousFull;
    m_db = store::Database::open(dbPath, options);
}

Writer::~Writer() { join(); }

void Writer::reopen() {
    store::Database::Options options;
    options.mode = store::Database::Mode::ReadWrite;
    options.synchronousFull = m_synchronousFull;
    try {
        auto fresh = store::Database::open(m_dbPath, options);
        m_db = std::move(fresh);
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "roost: cannot reopen the store after a failed write (will retry): %s\n", e.what());
    }
}

void Writer::run() {
    refreshKnown();
    std::vector<Msg> batch;
    std::vector<Write> writes;
    bool stopping = false;
    while (!stopping) {
        batch.clear();
        m_inbox.popBatch(batch, kMaxBatch);
        for (Msg& msg : batch) {
            if (auto* w = std::get_if<Write>(&msg)) {
                writes.push_back(std::move(*w));
            } else if (auto* expired = std::get_if<DeleteExpired>(&msg)) {
                try {
                    store::EventWriter(*m_db).deleteExpired(expired->now);
                } catch (const store::StoreError& e) {
                    std::fprintf(stderr, "roost: deleting expired events failed: %s\n", e.what());
                }
            } else if (auto* run = std::get_if<Run>(&msg)) {
                if (!writes.empty()) commitBatch(writes);
                writes.clear();
                run->job(*m_db);
            } else if (std::holds_alternative<RefreshKnown>(msg)) {
                refreshKnown();
            } else if (std::holds_alternative<Checkpoint>(msg)) {
                sqlite3_wal_checkpoint_v2(m_db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            } else {
                stopping = true; // still commit what came before Stop
            }
        }
        if (!writes.empty()) commitBatch(writes);
        writes.clear();
    }
}

void Writer::refreshKnown() {
    const auto rules = policy::compileAccess(*m_hub.config->get());
    try {
        m_hub.known->set(policy::computeKnownKeys(rules->owners, rules->knownDepth,
                                                  [this](const policy::KeySet& authors) { return store::followsOf(*m_db, authors); }));
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "roost: cannot compute the Known keys: %s\n", e.what());
    }
}

void Writer::commitHeld(std::vector<Write>& writes) {
    std::unordered_map<ConnId, std::vector<std::string>> replies;
    try {
        store::Transaction txn(*m_db, true);
        std::vector<store::HoldStatus> status;
        std::vector<std::string> reasons(writes.size());
        const int64_t now = QDateTime::currentSecsSinceEpoch();
        for (size_t i = 0; i < writes.size(); ++i) status.push_back(store::holdEvent(*m_db, writes[i].event, now, &reasons[i]));
        txn.commit();
        for (size_t i = 0; i < writes.size(); ++i) {
            const Write& w = writes[i];
            if (!w.conn) continue;
            switch (status[i]) {
            case store::HoldStatus::Held:
                replies[w.conn].push_back(nostr::makeOkMessage(
                    w.event.id, true, "held for review: published here once the relay's operator approves it"));
                break;
            case store::HoldStatus::Duplicate:
                replies[w.conn].push_back(nostr::makeOkMessage(w.event.id, true, "duplicate: already have this event"));
                break;
            case store::HoldStatus::Refused:
                replies[w.conn].push_back(nostr::makeOkMessage(w.event.id, false, reasons[i]));
                break;
            case store::HoldStatus::Full:
                replies[w.conn].push_back(nostr::makeOkMessage(w.event.id, false, "blocked: the review queue is full"));
                break;
            }
        }
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "roost: holding events for review failed: %s\n", e.what());
        for (const Write& w : writes)
            if (w.conn) replies[w.conn].push_back(nostr::makeOkMessage(w.event.id, false, "error: could not save the event"));
    }
    for (auto& [conn, texts] : replies) m_hub.listener->post(Listener::SendFrames{conn, std::move(texts)});
    for (const Write& w : writes)
        if (w.credit) releaseInput(m_hub, w.conn, *w.credit, w.creditBytes);
}

void Writer::commitBatch(std::vector<Write>& writes) {
    if (std::any_of(writes.begin(), writes.end(), [](const Write& w) { return w.hold; })) {
        std::vector<Write> held, rest;
        for (Write& w : writes) (w.hold ? held : rest).push_back(std::move(w));
        writes = std::move(rest);
        commitHeld(held);
        if (writes.empty()) return;
    }
    std::vector<const nostr::Event*> events;
    events.reserve(writes.size());
    for (const Write& w : writes) events.push_back(&w.event);

    std::unordered_map<ConnId, std::vector<std::string>> replies;
    std::vector<store::WriteResult> results;
    const auto started = std::chrono::steady_clock::now();
    try {
        results = store::EventWriter(*m_db).writeBatch(events);
        Metrics& metrics = *m_hub.metrics;
        metrics.commitSeconds.observe(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        metrics.writerBatchSize.observe(double(events.size()));
        metrics.eventsWritten.fetch_add(size_t(std::count_if(results.begin(), results.end(), [](const store::WriteResult& r) {
                                            return r.status == store::WriteStatus::Stored;
                                        })), std::memory_order_relaxed);
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "roost: write failed: %s\n", e.what());
        for (const Write& w : writes)
            if (w.conn) replies[w.conn].push_back(
                nostr::makeOkMessage(w.event.id, false, "error: could not save the event"));
        for (auto& [conn, texts] : replies) m_hub.listener->post(Listener::SendFrames{conn, std::move(texts)});
        for (const Write& w : writes)
            if (w.credit) releaseInput(m_hub, w.conn, *w.credit, w.creditBytes);
        for (const Write& w : writes)
            if (w.committed) w.committed({store::WriteStatus::Rejected, 0, "error: could not save the event"});
        reopen();
        return;
    }

    // Approved held events leave the queue once written (a crash before this leaves them both
    // stored and held: approving again answers duplicate and drops them).
    if (std::any_of(writes.begin(), writes.end(), [](const Write& w) { return w.fromHold; })) {
        try {
            store::Transaction txn(*m_db, true);
            for (const Write& w : writes)
                if (w.fromHold) store::dropHeld(*m_db, w.event.id);
            txn.commit();
        } catch (const store::StoreError& e) {
            std::fprintf(stderr, "roost: clearing approved held events failed: %s\n", e.what());
        }
    }

    // A new contact list of an owner (or, at depth 2, of a followed key) changes the Known level.
    // It is recomputed before the OKs go out, so the publisher's next message already sees it.
    auto storedContactList = [&](size_t i) { return results[i].status == store::WriteStatus::Stored && writes[i].event.kind == 3; };
    bool anyContactList = false;
    for (size_t i = 0; i < writes.size() && !anyContactList; ++i) anyContactList = storedContactList(i);
    if (anyContactList) {
        const auto rules = policy::compileAccess(*m_hub.config->get());
        const auto known = m_hub.known->get();
        bool contactsChanged = false;
        for (size_t i = 0; i < writes.size() && rules->knownDepth > 0; ++i) {
            if (!storedContactList(i)) continue;
            const nostr::PubKey& author = writes[i].event.pubkey;
            contactsChanged |= std::binary_search(rules->owners.begin(), rules->owners.end(), author) ||
                               (rules->knownDepth >= 2 && std::binary_search(known->begin(), known->end(), author));
        }
        if (contactsChanged) refreshKnown();
    }

    for (size_t i = 0; i < writes.size(); ++i) {
        Write& w = writes[i];
        const store::WriteResult& r = results[i];
        if (w.conn) replies[w.conn].push_back(nostr::makeOkMessage(w.event.id, r.accepted(), r.reason));
        if (w.committed) w.committed(r);
        if (r.status == store::WriteStatus::Stored)
            m_hub.monitor->post(ReqMonitor::NewEvent{r.seq, std::make_shared<const nostr::Event>(std::move(w.event))});
    }
    for (auto& [conn, texts] : replies) m_hub.listener->post(Listener::SendFrames{conn, std::move(texts)});
    for (const Write& w : writes)
        if (w.credit) releaseInput(m_hub, w.conn, *w.credit, w.creditBytes);
}

} // namespace roost::relay
