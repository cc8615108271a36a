#pragma once
// One filter's stored-events stage: planned onto one index, walked newest-first, pausable
// (DESIGN.md §Store, §Threads: ReqWorker time slices).
#include "nostr/Filter.h"
#include "store/Database.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace roost::store {

/// Which index a scan walks. Every index is ordered (key..., created_at DESC, id ASC).
enum class ScanIndex { Ids, Tag, AuthorKind, Author, Kind, CreatedAt };

/// Picks the index for `filter`: ids > tag > author+kind > author > kind > created_at.
ScanIndex planIndex(const nostr::Filter& filter);

/// A resumable scan of one filter. Results come newest first (created_at DESC, ties by lowest
/// id), every one matching the whole filter, at most `limit` of them where
/// limit = filter.limit or `defaultLimit` when absent. Only events with seq <= snapshotSeq are
/// seen, so a scan split over many next() calls reads one consistent snapshot (an event deleted
/// or replaced between two calls is not returned). No SQLite statement or transaction stays
/// open between next() calls, so many scans can interleave on one Database. The scan keeps its
/// own copy of `filter`. The walk is a k-way merge over one cursor per key value of the planned
/// index (per author, kind, author+kind pair or tag value), each read in small batches that
/// start near its share of the limit, so a filter with 1000 authors and limit 100 reads about
/// one index row per author plus a few per result, and never sorts.
class FilterScan {
public:
    /// Prepares the scan; no SQL runs before the first next(). `db` must outlive the scan;
    /// snapshotSeq is usually db.maxSeq() when the REQ arrived (UINT64_MAX: every row).
    FilterScan(Database& db, const nostr::Filter& filter, uint64_t snapshotSeq, uint32_t defaultLimit);
    ~FilterScan();

    /// Appends up to `maxEvents` further results to `out`. Returns true when the scan is done
    /// (limit reached or index exhausted). To bound the time of one call (a few thousand
    /// candidates) it may return fewer, even none, without being done: call again.
    /// Throws StoreError on SQLite failure.
    bool next(std::vector<StoredEvent>& out, size_t maxEvents);

    /// Rows examined so far (index entries read), for metrics and benchmarks.
    uint64_t rowsExamined() const;

private:
    struct State;
    std::unique_ptr<State> m;
};

/// Runs every filter of a REQ to completion and returns the union: the results of filter 1
/// (newest first), then those of filter 2 not already returned, and so on. Each filter keeps its
/// own limit. All filters read one snapshot (one read transaction). Convenience for the CLI and
/// tests; the relay uses FilterScan directly. Throws StoreError.
std::vector<StoredEvent> queryEvents(Database& db, const std::vector<nostr::Filter>& filters,
                                     uint32_t defaultLimit, uint64_t snapshotSeq = UINT64_MAX);

/// Exact number of stored events matching any of `filters` (limit ignored) (NIP-45). Walks the
/// same indexes as FilterScan without reading the JSON unless a tag condition needs it.
/// Throws StoreError.
uint64_t countEvents(Database& db, const std::vector<nostr::Filter>& filters);

/// A resumable NIP-45 count: the number of stored events with seq <= `snapshotSeq` that match
/// any of `filters` (limits ignored, NIP-40 expired events left out), found in steps of a bounded
/// number of index entries so the relay can time-slice a COUNT like a REQ scan (DESIGN.md
/// §Threads). Same walk as countEvents(); no statement or transaction stays open between next()
/// calls. Several filters: each event is counted once (a set of the seqs already counted).
class CountScan {
public:
    /// Keeps its own copy of `filters`; no SQL runs before the first next(). `db` must outlive it.
    CountScan(Database& db, std::vector<nostr::Filter> filters, uint64_t snapshotSeq);
    ~CountScan();

    /// Examines at most `maxCandidates` index entries (at least one). Returns true when the
    /// count is final. Throws StoreError on SQLite failure.
    bool next(size_t maxCandidates);
    /// Matching events counted so far (the answer once next() returned true).
    uint64_t count() const;

private:
    struct State;
    std::unique_ptr<State> m;
};

/// One event's place in negentropy order: created_at (Unix seconds) and id (32 raw bytes).
struct RecordKey {
    int64_t createdAt = 0;
    nostr::Id id{};
};

/// NIP-77: the (created_at, id) of every stored event matching `filter` (its limit, when
/// set, keeps the newest ones), in index order, read in one snapshot. Expired events (NIP-40)
/// are left out; a privateReaders restriction applies as for REQ. Reads the indexes, not the
/// JSON, unless a condition needs the event itself. Stops after maxRecords + 1 rows, so a result
/// longer than maxRecords means "too many". Throws StoreError.
std::vector<RecordKey> matchingRecords(Database& db, const nostr::Filter& filter, uint64_t maxRecords,
                                     int64_t now);

/// Events with seq > afterSeq in seq order, at most `maxEvents` (live catch-up, external writers).
/// Throws StoreError.
std::vector<StoredEvent> eventsAfter(Database& db, uint64_t afterSeq, size_t maxEvents);

} // namespace roost::store
