#pragma once
// One backup at a time on a thread of its own, for the Cron schedule (backup/interval) and
// Relay::backupNow() (issue 14 item 7). The copy reads its own snapshot of the store, so the
// Writer and the query threads never wait for it.
#include "roost/Backup.h"

#include <QString>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

namespace roost::relay {

class BackupRunner {
public:
    /// What the snapshot shows: the run in progress and the last finished one (times in Unix ms).
    struct Status {
        bool running = false;
        QString phase;            ///< "copying", "checking", "compressing" while running
        int percent = -1;
        qint64 lastAtMs = 0;      ///< last successful backup (0 = none known)
        QString lastFile;         ///< its file
        QString lastError;        ///< error of the last attempt ("" = it succeeded)
        qint64 lastAttemptMs = 0; ///< last attempt, failed or not
    };
    using Done = std::function<void(const BackupOutcome&)>;

    /// `dataDir`: the relay's data directory (holding roost.db).
    explicit BackupRunner(const QString& dataDir);
    /// Cancels a running backup and waits for its thread.
    ~BackupRunner();

    /// Takes the newest roost-*.db.zst in `dir` as the last backup (after a restart).
    void seedFrom(const QString& dir);
    /// Starts a backup into `dir`/backupFileName(now), then deletes the oldest files beyond
    /// `keep` (0 = keep all). `progress` and `done` run on the backup thread. Returns false
    /// (and calls nothing) when a backup is already running.
    bool start(const QString& dir, int keep, BackupProgressFn progress, Done done);
    Status status() const;

private:
    void join();
    QString m_dataDir;
    mutable std::mutex m_mutex;
    Status m_status;
    std::atomic<bool> m_cancel{false};
    std::thread m_thread;
};

} // namespace roost::relay
