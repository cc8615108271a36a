// roost/Sync.h: a SyncSession on a JobThread of its own, its reports converted to the public types.
#include "roost/Sync.h"

#include "sync/JobThread.h"
#include "sync/SyncSession.h"

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
    m_thread->post([](QObject* session) { static_cast<sync::SyncSession*>(session)->cancel(); });
    m_thread->quit();
    m_thread->join();
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

    m_thread = std::make_unique<sync::JobThread>(QStringLiteral("roost-sync"));
    sync::JobThread* thread = m_thread.get();
    m_thread->start([this, thread, config, options]() -> QObject* {
        auto* session = new sync::SyncSession(config, options);
        connect(session, &sync::SyncSession::progress, this,
                [this](const sync::SyncProgress& p) { emit progress(toPublic(p)); });
        // The session ends on its own thread: the loop stops, the session is deleted there.
        connect(session, &sync::SyncSession::finished, session, [thread] { thread->quit(); });
        connect(session, &sync::SyncSession::finished, this, [this](const sync::SyncReport& r) {
            const SyncResult result = toPublic(r);
            if (m_thread) {
                m_thread->join();
                m_thread.reset();
            }
            emit finished(result);
        });
        QMetaObject::invokeMethod(session, &sync::SyncSession::start, Qt::QueuedConnection);
        return session;
    });
    return true;
}

void SyncRunner::cancel() {
    if (m_thread) m_thread->post([](QObject* session) { static_cast<sync::SyncSession*>(session)->cancel(); });
}

} // namespace roost
