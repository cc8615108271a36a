#pragma once
// Helpers shared by the store tests: signed events from fixed keys and a store file in a
// temporary directory.
#include "nostr/Canonical.h"
#include "nostr/Event.h"
#include "nostr/Hex.h"
#include "nostr/Verify.h"
#include "store/Database.h"
#include "store/EventWriter.h"
#include "store/FilterScan.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>
#include <string>
#include <vector>

// Readable QCOMPARE failure messages for the std types the store tests compare.
namespace QTest {
inline char* toString(const std::string& s) {
    return qstrdup(s.c_str());
}
inline char* toString(const std::vector<std::string>& list) {
    std::string joined = "[";
    for (size_t i = 0; i < list.size(); ++i)
        joined += (i ? ", " : "") + list[i].substr(0, 12);
    return qstrdup((joined + "] (" + std::to_string(list.size()) + ")").c_str());
}
} // namespace QTest

namespace roost::testsupport {

/// The secret key whose scalar is `n` (1..255): fixed, valid and the same on every run.
inline nostr::SecretKey testKey(uint8_t n) {
    nostr::SecretKey key{};
    key[31] = n;
    return key;
}

/// An event of `kind` signed by testKey(key). The id depends only on the fields, so a test
/// that builds the same event twice gets the same id.
inline nostr::Event signedEvent(uint8_t key, uint32_t kind, int64_t createdAt,
                                std::vector<nostr::Tag> tags = {}, std::string content = {}) {
    nostr::Event event;
    event.kind = kind;
    event.createdAt = createdAt;
    event.tags = std::move(tags);
    event.content = std::move(content);
    nostr::signEvent(event, testKey(key));
    return event;
}

/// Writes `events` as one batch.
inline std::vector<store::WriteResult> writeEvents(store::Database& db,
                                                   const std::vector<nostr::Event>& events) {
    std::vector<const nostr::Event*> pointers;
    for (const nostr::Event& event : events)
        pointers.push_back(&event);
    return store::EventWriter(db).writeBatch(pointers);
}

/// Writes one event as its own batch.
inline store::WriteResult writeEvent(store::Database& db, const nostr::Event& event) {
    return writeEvents(db, {event}).at(0);
}

inline std::string hex(const nostr::Id& id) {
    return nostr::toHex(id);
}

/// Hex ids of stored events, in the order given.
inline std::vector<std::string> idsOf(const std::vector<store::StoredEvent>& events) {
    std::vector<std::string> ids;
    for (const store::StoredEvent& event : events)
        ids.push_back(hex(event.id));
    return ids;
}

/// Hex ids of events, in the order given.
inline std::vector<std::string> idsOf(const std::vector<nostr::Event>& events) {
    std::vector<std::string> ids;
    for (const nostr::Event& event : events)
        ids.push_back(hex(event.id));
    return ids;
}

/// A single-integer query on a connection (test inspection of the schema and pragmas).
inline int64_t queryInt(store::Database& db, const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    const int64_t value = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return value;
}

/// A single-text query on a connection.
inline std::string queryText(store::Database& db, const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK)
        return {};
    std::string value;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        const unsigned char* text = sqlite3_column_text(stmt, 0);
        if (text)
            value = reinterpret_cast<const char*>(text);
    }
    sqlite3_finalize(stmt);
    return value;
}

/// A fresh store file in its own temporary directory (removed with the object).
class TempStore {
public:
    TempStore() { QVERIFY2(m_dir.isValid(), "cannot create a temporary directory"); }
    std::string path() const { return QDir(m_dir.path()).filePath(QStringLiteral("roost.db")).toStdString(); }
    std::unique_ptr<store::Database>
    open(store::Database::Mode mode = store::Database::Mode::ReadWrite) const {
        store::Database::Options options;
        options.mode = mode;
        return store::Database::open(path(), options);
    }

private:
    QTemporaryDir m_dir;
};

} // namespace roost::testsupport
