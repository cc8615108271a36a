// roost/Sync.h: a SyncSession on a QThread of its own, its reports converted to the public types.
#include "roost/Sync.h"

#include "sync/SyncSession.h"

#include <QThread>

namespace roost {

namespace {

SyncProgressInfo toPublic(const sync::SyncProgress& p) {
    SyncProgressInfo out;
    out.phase = QString::fromStdString(p.phase);
    out.idsLearned = p.idsLearned;
    out.need = p.need;
    out.have = p.have;
    out.down = p.down;
    out.downTotal = p.downTotal;
    out.up = p.up;
    out.upTotal = p.upTotal;
    out.bytesIn = p.bytesIn;
    out.bytesOut = p.bytesOut;
    return out;
}

SyncResult toPublic(const sync::SyncReport& r) {
    SyncResult out;
    out.error = QString::fromStdString(r.error);
    out.usedNegentropy = r.usedNegentropy;
    out.fallbackReason = QString::fromStdString(r.fallbackReason);
    out.have = r.have;
    out.need = r.need;
    out.added = r.added;
    out.duplicate = r.duplicate;
    out.uploaded = r.uploaded;
    for (const auto& [reason, n] : r.rejectedDown) out.rejectedDown.insert(QString::fromStdString(reason), n);
    for (const auto& [reason, n] : r.rejectedUp) out.rejectedUp.insert(QString::fromStdString(reason), n);
    out.bytesIn = r.bytesIn;
    out.bytesOut = r.bytesOut;
    out.seconds = r.seconds;
    out.summary = QString::fromStdString(r.toText());
    return out;
}

} // namespace

SyncRunner::SyncRunner(QObject* parent) : QObject(parent) {
    qRegisterMetaType<sync::SyncProgress>();
    qRegisterMetaType<sync::SyncReport>();
    qRegisterMetaType<SyncProgressInfo>();
    qRegisterMetaType<SyncResult>();
}

SyncRunner::~SyncRunner() {
    if (!m_thread) return;
    if (QObject* session = m_session.data())
        QMetaObject::invokeMethod(session, [session] { static_cast<sync::SyncSession*>(session)->cancel(); },
                                  Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool SyncRunner::start(const RelayConfig& config, const QString& url, const QString& filterJson,
                       SyncDirection direction, bool negentropy, bool dryRun) {
    if (m_thread) return false;
    sync::SyncOptions options;
    options.url = QUrl(url);
    options.filterJson = filterJson.isEmpty() ? std::string("{}") : filterJson.toStdString();
    options.direction = direction == SyncDirection::Down ? sync::SyncDirection::Down
                        : direction == SyncDirection::Up ? sync::SyncDirection::Up
                                                         : sync::SyncDirection::Both;
    options.negentropy = negentropy;
    options.dryRun = dryRun;

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("roost-sync"));
    auto* session = new sync::SyncSession(config, options);
    m_session = session;
    session->moveToThread(m_thread);
    connect(m_thread, &QThread::started, session, &sync::SyncSession::start);
    connect(session, &sync::SyncSession::progress, this,
            [this](const sync::SyncProgress& p) { emit progress(toPublic(p)); });
    // The session ends on its own thread: it is deleted there, then the thread stops.
    connect(session, &sync::SyncSession::finished, session, [session](const sync::SyncReport&) {
        session->deleteLater();
        session->thread()->quit();
    });
    connect(session, &sync::SyncSession::finished, this, [this](const sync::SyncReport& r) {
        const SyncResult result = toPublic(r);
        m_session = nullptr;
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

void SyncRunner::cancel() {
    if (QObject* session = m_session.data())
        QMetaObject::invokeMethod(session, [session] { static_cast<sync::SyncSession*>(session)->cancel(); },
                                  Qt::QueuedConnection);
}

} // namespace roost
