#pragma once
// Summary numbers about the store (`roost stats`, GUI dashboard, /metrics).
#include "store/Database.h"

#include <cstdint>
#include <map>

namespace roost::store {

/// A snapshot of the store's size and contents.
struct StoreStats {
    uint64_t events = 0;                 ///< stored events
    uint64_t fileBytes = 0;              ///< database + WAL size in bytes
    uint64_t maxSeq = 0;                 ///< highest sequence number
    std::map<uint32_t, uint64_t> byKind; ///< events per kind
};

/// Computes StoreStats with a few aggregate queries. Throws StoreError.
StoreStats computeStats(Database& db);

} // namespace roost::store
