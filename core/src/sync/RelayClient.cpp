#include "sync/RelayClient.h"

#include "nostr/Types.h"

namespace roost::sync {

RelayClient::RelayClient(QObject* parent)
    : QObject(parent), m_socket(QString(), QWebSocketProtocol::VersionLatest, this) { // a child: moves with us
    connect(&m_socket, &QWebSocket::connected, this, &RelayClient::opened);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RelayClient::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_closing || m_reported) return;
        m_reported = true;
        QString reason = m_socket.closeReason();
        if (reason.isEmpty()) reason = m_socket.errorString();
        emit disconnected(reason.isEmpty() ? QStringLiteral("the remote closed the connection") : reason);
    });
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        if (m_closing || m_reported) return;
        m_reported = true;
        emit disconnected(m_socket.errorString());
    });
}

RelayClient::~RelayClient() {
    m_closing = true;
    m_socket.abort();
}

void RelayClient::setMessageHandler(std::function<void(RelayMessage&&)> handler) {
    m_handler = std::move(handler);
}

void RelayClient::open(const QUrl& url) {
    m_closing = false;
    m_reported = false;
    m_socket.open(url);
}

void RelayClient::send(const std::string& text) {
    if (!isOpen()) return;
    m_bytesOut += text.size();
    m_socket.sendTextMessage(QString::fromUtf8(text.data(), qsizetype(text.size())));
}

void RelayClient::close() {
    m_closing = true;
    m_socket.close();
}

bool RelayClient::isOpen() const {
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void RelayClient::onText(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    m_bytesIn += uint64_t(utf8.size());
    RelayMessage message;
    try {
        message = parseRelayMessage(std::string_view(utf8.constData(), size_t(utf8.size())));
    } catch (const nostr::ParseError& e) {
        emit malformed(QString::fromUtf8(e.what()));
        return;
    }
    if (m_handler) m_handler(std::move(message));
}

} // namespace roost::sync
