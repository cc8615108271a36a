#pragma once
// The store tools behind `roost import|export|scan|delete|stats|sync|backup|restore|check`. They
// open the store in `dataDir` directly (SQLite WAL). The readers (export, scan, stats, check,
// backup) are safe while a relay runs; app/main.cpp takes the data directory lock for the
// writers (import, restore, delete --yes), so those are refused while a relay runs.
#include "roost/RelayConfig.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <limits>

namespace roost::tools {

/// Imports JSONL from `in` (one event object per line). Verifies id and signature unless
/// `verify` is false. Writes `line N: <reason>` to `err` for each rejected line and
/// `added A, duplicate D, rejected R` to `out`. Returns the process exit code (0 = success,
/// even with rejected lines; 1 when the store cannot be opened).
int runImport(const QString& dataDir, bool verify, std::istream& in, std::ostream& out, std::ostream& err);

/// Writes stored events with since <= created_at <= until (Unix seconds) as JSONL to `out`,
/// oldest first, newest first when `reverse`. Returns the exit code.
int runExport(const QString& dataDir, int64_t since, int64_t until, bool reverse, std::ostream& out,
              std::ostream& err);

/// Prints the events matching one NIP-01 filter (JSON object text) as JSONL, newest first
/// (the filter's limit applies; without one, every match). Returns 2 for a bad filter.
/// In the filters of runScan and runDelete, "authors" and "#p" values may be npub and "ids" and
/// "#e" values note (NIP-19, optional "nostr:" prefix); they are read as hex, and a broken one
/// is a bad filter.
int runScan(const QString& dataDir, const QString& filterJson, std::ostream& out, std::ostream& err);

/// Counts the events matching the filter and prints `N events match`; deletes them only when
/// `confirmed`, then prints `deleted N`. Returns 2 for a bad filter.
int runDelete(const QString& dataDir, const QString& filterJson, bool confirmed, std::ostream& out,
              std::ostream& err);

/// Prints `events: N`, `database bytes: B`, `max seq: S` and one `kind K: N` line per kind.
int runStats(const QString& dataDir, std::ostream& out, std::ostream& err);

/// What `roost sync` was asked to do.
struct SyncRequest {
    QString url;               ///< ws:// or wss:// URL of the remote relay
    QString filterJson;        ///< one NIP-01 filter as JSON ("" = every event)
    QString direction;         ///< "down", "up" or "both" ("" = both)
    bool negentropy = true;    ///< false: REQ fallback only (--no-negentropy)
    bool dryRun = false;       ///< report have/need only (--dry-run)
};

/// `roost sync`: reconciles the store in config.dataDir with a remote relay (NIP-77, REQ
/// fallback) and transfers the difference (see core/src/sync/SyncSession.h). Needs a
/// QCoreApplication (runs its own event loop until done). Progress goes to `err` (a bar when
/// stderr is a terminal, one line per phase otherwise); the final counts to `out` as `key: value`
/// lines (method, have, need, downloaded, added, duplicate, uploaded, rejected down/up with
/// reasons, bytes in/out, seconds). Returns 0 on success, 2 for bad arguments, 1 on failure with
/// `roost: sync failed: <reason>` on `err`.
///
/// Interruption: `connectInterrupt` (optional) is called once, before the run starts, with a
/// SyncInterrupt; calling that on runSync's thread (e.g. from a SIGINT/SIGTERM handler's Qt
/// signal) cancels the run between two steps: the batches already written stay stored (each is
/// one transaction, so nothing is half-written), the partial counts are printed to `out` as
/// above, `roost: sync interrupted` to `err`, and runSync returns the status given to it (130
/// for SIGINT, 143 for SIGTERM by the shell's convention). Calls after runSync returned, and
/// any after the first, are ignored.
using SyncInterrupt = std::function<void(int exitStatus)>;
int runSync(const RelayConfig& config, const SyncRequest& request, std::ostream& out, std::ostream& err,
            const std::function<void(SyncInterrupt)>& connectInterrupt = {});

// Backups and the store check (issue 14 items 6 and 7; roost/Backup.h).

/// `roost backup [FILE]`: writes a zstd backup of the store in config.dataDir to `file` (empty
/// = backupDirectory(config)/backupFileName(now)), safe while a relay runs. Progress on `err`
/// (one line per phase and each 10 %); then `backup: PATH`, `events: N`, `bytes: B`,
/// `database bytes: D` on `out`. Returns 0, or 1 with `roost: backup failed: <reason>`.
int runBackup(const RelayConfig& config, const QString& file, std::ostream& out, std::ostream& err);

/// `roost restore FILE`: restoreStore() into `dataDir`; the caller holds the data directory
/// lock (a running relay makes it refuse earlier). Prints `restored N events from FILE` and
/// where the previous store was kept. Returns 0, 2 without FILE, 1 with `roost: restore failed: ...`.
int runRestore(const QString& dataDir, const QString& file, std::ostream& out, std::ostream& err);

/// `roost check`: PRAGMA integrity_check of the store (read-only, safe while a relay runs) and
/// quick stats: `integrity: ok`, `schema version: V`, `events: N`, `max seq: S`, `database bytes: B`.
/// Returns 0 when intact, 1 when damaged (`integrity: FAILED` and up to 20 problem lines, then
/// what to do), 2 when there is no store.
int runCheck(const QString& dataDir, std::ostream& out, std::ostream& err);
/// `roost sync --peers`: runs every enabled `peer=` of config.syncPeers once, one after the
/// other, each with its URL, direction and filter (issue 10 item 6). Prints per peer a
/// `peer URL: ok` or `peer URL: failed: <reason>` line followed by the run's counts (indented
/// `key: value` lines) on `out`. Returns 0 when every run succeeded (also with no peers: it says
/// "no enabled sync peers"), 1 when any failed. Needs a QCoreApplication.
int runSyncPeers(const RelayConfig& config, std::ostream& out, std::ostream& err);

/// `roost backup-notes [KEY] [--bootstrap URL,URL]`: "Back up my notes" (roost/NotesBackup.h)
/// for `pubkey` (npub or hex; "" = the config's first owner key) with `bootstrap` ("" entries
/// ignored; empty = the config's sync/bootstrap_relays), into config.dataDir. Needs a
/// QCoreApplication. Progress on `err` (one line per step: relays found, each relay started and
/// done), the summary (roost/NotesBackup.h NotesBackupResult::summary: key: value lines) on
/// `out`. Returns 0 when at least one relay was synced (failed relays are listed), 2 for a bad
/// or missing key, 1 when no relay list was found or no relay could be synced, with
/// `roost: backup failed: <reason>` on `err`.
int runBackupNotes(const RelayConfig& config, const QString& pubkey, const QStringList& bootstrap, std::ostream& out,
                   std::ostream& err);

} // namespace roost::tools
