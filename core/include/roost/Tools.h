#pragma once
// The store tools behind `roost import|export|scan|delete|stats|sync`. They open the store in
// `dataDir` directly (safe while a relay runs: SQLite WAL; a running relay's live subscribers
// see imported events through its external-writer catch-up).
#include "roost/RelayConfig.h"

#include <QString>
#include <QStringList>

#include <cstdint>
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
int runSync(const RelayConfig& config, const SyncRequest& request, std::ostream& out, std::ostream& err);

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
