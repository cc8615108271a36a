#pragma once
// The moderation queue: NIP-56 reports (kind 1984) that name an event stored here or a key with
// events here. Private to core; record runs inside the Writer's write transaction.
#include "nostr/Event.h"
#include "store/Database.h"

#include <string>
#include <vector>

namespace roost::store {

/// One entry of the queue: a reported event (isEvent) or key, one NIP-56 report type, how many
/// distinct keys reported it with that type, some of them (at most kReportersShown), and the
/// created_at of the newest report (Unix seconds).
struct ReportEntry {
    nostr::Id target{};
    bool isEvent = false;
    std::string reportType;
    uint64_t count = 0;
    std::vector<nostr::Id> reporters;
    int64_t lastAt = 0;
};

/// Reporters listed per entry; `count` has the full number.
inline constexpr size_t kReportersShown = 5;

/// NIP-56: records `report` (kind 1984, already stored). With `e` tags it reports those events
/// (report type: the tag's third entry, else the `p` tag's third entry, else "other"); without,
/// its `p` tags report keys. Only targets on this relay are recorded (an event id that is stored,
/// a key with a stored event); a key reporting the same target and type again counts once (the
/// newest report wins). Returns how many targets were recorded. Throws StoreError.
size_t recordReport(Database& db, const nostr::Event& report);

/// The queue: one entry per (target, report type), most reported first, then newest; at most
/// `limit` entries. Throws StoreError.
std::vector<ReportEntry> reportQueue(Database& db, size_t limit);

/// Removes every report about `target` (an event id or key): dismissed, or dealt with by a ban.
/// Returns how many reports were removed. Throws StoreError.
uint64_t dismissReports(Database& db, const nostr::Id& target);

} // namespace roost::store
