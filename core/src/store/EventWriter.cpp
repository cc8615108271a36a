#include "store/EventWriter.h"

#include "nostr/Canonical.h"
#include "nostr/EventParser.h"
#include "store/Statement.h"
#include "store/FilterScan.h"
#include "store/Reports.h"
#include "store/Tombstones.h"

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <string_view>

namespace roost::store {

namespace {

constexpr const char* kFindId = "SELECT 1 FROM events WHERE id=?1";
constexpr const char* kFindAddress =
    "SELECT seq, created_at, id FROM events WHERE pubkey=?1 AND kind=?2 AND d_tag=?3";
constexpr const char* kInsertEvent =
    "INSERT INTO events(id, pubkey, created_at, kind, d_tag, json, expiration) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)";
// OR IGNORE: an event may repeat the same tag (["e",X] twice); it is indexed once.
constexpr const char* kInsertTag =
    "INSERT OR IGNORE INTO tags(letter, value, created_at, id, seq) VALUES(?1, ?2, ?3, ?4, ?5)";
constexpr const char* kSelectForDelete = "SELECT created_at, id, json FROM events WHERE seq=?1";
constexpr const char* kDeleteTag =
    "DELETE FROM tags WHERE letter=?1 AND value=?2 AND created_at=?3 AND id=?4";
constexpr const char* kDeleteTagsBySeq = "DELETE FROM tags WHERE seq=?1";
constexpr const char* kDeleteEvent = "DELETE FROM events WHERE seq=?1";

bool isTagLetter(const std::string& name) {
    if (name.size() != 1)
        return false;
    const char c = name[0];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Calls f(letter, value) for every tag that NIP-01 filters can select: a single-letter name
/// (a-z, A-Z) and its first value tag[1].
template <class F> void forEachIndexedTag(const nostr::Event& event, F&& f) {
    for (const nostr::Tag& tag : event.tags)
        if (tag.size() >= 2 && isTagLetter(tag[0]))
            f(std::string_view(tag[0]), std::string_view(tag[1]));
}

/// True when the stored version (createdAt, id) wins over `incoming` (NIP-01 §Kinds: the newest
/// is kept; on equal created_at the lowest id).
bool storedWins(int64_t storedCreatedAt, const nostr::Id& storedId, const nostr::Event& incoming) {
    if (storedCreatedAt != incoming.createdAt)
        return storedCreatedAt > incoming.createdAt;
    return storedId < incoming.id;
}

} // namespace

bool deleteStoredEvent(Database& db, uint64_t seq) {
    int64_t createdAt = 0;
    nostr::Id id{};
    std::optional<nostr::Event> parsed;
    {
        Statement row(db, kSelectForDelete);
        row.bind(1, seqToSql(seq));
        if (!row.step())
            return false;
        createdAt = row.columnInt(0);
        row.columnArray(1, id);
        try {
            parsed = nostr::parseEvent(row.columnBytes(2));
        } catch (const nostr::ParseError&) {
            // Cannot happen for JSON we serialized ourselves; the slow path below still cleans up.
        }
    }
    if (parsed) {
        // The tag rows' keys are recomputed from the stored JSON, so tags needs no seq index.
        Statement del(db, kDeleteTag);
        forEachIndexedTag(*parsed, [&](std::string_view letter, std::string_view value) {
            del.bindText(1, letter).bindBlob(2, value).bind(3, createdAt).bindBlob(4, id).run();
        });
    } else {
        Statement del(db, kDeleteTagsBySeq);
        del.bind(1, seqToSql(seq)).run();
    }
    Statement del(db, kDeleteEvent);
    del.bind(1, seqToSql(seq)).run();
    return sqlite3_changes(db.handle()) > 0;
}

namespace {

WriteResult writeOne(Database& db, const nostr::Event& event, std::string& json) {
    WriteResult result;
    const nostr::KindClass kindClass = nostr::classifyKind(event.kind);
    if (kindClass == nostr::KindClass::Ephemeral) {
        result.status = WriteStatus::Rejected;
        result.reason = "invalid: ephemeral events are not stored";
        return result;
    }
    {
        Statement find(db, kFindId);
        if (find.bindBlob(1, event.id).step()) {
            result.status = WriteStatus::Duplicate;
            result.reason = "duplicate: already have this event";
            return result;
        }
    }
    if (auto blocked = tombstoneFor(db, event)) {
        result.status = WriteStatus::Rejected;
        result.reason = std::move(*blocked);
        return result;
    }

    std::optional<std::string_view> dTag;
    if (kindClass == nostr::KindClass::Replaceable)
        dTag = std::string_view();
    if (kindClass == nostr::KindClass::Addressable)
        dTag = nostr::dTagValue(event);
    if (dTag) {
        uint64_t olderSeq = 0;
        {
            Statement find(db, kFindAddress);
            find.bindBlob(1, event.pubkey).bind(2, event.kind).bindText(3, *dTag);
            if (find.step()) {
                nostr::Id storedId{};
                find.columnArray(2, storedId);
                if (storedWins(find.columnInt(1), storedId, event)) {
                    result.status = WriteStatus::Superseded;
                    result.reason = "duplicate: a newer version of this event is stored";
                    return result;
                }
                olderSeq = uint64_t(find.columnInt(0));
            }
        }
        if (olderSeq)
            deleteStoredEvent(db, olderSeq);
    }

    json = nostr::serializeEvent(event);
    {
        Statement insert(db, kInsertEvent);
        insert.bindBlob(1, event.id).bindBlob(2, event.pubkey).bind(3, event.createdAt).bind(4, event.kind);
        if (dTag)
            insert.bindText(5, *dTag);
        else
            insert.bindNull(5);
        insert.bindBlob(6, json);
        if (const auto expiration = nostr::expirationOf(event)) insert.bind(7, *expiration);
        else insert.bindNull(7);
        insert.run();
    }
    result.status = WriteStatus::Stored;
    result.seq = uint64_t(sqlite3_last_insert_rowid(db.handle()));

    Statement tag(db, kInsertTag);
    forEachIndexedTag(event, [&](std::string_view letter, std::string_view value) {
        tag.bindText(1, letter).bindBlob(2, value).bind(3, event.createdAt).bindBlob(4, event.id);
        tag.bind(5, seqToSql(result.seq)).run();
    });
    tag.reset();
    if (event.kind == 5) applyDeletionRequest(db, event);
    if (event.kind == 62) applyVanishRequest(db, event, result.seq);
    if (event.kind == 1984) recordReport(db, event);
    return result;
}

} // namespace

EventWriter::EventWriter(Database& db) : m_db(db) {}

std::vector<WriteResult> EventWriter::writeBatch(std::span<const nostr::Event* const> events) {
    std::vector<WriteResult> results;
    results.reserve(events.size());
    Transaction txn(m_db, true);
    std::string json;
    for (const nostr::Event* event : events)
        results.push_back(writeOne(m_db, *event, json));
    txn.commit();
    return results;
}

uint64_t EventWriter::deleteExpired(int64_t now) {
    std::vector<uint64_t> seqs;
    {
        Statement expired(m_db, "SELECT seq FROM events WHERE expiration IS NOT NULL AND expiration <= ?1");
        expired.bind(1, now);
        while (expired.step()) seqs.push_back(uint64_t(expired.columnInt(0)));
    }
    return seqs.empty() ? 0 : deleteBySeq(seqs);
}

uint64_t EventWriter::deleteBySeq(std::span<const uint64_t> seqs) {
    Transaction txn(m_db, true);
    uint64_t deleted = 0;
    for (uint64_t seq : seqs)
        deleted += deleteStoredEvent(m_db, seq) ? 1 : 0;
    txn.commit();
    return deleted;
}

uint64_t EventWriter::deleteMatching(const std::vector<nostr::Filter>& filters) {
    std::vector<nostr::Filter> unlimited = filters;
    for (nostr::Filter& f : unlimited) f.limit.reset();
    std::vector<uint64_t> seqs;
    for (const StoredEvent& e : queryEvents(m_db, unlimited, UINT32_MAX)) seqs.push_back(e.seq);
    return seqs.empty() ? 0 : deleteBySeq(seqs);
}

bool EventWriter::banEvent(const nostr::Id& id, const std::string& reason, int64_t now) {
    Transaction txn(m_db, true);
    const bool deleted = store::banEvent(m_db, id, reason, now);
    dismissReports(m_db, id); // dealt with: it leaves the moderation queue
    txn.commit();
    return deleted;
}

bool EventWriter::unbanEvent(const nostr::Id& id) {
    Transaction txn(m_db, true);
    const bool was = store::unbanEvent(m_db, id);
    txn.commit();
    return was;
}

} // namespace roost::store
