#include "store/Backup.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace roost::store {

namespace fs = std::filesystem;

namespace {

/// A raw connection closed on scope exit (the copies are plain SQLite files, default VFS).
struct Conn {
    sqlite3* db = nullptr;
    ~Conn() { sqlite3_close_v2(db); }
};

/// Runs one query whose first column is an integer; `fallback` when there is no row.
int64_t queryInt(sqlite3* db, const char* sql, int64_t fallback = 0) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) throwSqlite(db, sql); // sql-ok: constant SQL from this file on the backup copy's own connection
    const int rc = sqlite3_step(stmt);
    const int64_t value = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : fallback;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) throwSqlite(db, sql);
    return value;
}

void removeQuietly(const std::string& path) {
    std::error_code ec;
    fs::remove(path, ec);
}

void removeWithSidecars(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) removeQuietly(path + suffix);
}

bool startsWithSqliteHeader(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    return in.read(header, 16) && std::memcmp(header, "SQLite format 3", 16) == 0;
}

void renameOrThrow(const std::string& from, const std::string& to) {
    std::error_code ec;
    fs::rename(from, to, ec);
    if (ec) throw StoreError("cannot rename " + from + " to " + to + ": " + ec.message());
}

} // namespace

BackupInfo writeBackup(const std::string& dbPath, const std::string& outPath, const BackupProgress& progress,
                       const std::atomic<bool>* cancel, int pagesPerStep) {
    const std::string tmpPath = outPath + ".db-tmp";
    const std::string partialPath = outPath + ".partial";
    removeWithSidecars(tmpPath);
    struct Cleanup {
        std::string tmp;
        ~Cleanup() { removeWithSidecars(tmp); }
    } cleanup{tmpPath};
    BackupInfo info;
    {
        // The source: a read connection whose read transaction pins one WAL snapshot for the
        // whole copy, so commits of the Writer meanwhile neither enter the copy nor restart it.
        Database::Options options;
        options.mode = Database::Mode::ReadOnly;
        auto source = Database::open(dbPath, options);
        source->exec("BEGIN");
        queryInt(source->handle(), "SELECT count(*) FROM sqlite_schema");
        Conn dest;
        if (sqlite3_open_v2(tmpPath.c_str(), &dest.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            throwSqlite(dest.db, "cannot create " + tmpPath);
        sqlite3_backup* backup = sqlite3_backup_init(dest.db, "main", source->handle(), "main");
        if (!backup) throwSqlite(dest.db, "cannot start the backup into " + tmpPath);
        int rc = SQLITE_OK;
        while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                sqlite3_backup_finish(backup);
                throw StoreError("backup cancelled");
            }
            rc = sqlite3_backup_step(backup, pagesPerStep);
            const int total = sqlite3_backup_pagecount(backup);
            if (progress) progress("copying", uint64_t(total - sqlite3_backup_remaining(backup)), uint64_t(total));
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(10);
        }
        info.pages = uint64_t(sqlite3_backup_pagecount(backup));
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) throw StoreError("backup into " + tmpPath + " failed: " + sqlite3_errstr(rc));
        source->exec("COMMIT");
        if (progress) progress("checking", 0, 0);
        // The copy is the snapshot: its newest seq bounds what it holds.
        info.events = uint64_t(queryInt(dest.db, "SELECT count(*) FROM events"));
        info.maxSeq = uint64_t(queryInt(dest.db, "SELECT coalesce(max(seq), 0) FROM events"));
        sqlite3_stmt* check = nullptr;
        if (sqlite3_prepare_v2(dest.db, "PRAGMA quick_check", -1, &check, nullptr) != SQLITE_OK) // sql-ok: constant, the copy's own connection
            throwSqlite(dest.db, "quick_check of the copy");
        const bool good = sqlite3_step(check) == SQLITE_ROW &&
                          std::strcmp(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)), "ok") == 0;
        sqlite3_finalize(check);
        if (!good) throw StoreError("the copy in " + tmpPath + " failed its quick_check");
        // Back to a rollback journal: the file is then complete in itself (no -wal beside it).
        sqlite3_exec(dest.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr); // sql-ok: constant, the copy's own connection
    }
    std::error_code ec;
    info.databaseBytes = uint64_t(fs::file_size(tmpPath, ec));
    info.fileBytes = zstdCompressFile(tmpPath, partialPath, 3,
                                      [&](uint64_t done, uint64_t total) {
                                          if (progress) progress("compressing", done, total);
                                      },
                                      cancel);
    try {
        renameOrThrow(partialPath, outPath);
    } catch (...) {
        removeQuietly(partialPath);
        throw;
    }
    return info;
}

CheckReport checkDatabase(const std::string& path, bool quick) {
    CheckReport report;
    for (const std::string& file : {path, path + "-wal"}) {
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        if (!ec) report.fileBytes += uint64_t(size);
    }
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        report.problems.push_back(path + ": no such file");
        return report;
    }
    Conn conn;
    if (sqlite3_open_v2(path.c_str(), &conn.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        report.problems.push_back(std::string("cannot open: ") + sqlite3_errmsg(conn.db));
        return report;
    }
    sqlite3_busy_timeout(conn.db, 10000);
    sqlite3_stmt* stmt = nullptr;
    const char* sql = quick ? "PRAGMA quick_check(20)" : "PRAGMA integrity_check(20)";
    if (sqlite3_prepare_v2(conn.db, sql, -1, &stmt, nullptr) != SQLITE_OK) { // sql-ok: one of two constant PRAGMAs on a read-only check connection
        report.problems.push_back(sqlite3_errmsg(conn.db));
        const int code = sqlite3_errcode(conn.db) & 0xff;
        report.damaged = code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
        return report;
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const char* line = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        if (!line || std::strcmp(line, "ok") == 0) continue;
        // One line per problem: drop SQLite's "*** in database main ***" heading.
        std::string text(line);
        if (const auto heading = text.find("*** in database main ***\n"); heading == 0) text.erase(0, 25);
        for (char& c : text)
            if (c == '\n') c = ' ';
        report.problems.push_back(text);
    }
    if (rc != SQLITE_DONE) report.problems.push_back(sqlite3_errmsg(conn.db));
    sqlite3_finalize(stmt);
    if (!report.problems.empty()) {
        const int code = sqlite3_errcode(conn.db) & 0xff;
        report.damaged = rc == SQLITE_DONE || code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
        return report;
    }
    try {
        report.schemaVersion = int(queryInt(conn.db, "PRAGMA user_version"));
        if (queryInt(conn.db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'events'") == 0) {
            report.problems.push_back("not a Roost event store (no events table)");
            return report;
        }
        if (report.schemaVersion < 1 || report.schemaVersion > Database::kSchemaVersion) {
            report.problems.push_back("schema version " + std::to_string(report.schemaVersion) +
                                      (report.schemaVersion > Database::kSchemaVersion
                                           ? " is newer than this build understands (" + std::to_string(Database::kSchemaVersion) + ")"
                                           : " is not a Roost schema"));
            return report;
        }
        report.events = uint64_t(queryInt(conn.db, "SELECT count(*) FROM events"));
        report.maxSeq = uint64_t(queryInt(conn.db, "SELECT coalesce(max(seq), 0) FROM events"));
    } catch (const StoreError& e) {
        report.problems.push_back(e.what());
        return report;
    }
    report.ok = true;
    return report;
}

RestoreInfo restoreBackup(const std::string& backupPath, const std::string& dbPath, const BackupProgress& progress) {
    std::error_code ec;
    if (!fs::is_regular_file(backupPath, ec)) throw StoreError(backupPath + ": no such file");
    const std::string tmpPath = dbPath + ".restoring";
    removeWithSidecars(tmpPath);
    if (isZstdFile(backupPath)) {
        zstdDecompressFile(backupPath, tmpPath, [&](uint64_t done, uint64_t total) {
            if (progress) progress("decompressing", done, total);
        });
    } else if (startsWithSqliteHeader(backupPath)) {
        fs::copy_file(backupPath, tmpPath, fs::copy_options::overwrite_existing, ec);
        if (ec) {
            removeQuietly(tmpPath);
            throw StoreError("cannot copy " + backupPath + " to " + tmpPath + ": " + ec.message());
        }
    } else {
        throw StoreError(backupPath + ": not a Roost backup (neither zstd nor an SQLite file)");
    }
    if (progress) progress("checking", 0, 0);
    const CheckReport report = checkDatabase(tmpPath, false);
    // A read-only check may leave an empty -wal/-shm next to the copy; nothing was written to them.
    removeQuietly(tmpPath + "-wal");
    removeQuietly(tmpPath + "-shm");
    if (!report.ok) {
        removeWithSidecars(tmpPath);
        throw StoreError(backupPath + " failed the check, the store was not changed: " + report.problems.front());
    }

    RestoreInfo info;
    info.schemaVersion = report.schemaVersion;
    const std::string previous = dbPath + ".before-restore";
    const bool hadStore = fs::exists(dbPath, ec);
    if (hadStore) {
        removeWithSidecars(previous);
        renameOrThrow(dbPath, previous);
        if (fs::exists(dbPath + "-wal", ec)) renameOrThrow(dbPath + "-wal", previous + "-wal");
        removeQuietly(dbPath + "-shm");
        info.previous = previous;
    }
    auto putBack = [&] {
        removeWithSidecars(dbPath);
        if (!hadStore) return;
        fs::rename(previous, dbPath, ec);
        if (fs::exists(previous + "-wal", ec)) fs::rename(previous + "-wal", dbPath + "-wal", ec);
    };
    try {
        renameOrThrow(tmpPath, dbPath);
        auto db = Database::open(dbPath); // migrates an older schema
        info.events = uint64_t(queryInt(db->handle(), "SELECT count(*) FROM events"));
        if (queryInt(db->handle(), "PRAGMA user_version") != Database::kSchemaVersion)
            throw StoreError("the restored store did not reach schema version " + std::to_string(Database::kSchemaVersion));
    } catch (const StoreError& e) {
        putBack();
        removeWithSidecars(tmpPath);
        throw StoreError(std::string("restore failed, the previous store was put back: ") + e.what());
    }
    return info;
}

} // namespace roost::store
