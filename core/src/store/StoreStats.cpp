#include "store/StoreStats.h"

#include "store/Statement.h"

namespace roost::store {

StoreStats computeStats(Database& db) {
    Transaction read(db, false);
    StoreStats stats;
    Statement byKind(db, "SELECT kind, count(*) FROM events GROUP BY kind");
    while (byKind.step()) {
        const uint64_t count = uint64_t(byKind.columnInt(1));
        stats.byKind[uint32_t(byKind.columnInt(0))] = count;
        stats.events += count;
    }
    stats.maxSeq = db.maxSeq();
    read.commit();
    stats.fileBytes = db.fileBytes();
    return stats;
}

} // namespace roost::store
