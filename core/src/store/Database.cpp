#include "store/Database.h"

#include "store/Statement.h"
#include "store/WalWriteVfs.h"

#include <sqlite3.h>

#include <filesystem>
#include <functional>
#include <string_view>
#include <unordered_map>

namespace roost::store {

namespace {

/// One schema step: applying `sql` to a database at version `version - 1` brings it to `version`.
struct Migration {
    int version;
    const char* sql;
};

// Every index ends in (created_at DESC, id) so that "newest first, lowest id first on ties"
// (NIP-01) is a forward index walk and since/until bound every scan. The rowid (seq) sits in
// every index entry, so the snapshot test seq <= ? needs no table lookup.
// tags is WITHOUT ROWID: its primary key is the (letter, value, created_at DESC, id) index
// itself, so a tag scan reads one b-tree and a tag row is stored once.
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE events(
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         BLOB NOT NULL UNIQUE,
    pubkey     BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    kind       INTEGER NOT NULL,
    d_tag      TEXT,
    json       BLOB NOT NULL
);
CREATE INDEX events_by_pubkey ON events(pubkey, created_at DESC, id);
CREATE INDEX events_by_kind ON events(kind, created_at DESC, id);
CREATE INDEX events_by_pubkey_kind ON events(pubkey, kind, created_at DESC, id);
CREATE INDEX events_by_created ON events(created_at DESC, id);
CREATE UNIQUE INDEX events_by_address ON events(pubkey, kind, d_tag) WHERE d_tag IS NOT NULL;
CREATE TABLE tags(
    letter     TEXT NOT NULL,
    value      BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    id         BLOB NOT NULL,
    seq        INTEGER NOT NULL,
    PRIMARY KEY(letter, value, created_at DESC, id)
) WITHOUT ROWID;
)sql"},
    // NIP-40: the expiration tag as a column, so serving and clean-up never parse JSON for it.
    {2, R"sql(
ALTER TABLE events ADD COLUMN expiration INTEGER;
CREATE INDEX events_by_expiration ON events(expiration) WHERE expiration IS NOT NULL;
UPDATE events SET expiration = (
    SELECT CAST(json_extract(t.value, '$[1]') AS INTEGER)
    FROM json_each(CAST(events.json AS TEXT), '$.tags') AS t
    WHERE json_extract(t.value, '$[0]') = 'expiration' AND json_extract(t.value, '$[1]') GLOB '[0-9]*'
      AND NOT json_extract(t.value, '$[1]') GLOB '*[^0-9]*' LIMIT 1)
WHERE CAST(json AS TEXT) LIKE '%"expiration"%';
)sql"},
    // Tombstones: what was deleted or banned stays out when it is published again.
    // deleted_ids (NIP-09 'e'): `pubkey` asked to delete `id`; blocks that id from that author only.
    // deleted_addresses (NIP-09 'a'): versions of the address with created_at <= until are deleted.
    // vanished (NIP-62): every event of pubkey with created_at <= until is deleted for good.
    // banned_events (NIP-86 banevent): the operator removed this id, whoever signed it.
    {3, R"sql(
CREATE TABLE deleted_ids(id BLOB NOT NULL, pubkey BLOB NOT NULL, PRIMARY KEY(id, pubkey)) WITHOUT ROWID;
CREATE TABLE deleted_addresses(
    pubkey BLOB NOT NULL, kind INTEGER NOT NULL, d_tag TEXT NOT NULL, until INTEGER NOT NULL,
    PRIMARY KEY(pubkey, kind, d_tag)) WITHOUT ROWID;
CREATE TABLE vanished(pubkey BLOB PRIMARY KEY, until INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE banned_events(id BLOB PRIMARY KEY, reason TEXT NOT NULL, banned_at INTEGER NOT NULL) WITHOUT ROWID;
)sql"},
    // The moderation queue (NIP-56 reports, kind 1984): `reporter` reported `target` (an event id
    // when is_event, else a key) as `report_type` in the report event `report_id`.
    {4, R"sql(
CREATE TABLE reports(
    target BLOB NOT NULL, is_event INTEGER NOT NULL, reporter BLOB NOT NULL, report_type TEXT NOT NULL,
    report_id BLOB NOT NULL, created_at INTEGER NOT NULL,
    PRIMARY KEY(target, reporter, report_type)) WITHOUT ROWID;
)sql"},
    // Events per kind, kept by triggers in the transaction of every insert and delete (publish,
    // replacement, NIP-09/62 deletion, ban, expiry clean-up, import), so the Dashboard's
    // counts cost one read of a small table instead of a GROUP BY over the whole store.
    {5, R"sql(
CREATE TABLE kind_counts(kind INTEGER PRIMARY KEY, n INTEGER NOT NULL);
INSERT INTO kind_counts(kind, n) SELECT kind, count(*) FROM events GROUP BY kind;
CREATE TRIGGER kind_counts_insert AFTER INSERT ON events BEGIN
    INSERT INTO kind_counts(kind, n) VALUES(new.kind, 1) ON CONFLICT(kind) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER kind_counts_delete AFTER DELETE ON events BEGIN
    UPDATE kind_counts SET n = n - 1 WHERE kind = old.kind;
END;
)sql"},
    // Hold for review (access/hold_below): events of writers below the chosen level, committed
    // here instead of to `events` until approved (then written like a client's event) or rejected.
    {6, R"sql(
CREATE TABLE held_events(
    id BLOB PRIMARY KEY, pubkey BLOB NOT NULL, kind INTEGER NOT NULL, created_at INTEGER NOT NULL,
    held_at INTEGER NOT NULL, json BLOB NOT NULL);
CREATE INDEX held_events_by_time ON held_events(held_at DESC, id);
)sql"},
};

static_assert(std::size(kMigrations) == size_t(Database::kSchemaVersion),
              "kSchemaVersion must be the version of the last migration");

struct SqlHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

} // namespace

struct Database::Cache {
    std::unordered_map<std::string, sqlite3_stmt*, SqlHash, std::equal_to<>> statements;
};

Database::Database(sqlite3* db, std::string path)
    : m_db(db), m_path(std::move(path)), m_cache(std::make_unique<Cache>()) {}

Database::~Database() {
    for (auto& [sql, stmt] : m_cache->statements)
        sqlite3_finalize(stmt);
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Database> Database::open(const std::string& path, const Options& options) {
    const bool readOnly = options.mode == Mode::ReadOnly;
    // NOMUTEX: a connection belongs to one thread, so SQLite's per-connection mutex is wasted.
    const int flags =
        SQLITE_OPEN_NOMUTEX | (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, walWriteVfsName());
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        throwSqlite(raw, "cannot open " + path);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);

    if (!readOnly) {
        Statement journal(*db, "PRAGMA journal_mode=WAL");
        const std::string mode = journal.step() ? std::string(journal.columnBytes(0)) : std::string();
        if (mode != "wal")
            throw StoreError("cannot switch " + path + " to WAL mode (journal_mode=" + mode + ")");
    }
    db->exec(options.synchronousFull ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
    db->exec("PRAGMA foreign_keys=OFF");
    // Reads through a memory map instead of one pread per page, and a page cache large enough
    // for the hot parts of the indexes; both are address space, not a fixed memory cost.
    db->exec("PRAGMA mmap_size=1073741824");
    db->exec("PRAGMA cache_size=-32768");
    // Checkpoint when the WAL passes 64 MiB (16384 pages) rather than SQLite's 4 MiB: a page that
    // many commits dirty (an index leaf) is then copied to the database file once, not after
    // nearly every commit. Cron also runs a passive checkpoint every minute.
    db->exec("PRAGMA wal_autocheckpoint=16384");
    db->exec("PRAGMA temp_store=MEMORY");

    const int found = db->schemaVersion();
    if (found > kSchemaVersion)
        throw StoreError(path + ": schema version " + std::to_string(found) +
                         " is newer than this build understands (" + std::to_string(kSchemaVersion) + ")");
    if (found < kSchemaVersion) {
        if (readOnly)
            throw StoreError(path + ": schema version " + std::to_string(found) +
                             " needs a read-write open to migrate to " + std::to_string(kSchemaVersion));
        Transaction txn(*db, true);
        // Another process may have migrated between our first look and the write lock.
        for (int v = db->schemaVersion(); v < kSchemaVersion; ++v) {
            db->exec(kMigrations[v].sql);
            db->exec(("PRAGMA user_version=" + std::to_string(kMigrations[v].version)).c_str());  // sql-ok: an integer from kMigrations; PRAGMA takes no parameters
        }
        txn.commit();
    }
    return db;
}

int Database::schemaVersion() const {
    Statement q(const_cast<Database&>(*this), "PRAGMA user_version");
    return q.step() ? int(q.columnInt(0)) : 0;
}

uint64_t Database::maxSeq() const {
    Statement q(const_cast<Database&>(*this), "SELECT max(seq) FROM events");
    return q.step() ? uint64_t(q.columnInt(0)) : 0;
}

void Database::exec(const char* sql) const {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::string what = std::string(sql) + ": " + (message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        throw StoreError(what);
    }
}

sqlite3_stmt* Database::cached(const char* sql) {
    auto it = m_cache->statements.find(std::string_view(sql));
    if (it != m_cache->statements.end()) {
        sqlite3_reset(it->second);
        return it->second;
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        throwSqlite(m_db, std::string("prepare ") + sql);
    m_cache->statements.emplace(sql, stmt);
    return stmt;
}

int64_t Database::dataVersion() const {
    Statement q(const_cast<Database&>(*this), "PRAGMA data_version");
    return q.step() ? q.columnInt(0) : 0;
}

uint64_t Database::fileBytes() const {
    uint64_t total = 0;
    for (const std::string& file : {m_path, m_path + "-wal"}) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(file, ec);
        if (!ec)
            total += size;
    }
    return total;
}

} // namespace roost::store
