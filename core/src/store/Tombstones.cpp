#include "store/Tombstones.h"

#include "nostr/Hex.h"
#include "store/EventWriter.h"
#include "store/Statement.h"

#include <sqlite3.h>

#include <charconv>

namespace roost::store {

namespace {

// One statement answers every tombstone question for an insert. ?5 is NULL for a regular
// event, so the address branch matches nothing then; ?4 = 62 exempts a later request to vanish.
constexpr const char* kTombstone = R"sql(
SELECT 1 FROM banned_events WHERE id = ?1
UNION ALL SELECT 2 FROM deleted_ids WHERE id = ?1 AND pubkey = ?2
UNION ALL SELECT 3 FROM vanished WHERE pubkey = ?2 AND until >= ?3 AND ?4 != 62
UNION ALL SELECT 4 FROM deleted_addresses WHERE pubkey = ?2 AND kind = ?4 AND d_tag = ?5 AND until >= ?3
LIMIT 1)sql";
constexpr const char* kAddDeletedId = "INSERT OR IGNORE INTO deleted_ids(id, pubkey) VALUES(?1, ?2)";
constexpr const char* kAddDeletedAddress = R"sql(
INSERT INTO deleted_addresses(pubkey, kind, d_tag, until) VALUES(?1, ?2, ?3, ?4)
ON CONFLICT(pubkey, kind, d_tag) DO UPDATE SET until = max(until, excluded.until))sql";
constexpr const char* kAddVanished = R"sql(
INSERT INTO vanished(pubkey, until) VALUES(?1, ?2)
ON CONFLICT(pubkey) DO UPDATE SET until = max(until, excluded.until))sql";
constexpr const char* kEventById = "SELECT seq, pubkey, kind FROM events WHERE id = ?1";
constexpr const char* kAddressVersions =
    "SELECT seq FROM events WHERE pubkey = ?1 AND kind = ?2 AND d_tag = ?3 AND created_at <= ?4";
constexpr const char* kAuthorUntil = "SELECT seq FROM events WHERE pubkey = ?1 AND created_at <= ?2 AND seq != ?3";
constexpr const char* kGiftWrapsTo = R"sql(
SELECT e.seq, e.id, e.pubkey FROM tags t JOIN events e ON e.seq = t.seq
WHERE t.letter = 'p' AND t.value = ?1 AND e.kind = 1059)sql";
constexpr const char* kBan = R"sql(
INSERT INTO banned_events(id, reason, banned_at) VALUES(?1, ?2, ?3)
ON CONFLICT(id) DO UPDATE SET reason = excluded.reason, banned_at = excluded.banned_at)sql";
constexpr const char* kUnban = "DELETE FROM banned_events WHERE id = ?1";
constexpr const char* kListBanned = "SELECT id, reason, banned_at FROM banned_events ORDER BY banned_at DESC, id";

/// A NIP-01 address "<kind>:<pubkey hex>:<d>" split into its parts; false when malformed.
bool parseAddress(std::string_view text, uint32_t& kind, nostr::PubKey& pubkey, std::string_view& d) {
    const size_t first = text.find(':');
    if (first == std::string_view::npos) return false;
    const size_t second = text.find(':', first + 1);
    if (second == std::string_view::npos) return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + first, kind);
    if (ec != std::errc() || end != text.data() + first) return false;
    if (!nostr::fromHex(text.substr(first + 1, second - first - 1), pubkey)) return false;
    d = text.substr(second + 1);
    return true;
}

uint64_t deleteAll(Database& db, const std::vector<uint64_t>& seqs) {
    uint64_t deleted = 0;
    for (uint64_t seq : seqs) deleted += deleteStoredEvent(db, seq) ? 1 : 0;
    return deleted;
}

} // namespace

std::optional<std::string> tombstoneFor(Database& db, const nostr::Event& event) {
    Statement q(db, kTombstone);
    q.bindBlob(1, event.id).bindBlob(2, event.pubkey).bind(3, event.createdAt).bind(4, int64_t(event.kind));
    const nostr::KindClass kindClass = nostr::classifyKind(event.kind);
    if (kindClass == nostr::KindClass::Addressable) q.bindText(5, nostr::dTagValue(event));
    else if (kindClass == nostr::KindClass::Replaceable) q.bindText(5, std::string_view());
    else q.bindNull(5);
    if (!q.step()) return std::nullopt;
    switch (q.columnInt(0)) {
    case 1: return "blocked: this event is banned from this relay";
    case 2: return "blocked: this event was deleted by its author";
    case 3: return "blocked: the author asked this relay to vanish";
    default: return "blocked: this address was deleted by its author";
    }
}

uint64_t applyDeletionRequest(Database& db, const nostr::Event& request) {
    std::vector<uint64_t> doomed;
    for (const nostr::Tag& tag : request.tags) {
        if (tag.size() < 2) continue;
        if (tag[0] == "e") {
            nostr::Id id{};
            if (!nostr::fromHex(tag[1], id)) continue;
            Statement(db, kAddDeletedId).bindBlob(1, id).bindBlob(2, request.pubkey).run();
            Statement find(db, kEventById);
            if (find.bindBlob(1, id).step()) {
                nostr::PubKey author{};
                find.columnArray(1, author);
                const int64_t kind = find.columnInt(2);
                // Deleting a deletion request or a request to vanish has no effect (NIP-09, NIP-62).
                if (author == request.pubkey && kind != 5 && kind != 62) doomed.push_back(uint64_t(find.columnInt(0)));
            }
        } else if (tag[0] == "a") {
            uint32_t kind = 0;
            nostr::PubKey author{};
            std::string_view d;
            if (!parseAddress(tag[1], kind, author, d) || author != request.pubkey) continue;
            const nostr::KindClass kindClass = nostr::classifyKind(kind);
            if (kindClass != nostr::KindClass::Addressable && kindClass != nostr::KindClass::Replaceable) continue;
            if (kindClass == nostr::KindClass::Replaceable) d = std::string_view();
            Statement(db, kAddDeletedAddress)
                .bindBlob(1, author).bind(2, int64_t(kind)).bindText(3, d).bind(4, request.createdAt).run();
            Statement versions(db, kAddressVersions);
            versions.bindBlob(1, author).bind(2, int64_t(kind)).bindText(3, d).bind(4, request.createdAt);
            while (versions.step()) doomed.push_back(uint64_t(versions.columnInt(0)));
        }
    }
    return deleteAll(db, doomed);
}

uint64_t applyVanishRequest(Database& db, const nostr::Event& request, uint64_t requestSeq) {
    Statement(db, kAddVanished).bindBlob(1, request.pubkey).bind(2, request.createdAt).run();
    std::vector<uint64_t> doomed;
    {
        Statement own(db, kAuthorUntil);
        own.bindBlob(1, request.pubkey).bind(2, request.createdAt).bind(3, seqToSql(requestSeq));
        while (own.step()) doomed.push_back(uint64_t(own.columnInt(0)));
    }
    {
        const std::string hex = nostr::toHex(request.pubkey);
        Statement wraps(db, kGiftWrapsTo);
        wraps.bindBlob(1, hex);
        std::vector<std::pair<nostr::Id, nostr::PubKey>> tombstones;
        while (wraps.step()) {
            doomed.push_back(uint64_t(wraps.columnInt(0)));
            auto& [id, wrapper] = tombstones.emplace_back();
            wraps.columnArray(1, id);
            wraps.columnArray(2, wrapper);
        }
        wraps.reset();
        // A gift wrap is signed by a throwaway key: its tombstone names that key as the author.
        for (const auto& [id, wrapper] : tombstones)
            Statement(db, kAddDeletedId).bindBlob(1, id).bindBlob(2, wrapper).run();
    }
    return deleteAll(db, doomed);
}

bool banEvent(Database& db, const nostr::Id& id, const std::string& reason, int64_t now) {
    Statement(db, kBan).bindBlob(1, id).bindText(2, reason).bind(3, now).run();
    Statement find(db, kEventById);
    if (!find.bindBlob(1, id).step()) return false;
    const uint64_t seq = uint64_t(find.columnInt(0));
    find.reset();
    return deleteStoredEvent(db, seq);
}

bool unbanEvent(Database& db, const nostr::Id& id) {
    Statement(db, kUnban).bindBlob(1, id).run();
    return sqlite3_changes(db.handle()) > 0;
}

std::vector<BannedEvent> bannedEvents(Database& db) {
    std::vector<BannedEvent> out;
    Statement list(db, kListBanned);
    while (list.step()) {
        BannedEvent& b = out.emplace_back();
        list.columnArray(0, b.id);
        b.reason.assign(list.columnBytes(1));
        b.bannedAt = list.columnInt(2);
    }
    return out;
}

} // namespace roost::store
