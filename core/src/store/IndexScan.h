#pragma once
// The candidate rows of one filter, read from its planned index in result order (private to
// core/store; FilterScan checks them against the whole filter).
#include "nostr/Filter.h"
#include "store/Database.h"
#include "store/FilterScan.h"

#include <cstdint>
#include <string>
#include <vector>

namespace roost::store {

/// One index entry: the event's created_at (Unix seconds), id (32 raw bytes) and seq.
struct ScanRow {
    int64_t createdAt = 0;
    nostr::Id id{};
    uint64_t seq = 0;
};

/// NIP-01 result order: created_at descending, then id ascending (lexical order of the hex id
/// equals the byte order of the raw id).
inline bool comesBefore(const ScanRow& a, const ScanRow& b) {
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id < b.id;
}

/// The SQL of the cached statement that walks `index` (every index but Ids): for tests that
/// check SQLite's plan (EXPLAIN QUERY PLAN: an index walk, never a sort).
const char* walkSql(ScanIndex index);

/// The tag condition a Tag scan walks: the one with the fewest values (the first on ties).
const nostr::TagCondition& scannedTag(const nostr::Filter& filter);

/// Candidate rows for `filter` from the index `index` (= planIndex(filter)), newest first, with
/// since <= created_at <= until and seq <= snapshotSeq. For every plan but Ids this is a k-way
/// merge over one cursor per key value (author, kind, (author, kind) pair, tag value, or one
/// cursor for created_at alone); each cursor walks its index in batches from a resume point
/// (created_at, id) by re-binding one cached statement, so no statement stays active between
/// calls. For Ids the rows are looked up one id at a time and sorted. Rows are NOT checked
/// against the rest of the filter, and one event can come out once per matching tag value
/// (always consecutively). `filter` must outlive the scan.
class IndexScan {
public:
    IndexScan(Database& db, const nostr::Filter& filter, ScanIndex index, uint64_t snapshotSeq);

    /// Puts the next candidate in `row`; false when the index is exhausted. At most `batchHint`
    /// (>= 1) rows are read from one cursor at a time: callers pass how many more results they
    /// can use. Throws StoreError.
    bool next(ScanRow& row, uint32_t batchHint);

    /// Index entries read so far.
    uint64_t rowsExamined() const { return m_rowsExamined; }

private:
    struct Cursor {
        const uint8_t* pubkey = nullptr;    // Author, AuthorKind: 32 bytes inside the filter
        int64_t kind = 0;                   // Kind, AuthorKind
        const std::string* value = nullptr; // Tag
        std::vector<ScanRow> rows;          // the current batch
        size_t pos = 0;
        int64_t resumeCreatedAt = 0; // the last row read, valid once started
        nostr::Id resumeId{};
        bool started = false;
        bool exhausted = false;
        uint32_t batch = 0; // grows while the cursor keeps being drained
    };

    void start(uint32_t batchHint);
    void fetch(Cursor& cursor, uint32_t maxRows);
    void lookUpIds();
    bool heapBefore(uint32_t a, uint32_t b) const;

    Database& m_db;
    const nostr::Filter& m_filter;
    ScanIndex m_index;
    int64_t m_snapshot;
    char m_tagLetter[2] = {0, 0};
    bool m_started = false;
    std::vector<Cursor> m_cursors;
    std::vector<uint32_t> m_heap;  // cursors with a current row, ordered by that row
    std::vector<ScanRow> m_idRows; // Ids plan: every candidate, sorted
    size_t m_idPos = 0;
    uint64_t m_rowsExamined = 0;
};

} // namespace roost::store
