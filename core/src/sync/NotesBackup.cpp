// roost/NotesBackup.h: a NotesBackupJob on a JobThread of its own.
#include "roost/NotesBackup.h"

#include "nostr/Hex.h"
#include "roost/Nip19.h"
#include "sync/JobThread.h"
#include "sync/NotesBackupJob.h"

namespace roost {

NotesBackup::NotesBackup(QObject* parent) : QObject(parent) {
    qRegisterMetaType<NotesBackupProgress>();
    qRegisterMetaType<NotesBackupResult>();
}

NotesBackup::~NotesBackup() {
    if (!m_thread) return;
    m_thread->post([](QObject* job) { static_cast<sync::NotesBackupJob*>(job)->cancel(); });
    m_thread->quit();
    m_thread->join();
}

bool NotesBackup::start(const RelayConfig& config, const QString& pubkey, const QStringList& bootstrapRelays,
                        QString* error) {
    auto fail = [error](const QString& why) {
        if (error) *error = why;
        return false;
    };
    if (m_thread) return fail(QStringLiteral("a backup is already running"));
    const std::optional<QString> hex = nip19::hexFromInput(pubkey, QStringLiteral("npub"));
    nostr::PubKey key{};
    if (!hex || !nostr::fromHex(hex->toStdString(), key))
        return fail(QStringLiteral("not a public key (npub or 64 hex characters): %1").arg(pubkey));
    const QStringList bootstrap = bootstrapRelays.isEmpty() ? config.syncBootstrapRelays : bootstrapRelays;
    if (bootstrap.isEmpty()) return fail(QStringLiteral("no bootstrap relays (sync/bootstrap_relays is empty)"));

    m_thread = std::make_unique<sync::JobThread>(QStringLiteral("roost-backup"));
    sync::JobThread* thread = m_thread.get();
    m_thread->start([this, thread, config, key, bootstrap]() -> QObject* {
        auto* job = new sync::NotesBackupJob(config, key, bootstrap);
        connect(job, &sync::NotesBackupJob::relaysFound, this, &NotesBackup::relaysFound);
        connect(job, &sync::NotesBackupJob::progress, this, &NotesBackup::progress);
        // On the job's thread: the loop ends, the job is deleted there and the thread exits.
        connect(job, &sync::NotesBackupJob::finished, job, [thread] { thread->quit(); });
        // On ours (queued): the thread is joined before the result is announced.
        connect(job, &sync::NotesBackupJob::finished, this, [this](const NotesBackupResult& result) {
            if (m_thread) {
                m_thread->join();
                m_thread.reset();
            }
            emit finished(result);
        });
        QMetaObject::invokeMethod(job, &sync::NotesBackupJob::start, Qt::QueuedConnection);
        return job;
    });
    return true;
}

void NotesBackup::cancel() {
    if (m_thread) m_thread->post([](QObject* job) { static_cast<sync::NotesBackupJob*>(job)->cancel(); });
}

bool NotesBackup::isRunning() const { return m_thread != nullptr; }

} // namespace roost
