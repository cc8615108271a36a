#include "relay/Acceptor.h"

#include <QEvent>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace roost::relay {

namespace {

/// Portable Acceptor: Qt's QTcpServer, its accepted descriptors handed on as they come. A
/// refusal goes through a QTcpSocket (no portable way to close a raw socket descriptor).
///
/// Out of descriptors (EMFILE/ENFILE; WSAEMFILE/WSAENOBUFS) Qt 6.4's QTcpServer gives up the
/// failing accept and waits for the next read notification, which comes at once: the listening
/// socket is still readable, so the Listener thread spun at a whole core (e2e.fdlimit, portable
/// preset). Without a portable way to accept and close the waiting socket (AcceptorPosix.cpp's
/// reserve descriptor) we stop the spin: every read notification of the listening socket is seen
/// through an event filter, and kIdleWakeups of them in a row that accepted nothing pause
/// accepting for kRetryMs. The waiting connections stay in the backlog meanwhile (no 503 as on
/// Linux) and are accepted once descriptors are free. A Qt version that reports the failure
/// (acceptError, after which QTcpServer stays paused for good) is resumed the same way.
class QtAcceptor final : public Acceptor {
public:
    static constexpr int kRetryMs = 100;
    static constexpr int kIdleWakeups = 3;

    explicit QtAcceptor(QObject* parent) : Acceptor(parent), m_server(this) {
        m_server.setMaxPendingConnections(1024);
        m_retry.setSingleShot(true);
        m_retry.setInterval(kRetryMs);
        connect(&m_retry, &QTimer::timeout, this, [this] {
            m_idleWakeups = 0;
            if (m_server.isListening()) m_server.resumeAccepting();
        });
        connect(&m_server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) { backOff(); });
    }
    bool listen(const QHostAddress& address, quint16 port, QString* error) override {
        if (!m_server.listen(address, port)) {
            if (error) *error = m_server.errorString();
            return false;
        }
        // The listening socket's read notifier belongs to QTcpServer's socket engine (its child).
        for (QSocketNotifier* notifier : m_server.findChildren<QSocketNotifier*>())
            if (notifier->type() == QSocketNotifier::Read) notifier->installEventFilter(this);
        return true;
    }
    quint16 port() const override { return m_server.serverPort(); }
    void close() override {
        m_retry.stop();
        m_server.close();
    }
    void refuse(qintptr descriptor, const QByteArray& response) override {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->write(response);
        socket->disconnectFromHost();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::SockAct) {
            // Each notification should accept something; one that did not (a client that reset
            // before accept) is harmless, several in a row are a failing accept.
            if (m_acceptedSinceWakeup) m_idleWakeups = 0;
            else if (++m_idleWakeups >= kIdleWakeups) {
                backOff();
                return true; // swallowed: no further accept() until the retry
            }
            m_acceptedSinceWakeup = false;
        }
        return Acceptor::eventFilter(watched, event);
    }

private:
    void backOff() {
        m_server.pauseAccepting();
        if (m_backOffs++ % 1000 == 0)
            std::fprintf(stderr, "roost: accept failed (out of file descriptors?): retrying in %d ms (%llu so far)\n",
                         kRetryMs, static_cast<unsigned long long>(m_backOffs));
        m_retry.start();
    }

    class Server final : public QTcpServer {
    public:
        explicit Server(QtAcceptor* owner) : QTcpServer(owner), m_owner(owner) {}

    protected:
        void incomingConnection(qintptr descriptor) override {
            m_owner->m_acceptedSinceWakeup = true;
            if (m_owner->m_handler) m_owner->m_handler(descriptor);
        }

    private:
        QtAcceptor* m_owner;
    };
    Server m_server;
    QTimer m_retry;
    bool m_acceptedSinceWakeup = true;
    int m_idleWakeups = 0;
    quint64 m_backOffs = 0;
};

} // namespace

Acceptor* Acceptor::create(QObject* parent) { return new QtAcceptor(parent); }

} // namespace roost::relay
