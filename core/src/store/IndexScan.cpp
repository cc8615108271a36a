#include "store/IndexScan.h"

#include "store/Statement.h"

#include <algorithm>

namespace roost::store {

namespace {

// One statement per index. Parameters: ?1 since, ?2 the upper created_at (until, then the
// resume point), ?3 the resume id (x'' before the first batch, below every id), ?4 the snapshot
// seq, ?5 the batch size, ?6 and ?7 the cursor's key. The BETWEEN gives SQLite the index range;
// the OR only skips the rows of the resume point's second that an earlier batch returned.
// INDEXED BY pins the index whose order is the ORDER BY, so SQLite never sorts.
constexpr const char* kWalkAuthor =
    "SELECT created_at, id, seq FROM events INDEXED BY events_by_pubkey "
    "WHERE pubkey = ?6 AND created_at BETWEEN ?1 AND ?2 AND (created_at < ?2 OR id > ?3) AND seq <= ?4 "
    "ORDER BY created_at DESC, id LIMIT ?5";
constexpr const char* kWalkKind =
    "SELECT created_at, id, seq FROM events INDEXED BY events_by_kind "
    "WHERE kind = ?6 AND created_at BETWEEN ?1 AND ?2 AND (created_at < ?2 OR id > ?3) AND seq <= ?4 "
    "ORDER BY created_at DESC, id LIMIT ?5";
constexpr const char* kWalkAuthorKind =
    "SELECT created_at, id, seq FROM events INDEXED BY events_by_pubkey_kind "
    "WHERE pubkey = ?6 AND kind = ?7 AND created_at BETWEEN ?1 AND ?2 AND (created_at < ?2 OR id > ?3) "
    "AND seq <= ?4 ORDER BY created_at DESC, id LIMIT ?5";
constexpr const char* kWalkCreatedAt =
    "SELECT created_at, id, seq FROM events INDEXED BY events_by_created "
    "WHERE created_at BETWEEN ?1 AND ?2 AND (created_at < ?2 OR id > ?3) AND seq <= ?4 "
    "ORDER BY created_at DESC, id LIMIT ?5";
// tags is WITHOUT ROWID: its primary key (letter, value, created_at DESC, id) is the walk order.
constexpr const char* kWalkTag =
    "SELECT created_at, id, seq FROM tags "
    "WHERE letter = ?6 AND value = ?7 AND created_at BETWEEN ?1 AND ?2 AND (created_at < ?2 OR id > ?3) "
    "AND seq <= ?4 ORDER BY created_at DESC, id LIMIT ?5";
constexpr const char* kFindId = "SELECT created_at, seq FROM events WHERE id = ?1";

// A cursor's first batch is small because a REQ over many keys needs few rows from most of
// them; a cursor that keeps being drained doubles its batch up to kMaxBatch.
constexpr uint32_t kFirstBatch = 16;
constexpr uint32_t kMaxBatch = 1024;

} // namespace

const char* walkSql(ScanIndex index) {
    switch (index) {
    case ScanIndex::Author:
        return kWalkAuthor;
    case ScanIndex::Kind:
        return kWalkKind;
    case ScanIndex::AuthorKind:
        return kWalkAuthorKind;
    case ScanIndex::Tag:
        return kWalkTag;
    case ScanIndex::CreatedAt:
    case ScanIndex::Ids:
        break;
    }
    return kWalkCreatedAt;
}

const nostr::TagCondition& scannedTag(const nostr::Filter& filter) {
    const nostr::TagCondition* best = &filter.tags.front();
    for (const nostr::TagCondition& tag : filter.tags)
        if (tag.values.size() < best->values.size())
            best = &tag;
    return *best;
}

IndexScan::IndexScan(Database& db, const nostr::Filter& filter, ScanIndex index, uint64_t snapshotSeq)
    : m_db(db), m_filter(filter), m_index(index), m_snapshot(seqToSql(snapshotSeq)) {
    if (m_index == ScanIndex::Tag)
        m_tagLetter[0] = scannedTag(filter).letter;
}

bool IndexScan::heapBefore(uint32_t a, uint32_t b) const {
    // std heaps keep the greatest element on top; "greatest" here is the row that comes first.
    const Cursor& ca = m_cursors[a];
    const Cursor& cb = m_cursors[b];
    return comesBefore(cb.rows[cb.pos], ca.rows[ca.pos]);
}

void IndexScan::start(uint32_t batchHint) {
    m_started = true;
    if (m_index == ScanIndex::Ids) {
        lookUpIds();
        return;
    }
    switch (m_index) {
    case ScanIndex::Author:
        for (const nostr::PubKey& author : *m_filter.authors)
            m_cursors.emplace_back().pubkey = author.data();
        break;
    case ScanIndex::Kind:
        for (uint32_t kind : *m_filter.kinds)
            m_cursors.emplace_back().kind = kind;
        break;
    case ScanIndex::AuthorKind:
        for (const nostr::PubKey& author : *m_filter.authors) {
            for (uint32_t kind : *m_filter.kinds) {
                Cursor& cursor = m_cursors.emplace_back();
                cursor.pubkey = author.data();
                cursor.kind = kind;
            }
        }
        break;
    case ScanIndex::Tag:
        for (const std::string& value : scannedTag(m_filter).values)
            m_cursors.emplace_back().value = &value;
        break;
    case ScanIndex::CreatedAt:
    case ScanIndex::Ids:
        m_cursors.emplace_back();
        break;
    }
    m_heap.reserve(m_cursors.size());
    // With many cursors each one is expected to give few of the wanted rows: start them at
    // about twice their share and let the ones that keep winning grow their batches.
    const uint64_t share = 2 * uint64_t(batchHint) / m_cursors.size();
    const uint32_t firstBatch = uint32_t(std::clamp<uint64_t>(share, 1, std::min(kFirstBatch, batchHint)));
    for (uint32_t i = 0; i < m_cursors.size(); ++i) {
        Cursor& cursor = m_cursors[i];
        cursor.batch = firstBatch;
        fetch(cursor, cursor.batch);
        if (!cursor.rows.empty())
            m_heap.push_back(i);
    }
    std::make_heap(m_heap.begin(), m_heap.end(), [this](uint32_t a, uint32_t b) { return heapBefore(a, b); });
}

void IndexScan::fetch(Cursor& cursor, uint32_t maxRows) {
    Statement walk(m_db, walkSql(m_index));
    walk.bind(1, m_filter.since).bind(2, cursor.started ? cursor.resumeCreatedAt : m_filter.until);
    if (cursor.started)
        walk.bindBlob(3, cursor.resumeId);
    else
        walk.bindBlob(3, std::span<const uint8_t>());
    walk.bind(4, m_snapshot).bind(5, maxRows);
    switch (m_index) {
    case ScanIndex::Author:
        walk.bindBlob(6, std::span<const uint8_t>(cursor.pubkey, 32));
        break;
    case ScanIndex::Kind:
        walk.bind(6, cursor.kind);
        break;
    case ScanIndex::AuthorKind:
        walk.bindBlob(6, std::span<const uint8_t>(cursor.pubkey, 32)).bind(7, cursor.kind);
        break;
    case ScanIndex::Tag:
        walk.bindText(6, std::string_view(m_tagLetter, 1)).bindBlob(7, *cursor.value);
        break;
    case ScanIndex::CreatedAt:
    case ScanIndex::Ids:
        break;
    }
    cursor.rows.clear();
    cursor.pos = 0;
    while (walk.step()) {
        ScanRow& row = cursor.rows.emplace_back();
        row.createdAt = walk.columnInt(0);
        walk.columnArray(1, row.id);
        row.seq = uint64_t(walk.columnInt(2));
    }
    m_rowsExamined += cursor.rows.size();
    if (cursor.rows.size() < maxRows)
        cursor.exhausted = true;
    if (!cursor.rows.empty()) {
        cursor.started = true;
        cursor.resumeCreatedAt = cursor.rows.back().createdAt;
        cursor.resumeId = cursor.rows.back().id;
    }
}

void IndexScan::lookUpIds() {
    Statement find(m_db, kFindId);
    for (const nostr::Id& id : *m_filter.ids) {
        find.bindBlob(1, id);
        if (find.step()) {
            ++m_rowsExamined;
            ScanRow row{find.columnInt(0), id, uint64_t(find.columnInt(1))};
            if (int64_t(row.seq) <= m_snapshot && row.createdAt >= m_filter.since &&
                row.createdAt <= m_filter.until)
                m_idRows.push_back(row);
        }
        find.reset();
    }
    std::sort(m_idRows.begin(), m_idRows.end(), comesBefore);
}

bool IndexScan::next(ScanRow& row, uint32_t batchHint) {
    batchHint = std::max<uint32_t>(batchHint, 1);
    if (!m_started)
        start(batchHint);
    if (m_index == ScanIndex::Ids) {
        if (m_idPos >= m_idRows.size())
            return false;
        row = m_idRows[m_idPos++];
        return true;
    }
    if (m_heap.empty())
        return false;
    auto before = [this](uint32_t a, uint32_t b) { return heapBefore(a, b); };
    std::pop_heap(m_heap.begin(), m_heap.end(), before);
    Cursor& cursor = m_cursors[m_heap.back()];
    row = cursor.rows[cursor.pos++];
    if (cursor.pos == cursor.rows.size() && !cursor.exhausted) {
        cursor.batch = std::min(cursor.batch * 2, kMaxBatch);
        fetch(cursor, std::min(cursor.batch, batchHint));
    }
    if (cursor.pos < cursor.rows.size())
        std::push_heap(m_heap.begin(), m_heap.end(), before);
    else
        m_heap.pop_back();
    return true;
}

} // namespace roost::store
