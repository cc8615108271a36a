#include "relay/Acceptor.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace roost::relay {

namespace {

/// Portable Acceptor: Qt's QTcpServer, its accepted descriptors handed on as they come. A
/// refusal goes through a QTcpSocket (no portable way to close a raw socket descriptor).
class QtAcceptor final : public Acceptor {
public:
    explicit QtAcceptor(QObject* parent) : Acceptor(parent), m_server(this) {
        m_server.setMaxPendingConnections(1024);
    }
    bool listen(const QHostAddress& address, quint16 port, QString* error) override {
        if (m_server.listen(address, port)) return true;
        if (error) *error = m_server.errorString();
        return false;
    }
    quint16 port() const override { return m_server.serverPort(); }
    void close() override { m_server.close(); }
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

private:
    class Server final : public QTcpServer {
    public:
        explicit Server(QtAcceptor* owner) : QTcpServer(owner), m_owner(owner) {}

    protected:
        void incomingConnection(qintptr descriptor) override {
            if (m_owner->m_handler) m_owner->m_handler(descriptor);
        }

    private:
        QtAcceptor* m_owner;
    };
    Server m_server;
};

} // namespace

Acceptor* Acceptor::create(QObject* parent) { return new QtAcceptor(parent); }

} // namespace roost::relay
