#pragma once
// Summary numbers about the store (`roost stats`, GUI dashboard, /metrics).
#include "store/Database.h"

#include <cstdint>
#include <map>

namespace roost::store {

/// A snapshot of the store's size and contents. Events that have expired (NIP-40) but are not
/// yet removed by the clean-up are not counted: clients are never served them.
struct StoreStats {
    uint64_t events = 0;                 ///< stored, unexpired events
    uint64_t fileBytes = 0;              ///< database + WAL size in bytes
    uint64_t maxSeq = 0;                 ///< highest sequence number
    std::map<uint32_t, uint64_t> byKind; ///< unexpired events per kind (kinds with none left out)
};

/// Computes StoreStats at `now` (Unix seconds): the per-kind counts kept by the kind_counts
/// triggers (schema version 4), minus the expired rows still stored (an index range over
/// events_by_expiration, empty once the clean-up ran). Cost: the number of kinds plus the
/// number of expired rows not yet removed, whatever the store's size. Throws StoreError.
StoreStats computeStats(Database& db, int64_t now);

/// computeStats at the current wall-clock time.
StoreStats computeStats(Database& db);

} // namespace roost::store
