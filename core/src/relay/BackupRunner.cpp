#include "relay/BackupRunner.h"

#include "sync/ThreadSignals.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace roost::relay {

BackupRunner::BackupRunner(const QString& dataDir) : m_dataDir(dataDir) {}

BackupRunner::~BackupRunner() {
    m_cancel = true;
    join();
}

void BackupRunner::join() {
    if (m_thread.joinable()) m_thread.join();
}

void BackupRunner::seedFrom(const QString& dir) {
    const QStringList files = listBackups(dir);
    if (files.isEmpty()) return;
    std::lock_guard lock(m_mutex);
    m_status.lastFile = files.last();
    m_status.lastAtMs = QFileInfo(files.last()).lastModified().toMSecsSinceEpoch();
}

bool BackupRunner::start(const QString& dir, int keep, BackupProgressFn progress, Done done) {
    {
        std::lock_guard lock(m_mutex);
        if (m_status.running) return false;
        m_status.running = true;
        m_status.phase = QStringLiteral("copying");
        m_status.percent = 0;
        m_status.lastAttemptMs = QDateTime::currentMSecsSinceEpoch();
    }
    join(); // the previous run's thread has finished (running was false)
    m_thread = std::thread([this, dir, keep, progress = std::move(progress), done = std::move(done)] {
        sync::blockTerminationSignals(); // SIGINT/SIGTERM go to the main thread
        const QString file = QDir(dir).filePath(backupFileName(QDateTime::currentDateTimeUtc()));
        BackupOutcome outcome = backupStore(m_dataDir, file, [&](const QString& phase, int percent) {
            {
                std::lock_guard lock(m_mutex);
                m_status.phase = phase;
                m_status.percent = percent;
            }
            if (progress) progress(phase, percent);
        }, &m_cancel);
        if (outcome.error.isEmpty()) {
            for (const QString& old : pruneBackups(dir, keep))
                std::fprintf(stderr, "roost: deleted old backup %s (backup/keep=%d)\n", qPrintable(old), keep);
            std::fprintf(stderr, "roost: backup written to %s (%llu events, %llu bytes)\n", qPrintable(outcome.file),
                         static_cast<unsigned long long>(outcome.events), static_cast<unsigned long long>(outcome.fileBytes));
        } else {
            std::fprintf(stderr, "roost: backup failed: %s\n", qPrintable(outcome.error));
        }
        {
            std::lock_guard lock(m_mutex);
            m_status.running = false;
            m_status.phase.clear();
            m_status.percent = -1;
            m_status.lastError = outcome.error;
            if (outcome.error.isEmpty()) {
                m_status.lastAtMs = outcome.finishedAtMs;
                m_status.lastFile = outcome.file;
            }
        }
        if (done) done(outcome);
    });
    return true;
}

BackupRunner::Status BackupRunner::status() const {
    std::lock_guard lock(m_mutex);
    return m_status;
}

} // namespace roost::relay
