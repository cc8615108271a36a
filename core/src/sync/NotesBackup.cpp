// roost/NotesBackup.h: a NotesBackupJob on a QThread of its own.
#include "roost/NotesBackup.h"

#include "nostr/Hex.h"
#include "roost/Nip19.h"
#include "sync/NotesBackupJob.h"

#include <QPointer>
#include <QThread>

namespace roost {

NotesBackup::NotesBackup(QObject* parent) : QObject(parent) {
    qRegisterMetaType<NotesBackupProgress>();
    qRegisterMetaType<NotesBackupResult>();
}

NotesBackup::~NotesBackup() {
    if (!m_thread) return;
    if (QObject* job = m_job)
        QMetaObject::invokeMethod(job, [job] { static_cast<sync::NotesBackupJob*>(job)->cancel(); },
                                  Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
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

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("roost-backup"));
    auto* job = new sync::NotesBackupJob(config, key, bootstrap);
    m_job = job;
    job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, job, &sync::NotesBackupJob::start);
    connect(job, &sync::NotesBackupJob::relaysFound, this, &NotesBackup::relaysFound);
    connect(job, &sync::NotesBackupJob::progress, this, &NotesBackup::progress);
    connect(job, &sync::NotesBackupJob::finished, job, [job](const NotesBackupResult&) {
        job->deleteLater();
        job->thread()->quit();
    });
    connect(job, &sync::NotesBackupJob::finished, this, [this](const NotesBackupResult& result) {
        m_job = nullptr;
        if (m_thread) {
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
        }
        emit finished(result);
    });
    m_thread->start();
    return true;
}

void NotesBackup::cancel() {
    if (QObject* job = m_job)
        QMetaObject::invokeMethod(job, [job] { static_cast<sync::NotesBackupJob*>(job)->cancel(); },
                                  Qt::QueuedConnection);
}

bool NotesBackup::isRunning() const { return m_thread != nullptr; }

} // namespace roost
