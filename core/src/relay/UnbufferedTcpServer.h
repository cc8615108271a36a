#pragma once
// The Listener's QTcpServer: hands out sockets opened Unbuffered, so Qt keeps no read buffer per
// connection (a 16 KiB chunk each otherwise, most of an idle connection's memory) and writes go
// to the kernel directly, with only what the kernel refuses buffered.
#include <QTcpServer>
#include <QTcpSocket>

namespace roost::relay {

/// A QTcpServer whose pending connections are QTcpSockets opened ReadWrite | Unbuffered. Their
/// readyRead means "the kernel has data": read it with readAll(); until then no further
/// readyRead comes, which is how a paused connection leaves its bytes in the kernel.
class UnbufferedTcpServer final : public QTcpServer {
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor, QAbstractSocket::ConnectedState,
                                         QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            delete socket;
            return;
        }
        addPendingConnection(socket);
    }
};

} // namespace roost::relay
