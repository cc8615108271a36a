#include "sync/SyncStore.h"

#include "nostr/Verify.h"
#include "policy/EventLimits.h"
#include "store/FilterScan.h"

#include <QDir>

#include <algorithm>
#include <limits>

namespace roost::sync {

SyncStore::SyncStore(const RelayConfig& config) : m_config(config), m_rules(policy::compileAccess(config)) {
    const QString dir = config.dataDir.isEmpty() ? defaultDataDir() : config.dataDir;
    if (!QDir().mkpath(dir)) throw store::StoreError("cannot create data directory " + dir.toStdString());
    m_db = store::Database::open(QDir(dir).filePath(QStringLiteral("roost.db")).toStdString());
    m_writer = std::make_unique<store::EventWriter>(*m_db);
}

void SyncStore::collect(const nostr::Filter& filter, NegVectorStorage& out) {
    nostr::Filter all = filter;
    all.limit.reset();
    store::FilterScan scan(*m_db, all, m_db->maxSeq(), std::numeric_limits<uint32_t>::max());
    std::vector<store::StoredEvent> batch;
    for (;;) {
        batch.clear();
        const bool done = scan.next(batch, 4096);
        for (const store::StoredEvent& ev : batch) out.insert(uint64_t(ev.createdAt), ev.id);
        if (done) break;
    }
    out.seal();
}

std::optional<std::string> SyncStore::admit(const nostr::Event& event, int64_t now) const {
    if (std::binary_search(m_rules->banned.begin(), m_rules->banned.end(), event.pubkey))
        return std::string("blocked: the author is banned here");
    // History is what a sync brings: no created_at floor.
    if (auto bad = policy::checkStorable(event, m_config, now, {.ageFloor = false})) return bad;
    return nostr::verifyEvent(event);
}

std::vector<store::WriteResult> SyncStore::write(std::span<const nostr::Event* const> events) {
    if (events.empty()) return {};
    return m_writer->writeBatch(events);
}

std::vector<std::pair<nostr::Id, std::string>> SyncStore::eventJsons(std::span<const nostr::Id> ids) {
    if (ids.empty()) return {};
    nostr::Filter byId;
    byId.ids = std::vector<nostr::Id>(ids.begin(), ids.end());
    std::sort(byId.ids->begin(), byId.ids->end());
    byId.ids->erase(std::unique(byId.ids->begin(), byId.ids->end()), byId.ids->end());
    std::vector<std::pair<nostr::Id, std::string>> out;
    out.reserve(ids.size());
    for (store::StoredEvent& ev : store::queryEvents(*m_db, {byId}, std::numeric_limits<uint32_t>::max()))
        out.emplace_back(ev.id, std::move(ev.json));
    return out;
}

} // namespace roost::sync
