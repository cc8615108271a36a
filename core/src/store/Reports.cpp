#include "store/Reports.h"

#include "nostr/Hex.h"
#include "store/Statement.h"

#include <algorithm>
#include <optional>

namespace roost::store {

namespace {

constexpr const char* kEventStored = "SELECT 1 FROM events WHERE id=?1";
constexpr const char* kKeyHasEvents = "SELECT 1 FROM events WHERE pubkey=?1 LIMIT 1";
constexpr const char* kInsert =
    "INSERT INTO reports(target, is_event, reporter, report_type, report_id, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
    "ON CONFLICT(target, reporter, report_type) DO UPDATE SET report_id=excluded.report_id, created_at=excluded.created_at "
    "WHERE excluded.created_at >= reports.created_at";
constexpr const char* kQueue =
    "SELECT target, is_event, report_type, COUNT(*) AS n, MAX(created_at) AS last FROM reports "
    "GROUP BY target, is_event, report_type ORDER BY n DESC, last DESC LIMIT ?1";
constexpr const char* kReporters =
    "SELECT reporter FROM reports WHERE target=?1 AND report_type=?2 ORDER BY created_at DESC LIMIT ?3";
constexpr const char* kDismiss = "DELETE FROM reports WHERE target=?1";

std::optional<nostr::Id> idOf(const std::string& hex) {
    nostr::Id id{};
    if (hex.size() == 64 && nostr::fromHex(hex, id)) return id;
    return std::nullopt;
}

// NIP-56 report types; anything else is recorded as "other" so the queue stays readable.
std::string typeOf(const nostr::Tag& tag) {
    static const char* const kTypes[] = {"nudity", "malware", "profanity", "illegal", "spam", "impersonation", "other"};
    if (tag.size() < 3) return {};
    for (const char* t : kTypes)
        if (tag[2] == t) return tag[2];
    return "other";
}

bool exists(Database& db, const char* sql, const nostr::Id& id) {
    Statement q(db, sql);
    const bool found = q.bindBlob(1, id).step();
    q.reset();
    return found;
}

} // namespace

size_t recordReport(Database& db, const nostr::Event& report) {
    std::string keyType;
    std::vector<std::pair<nostr::Id, std::string>> events;
    std::vector<std::pair<nostr::Id, std::string>> keys;
    for (const nostr::Tag& tag : report.tags) {
        if (tag.size() < 2 || tag[0].size() != 1) continue;
        const auto id = idOf(tag[1]);
        if (!id) continue;
        if (tag[0] == "e") events.emplace_back(*id, typeOf(tag));
        else if (tag[0] == "p") {
            keys.emplace_back(*id, typeOf(tag));
            if (keyType.empty()) keyType = typeOf(tag);
        }
        if (events.size() + keys.size() > 64) break; // a report names a few targets; bound the work
    }
    size_t recorded = 0;
    Statement insert(db, kInsert);
    auto add = [&](const nostr::Id& target, bool isEvent, std::string type) {
        if (type.empty()) type = "other";
        insert.bindBlob(1, target).bind(2, isEvent ? 1 : 0).bindBlob(3, report.pubkey).bindText(4, type);
        insert.bindBlob(5, report.id).bind(6, report.createdAt).run();
        ++recorded;
    };
    if (!events.empty()) {
        // Reporting a note: the p tag names its author; the e tag is what is reported.
        for (const auto& [id, type] : events)
            if (exists(db, kEventStored, id)) add(id, true, type.empty() ? keyType : type);
    } else {
        for (const auto& [key, type] : keys)
            if (exists(db, kKeyHasEvents, key)) add(key, false, type);
    }
    return recorded;
}

std::vector<ReportEntry> reportQueue(Database& db, size_t limit) {
    std::vector<ReportEntry> out;
    {
        Statement q(db, kQueue);
        q.bind(1, int64_t(std::min<size_t>(limit, INT64_MAX)));
        while (q.step()) {
            ReportEntry& e = out.emplace_back();
            q.columnArray(0, e.target);
            e.isEvent = q.columnInt(1) != 0;
            e.reportType.assign(q.columnBytes(2));
            e.count = uint64_t(q.columnInt(3));
            e.lastAt = q.columnInt(4);
        }
    }
    Statement who(db, kReporters);
    for (ReportEntry& e : out) {
        who.bindBlob(1, e.target).bindText(2, e.reportType).bind(3, int64_t(kReportersShown));
        while (who.step()) who.columnArray(0, e.reporters.emplace_back());
        who.reset();
    }
    return out;
}

uint64_t dismissReports(Database& db, const nostr::Id& target) {
    Statement(db, kDismiss).bindBlob(1, target).run();
    return uint64_t(sqlite3_changes(db.handle()));
}

} // namespace roost::store
