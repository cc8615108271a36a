#pragma once
// The Listener's listening socket (platform files picked by CMake). Accepted descriptors go to
// a handler, which wraps them in a QTcpSocket or refuses them with refuse() — a refused socket
// never gets a QTcpSocket, so a flood past the socket cap costs no Qt objects. On Linux the
// accept loop is our own (Qt's QTcpServer retries a failing accept about 9,500 times a second
// when the process is out of descriptors, EMFILE): see AcceptorPosix.cpp.
#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>

namespace roost::relay {

/// Listens on one address and hands every accepted socket descriptor to the handler, in the
/// thread the Acceptor lives in. Descriptors are non-blocking and close-on-exec; the handler
/// owns them (it must wrap, refuse or close each one).
class Acceptor : public QObject {
public:
    using Handler = std::function<void(qintptr descriptor)>;

    /// The platform's Acceptor (AcceptorPosix.cpp on Linux, AcceptorDefault.cpp elsewhere).
    static Acceptor* create(QObject* parent);

    /// Binds `address`:`port` (0: the system picks) and listens. Returns false with `error` set
    /// (the system's message) when the address cannot be bound.
    virtual bool listen(const QHostAddress& address, quint16 port, QString* error) = 0;
    /// The bound port (0 before listen()).
    virtual quint16 port() const = 0;
    /// Stops listening and closes the listening socket (queued connections are reset).
    virtual void close() = 0;
    /// Answers `descriptor` with `response` (a complete HTTP response, written once without
    /// blocking, whatever the kernel takes) and closes it. Used for refusals at accept.
    virtual void refuse(qintptr descriptor, const QByteArray& response) = 0;
    /// Sockets accepted and refused by the Acceptor itself because the process was out of file
    /// descriptors (EMFILE/ENFILE), since start.
    quint64 refusedOutOfFiles() const { return m_refusedOutOfFiles; }

    void setHandler(Handler handler) { m_handler = std::move(handler); }

protected:
    using QObject::QObject;
    Handler m_handler;
    quint64 m_refusedOutOfFiles = 0;
};

/// The HTTP 503 answer (RFC 9110 §15.6.4, with Retry-After) for a socket refused at accept;
/// `reason` is its plain-text body, one line ending in "\n".
inline QByteArray refusalResponse(const QByteArray& reason) {
    return QByteArrayLiteral("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                             "Retry-After: 10\r\nConnection: close\r\nContent-Length: ") +
           QByteArray::number(reason.size()) + QByteArrayLiteral("\r\n\r\n") + reason;
}

} // namespace roost::relay
