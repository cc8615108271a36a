#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace roost::app {

namespace {
constexpr char kActivate[] = "activate\n";
constexpr char kShown[] = "shown\n";
} // namespace

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent)
    : QObject(parent), m_dataDir(QFileInfo(dataDir).absoluteFilePath()) {
    QDir().mkpath(m_dataDir);
    m_dataDir = QFileInfo(m_dataDir).canonicalFilePath().isEmpty() ? m_dataDir : QFileInfo(m_dataDir).canonicalFilePath();
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& dataDir) {
    const QByteArray hash = QCryptographicHash::hash(dataDir.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("roost-") + QString::fromLatin1(hash);
}

bool SingleInstance::lock(QString* error) {
    m_lock = std::make_unique<QLockFile>(m_dataDir + QStringLiteral("/roost.lock"));
    m_lock->setStaleLockTime(0); // only a dead holder (pid gone) makes it stale, never its age
    if (m_lock->tryLock(0)) return true;
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    if (error) {
        if (m_lock->error() == QLockFile::LockFailedError)
            *error = QStringLiteral("another roost (pid %1) is already running on the data directory %2; "
                                    "stop it first or use another --data-dir")
                         .arg(pid)
                         .arg(m_dataDir);
        else
            *error = QStringLiteral("the data directory %1 is not writable (cannot create its lock file roost.lock); roost "
                                    "keeps its event store there: fix its permissions or mount, or choose another --data-dir")
                         .arg(m_dataDir);
    }
    m_lock.reset();
    return false;
}

bool SingleInstance::activateRunning(int timeoutMs) {
    QLocalSocket socket;
    socket.connectToServer(serverName(m_dataDir));
    if (!socket.waitForConnected(timeoutMs)) return false;
    socket.write(kActivate);
    if (!socket.waitForBytesWritten(timeoutMs)) return false;
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(timeoutMs)) return false;
    return socket.readLine() == kShown;
}

bool SingleInstance::listen(QString* error) {
    const QString name = serverName(m_dataDir);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket file by this name is left over from a process that died.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        if (error) *error = QStringLiteral("cannot listen on local socket %1: %2").arg(name, m_server->errorString());
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (!client->canReadLine()) {
                    if (client->bytesAvailable() > 64) client->abort(); // not one of ours
                    return;
                }
                if (client->readLine(64) == kActivate) {
                    emit activationRequested();
                    client->write(kShown);
                    client->flush();
                }
                client->disconnectFromServer();
            });
        }
    });
    return true;
}

} // namespace roost::app
