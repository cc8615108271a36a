#pragma once
// Backups of the event store (issue 14 item 7): a consistent copy taken with SQLite's online
// backup API while the relay runs, compressed with zstd; a checked restore; the integrity check.
#include "store/ZstdFile.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace roost::store {

/// Progress of a backup or restore: `phase` is "copying" (done/total = database pages),
/// "compressing", "decompressing" (bytes) or "checking" (0/0).
using BackupProgress = std::function<void(const char* phase, uint64_t done, uint64_t total)>;

/// What writeBackup() produced.
struct BackupInfo {
    uint64_t pages = 0;        ///< database pages copied
    uint64_t databaseBytes = 0;///< size of the uncompressed copy
    uint64_t fileBytes = 0;    ///< size of the .zst file
    uint64_t events = 0;       ///< events in the copy
    uint64_t maxSeq = 0;       ///< highest sequence number in the copy: every event committed before the backup started is <= it
};

/// Copies the store at `dbPath` into the zstd file `outPath`. The copy is one read snapshot
/// (a read transaction held from the first page to the last, so events committed meanwhile are
/// not in it and the copy never restarts); it goes `pagesPerStep` pages at a time through
/// sqlite3_backup_step into `<outPath>.db-tmp`, whose quick_check must pass, then through zstd
/// (level 3, with checksum) into `<outPath>.partial`, renamed to `outPath` once fsynced. Readers
/// and the Writer are never blocked (WAL). Throws StoreError (disk full, cancelled, ...); no
/// partial file is left behind.
BackupInfo writeBackup(const std::string& dbPath, const std::string& outPath, const BackupProgress& progress = {},
                       const std::atomic<bool>* cancel = nullptr, int pagesPerStep = 256);

/// The outcome of checkDatabase().
struct CheckReport {
    bool ok = false;                  ///< integrity check said "ok" and the schema is ours
    bool damaged = false;             ///< the file opened but integrity/quick check found damage (or it is not a database)
    std::vector<std::string> problems;///< integrity_check lines (at most 20) or the open error
    int schemaVersion = 0;            ///< PRAGMA user_version (Database::kSchemaVersion when current)
    uint64_t events = 0;              ///< rows in events (0 when unreadable)
    uint64_t maxSeq = 0;
    uint64_t fileBytes = 0;           ///< database + WAL bytes
};

/// Opens the SQLite file `path` read-only and runs PRAGMA integrity_check (quick_check when
/// `quick`: no index/table cross-check, about 3x faster), then checks the schema version
/// (1..Database::kSchemaVersion) and counts events. Never throws: problems are reported.
CheckReport checkDatabase(const std::string& path, bool quick);

/// What restoreBackup() did.
struct RestoreInfo {
    uint64_t events = 0;        ///< events in the restored store
    int schemaVersion = 0;      ///< schema of the backup (migrated to the current one on open)
    std::string previous;       ///< where the replaced store was kept ("" when there was none)
};

/// Restores the backup `backupPath` (a .zst written by writeBackup, or a plain SQLite file)
/// as the store `dbPath`. The relay must not be running on it (the caller holds the data dir
/// lock). Steps: decompress into `<dbPath>.restoring`; integrity_check and schema version
/// (refused when newer than this build or not a Roost store); the current store (and its WAL)
/// moves to `<dbPath>.before-restore`; the new file takes its place and is opened read-write
/// (migrations) and quick-checked; if that fails the old store is put back. Throws StoreError
/// with the reason; the current store is untouched unless the new one is already in place and
/// checked.
RestoreInfo restoreBackup(const std::string& backupPath, const std::string& dbPath, const BackupProgress& progress = {});

} // namespace roost::store
