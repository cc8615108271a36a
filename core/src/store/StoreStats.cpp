#include "store/StoreStats.h"

#include "store/Statement.h"

#include <chrono>

namespace roost::store {

StoreStats computeStats(Database& db, int64_t now) {
    Transaction read(db, false);
    StoreStats stats;
    Statement byKind(db, "SELECT kind, n FROM kind_counts WHERE n > 0");
    while (byKind.step()) stats.byKind[uint32_t(byKind.columnInt(0))] = uint64_t(byKind.columnInt(1));
    Statement expired(db, "SELECT kind, count(*) FROM events WHERE expiration IS NOT NULL AND expiration <= ?1 GROUP BY kind");
    expired.bind(1, now);
    while (expired.step()) {
        const auto it = stats.byKind.find(uint32_t(expired.columnInt(0)));
        if (it == stats.byKind.end()) continue;
        const uint64_t gone = uint64_t(expired.columnInt(1));
        if (gone >= it->second) stats.byKind.erase(it);
        else it->second -= gone;
    }
    for (const auto& [kind, n] : stats.byKind) stats.events += n;
    stats.maxSeq = db.maxSeq();
    read.commit();
    stats.fileBytes = db.fileBytes();
    return stats;
}

StoreStats computeStats(Database& db) {
    return computeStats(db, std::chrono::duration_cast<std::chrono::seconds>(
                                std::chrono::system_clock::now().time_since_epoch()).count());
}

} // namespace roost::store
