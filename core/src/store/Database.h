#pragma once
// One SQLite connection to the Roost event store, with its schema and pragmas (DESIGN.md §Store).
#include "nostr/Types.h"

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace roost::store {

/// Any SQLite failure: what() holds the SQLite message and the statement or step that failed.
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const std::string& what) : std::runtime_error(what) {}
};

/// One stored event as read back: its sequence number (rowid, grows monotonically with every
/// insert), created_at (Unix seconds), id (32 raw bytes) and the exact wire JSON
/// (nostr::serializeEvent) stored at insert time.
struct StoredEvent {
    uint64_t seq = 0;
    int64_t createdAt = 0;
    nostr::Id id{};
    std::string json;
};

/// A connection to the store file. Not thread-safe: each thread opens its own (one writer
/// connection in the Writer thread, one read connection per query thread). WAL mode; a
/// ReadWrite open creates the file if needed and runs the schema migrations.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };
    struct Options {
        Mode mode = Mode::ReadWrite;
        bool synchronousFull = true; ///< PRAGMA synchronous=FULL (durable OK true); NORMAL if false
        int busyTimeoutMs = 10000;   ///< how long a statement waits for another connection's lock
    };

    /// Opens (and for ReadWrite creates/migrates) the database at `path`.
    /// Throws StoreError when the file cannot be opened or switched to WAL, when its schema is
    /// newer than this build, or (ReadOnly) when it is not yet at this build's schema version.
    static std::unique_ptr<Database> open(const std::string& path, const Options& options);
    static std::unique_ptr<Database> open(const std::string& path) { return open(path, Options{}); }
    /// Finalizes the cached statements and closes the connection.
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The raw connection, for code that needs the sqlite3 C API directly (tests, tools).
    sqlite3* handle() const { return m_db; }
    /// Schema version recorded in the file (PRAGMA user_version).
    int schemaVersion() const;
    /// Highest sequence number stored (0 for an empty store).
    uint64_t maxSeq() const;
    /// Runs `sql` (no results), throwing StoreError on failure.
    void exec(const char* sql) const;
    /// A prepared statement cached on this connection by its SQL text (reset before return).
    sqlite3_stmt* cached(const char* sql);
    /// SQLite's data_version: changes when another connection commits (external writers).
    int64_t dataVersion() const;
    /// Size of the database file plus its WAL, in bytes.
    uint64_t fileBytes() const;
    /// The path given to open().
    const std::string& path() const { return m_path; }

    /// The schema version this build creates and understands.
    static constexpr int kSchemaVersion = 6;

private:
    Database(sqlite3* db, std::string path);
    struct Cache;
    sqlite3* m_db = nullptr;
    std::string m_path;
    std::unique_ptr<Cache> m_cache;
};

} // namespace roost::store
