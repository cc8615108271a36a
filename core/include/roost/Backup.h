#pragma once
// Backups a person can restore (issue 14 item 7): the public door for the CLI (`roost backup`,
// `roost restore`, `roost check`) and the GUI. The running relay's own backups go through
// Relay::backupNow() and the Cron schedule (backup/interval).
#include "roost/RelayConfig.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace roost {

/// Progress of a backup or restore: `phase` is "copying", "checking", "compressing" or
/// "decompressing"; `percent` 0..100 within the phase (-1 = unknown).
using BackupProgressFn = std::function<void(const QString& phase, int percent)>;

/// The folder scheduled backups and "Back up now" write to: backup/dir, else
/// `<data dir>/backups`.
QString backupDirectory(const RelayConfig& config);

/// The file name of a backup taken at `when`: "roost-YYYYMMDD-HHMMSS.db.zst" (UTC).
QString backupFileName(const QDateTime& when);

/// The backups in `dir` named as backupFileName() makes them, oldest first (absolute paths).
QStringList listBackups(const QString& dir);

/// Deletes the oldest backups in `dir` so that at most `keep` remain (0 = keep all).
/// Returns the files deleted.
QStringList pruneBackups(const QString& dir, int keep);

/// The outcome of a backup: on success `error` is empty and the rest is filled.
struct BackupOutcome {
    QString error;
    QString file;             ///< absolute path of the .db.zst
    quint64 fileBytes = 0;    ///< compressed size
    quint64 databaseBytes = 0;///< uncompressed size
    quint64 events = 0;       ///< events in the backup
    quint64 maxSeq = 0;       ///< every event committed before the backup started has seq <= this
    qint64 finishedAtMs = 0;  ///< Unix milliseconds
};

/// Writes a backup of the store in `dataDir` to `file` (see store::writeBackup: one consistent
/// snapshot through the SQLite backup API, safe while a relay runs on the directory, zstd level 3).
/// Blocking; call it off the GUI thread. `cancel` may be null.
BackupOutcome backupStore(const QString& dataDir, const QString& file, const BackupProgressFn& progress = {},
                          const std::atomic<bool>* cancel = nullptr);

/// The outcome of a restore.
struct RestoreOutcome {
    QString error;            ///< "" on success
    quint64 events = 0;       ///< events in the restored store
    QString previous;         ///< where the replaced store was kept (`roost.db.before-restore`), "" if none
};

/// Restores `file` (a backup, or a plain SQLite copy) as the store of `dataDir`. The relay must
/// NOT be running on that directory: the CLI takes the data directory lock first, the GUI stops
/// its relay first. The old store is kept as roost.db.before-restore; see store::restoreBackup.
RestoreOutcome restoreStore(const QString& dataDir, const QString& file, const BackupProgressFn& progress = {});

} // namespace roost
