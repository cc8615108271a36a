#include "store/HeldEvents.h"

#include "nostr/Canonical.h"
#include "store/Statement.h"
#include "store/Tombstones.h"

#include <sqlite3.h>

#include <algorithm>

namespace roost::store {

namespace {

constexpr const char* kStored = "SELECT 1 FROM events WHERE id=?1";
constexpr const char* kInsert =
    "INSERT INTO held_events(id, pubkey, kind, created_at, held_at, json) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
    "ON CONFLICT(id) DO NOTHING";
constexpr const char* kCount = "SELECT COUNT(*) FROM held_events";
constexpr const char* kList =
    "SELECT id, pubkey, kind, created_at, held_at, json FROM held_events ORDER BY held_at DESC, id LIMIT ?1";
constexpr const char* kFind = "SELECT id, pubkey, kind, created_at, held_at, json FROM held_events WHERE id=?1";
constexpr const char* kDrop = "DELETE FROM held_events WHERE id=?1";

HeldEvent rowOf(const Statement& q) {
    HeldEvent h;
    q.columnArray(0, h.id);
    q.columnArray(1, h.pubkey);
    h.kind = uint32_t(q.columnInt(2));
    h.createdAt = q.columnInt(3);
    h.heldAt = q.columnInt(4);
    h.json.assign(q.columnBytes(5));
    return h;
}

} // namespace

HoldStatus holdEvent(Database& db, const nostr::Event& event, int64_t now, std::string* reason) {
    Transaction txn(db, true);
    {
        Statement stored(db, kStored);
        if (stored.bindBlob(1, event.id).step()) return HoldStatus::Duplicate;
    }
    if (auto blocked = tombstoneFor(db, event)) {
        if (reason) *reason = *blocked;
        return HoldStatus::Refused;
    }
    if (findHeld(db, event.id)) return HoldStatus::Duplicate;
    if (heldCount(db) >= kMaxHeldEvents) return HoldStatus::Full;
    Statement insert(db, kInsert);
    insert.bindBlob(1, event.id).bindBlob(2, event.pubkey).bind(3, int64_t(event.kind)).bind(4, event.createdAt);
    insert.bind(5, now).bindBlob(6, nostr::serializeEvent(event)).run();
    txn.commit();
    return HoldStatus::Held;
}

std::vector<HeldEvent> heldEvents(Database& db, size_t limit) {
    std::vector<HeldEvent> out;
    Statement q(db, kList);
    q.bind(1, int64_t(std::min<size_t>(limit, INT64_MAX)));
    while (q.step()) out.push_back(rowOf(q));
    return out;
}

std::optional<HeldEvent> findHeld(Database& db, const nostr::Id& id) {
    Statement q(db, kFind);
    if (!q.bindBlob(1, id).step()) return std::nullopt;
    return rowOf(q);
}

bool dropHeld(Database& db, const nostr::Id& id) {
    Statement(db, kDrop).bindBlob(1, id).run();
    return sqlite3_changes(db.handle()) > 0;
}

uint64_t heldCount(Database& db) {
    Statement q(db, kCount);
    q.step();
    return uint64_t(q.columnInt(0));
}

} // namespace roost::store
