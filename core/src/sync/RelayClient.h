#pragma once
// One outbound WebSocket connection to a remote relay (QtWebSockets' QWebSocket), speaking the
// NIP-01 client side: text messages out, parsed relay messages in, payload bytes counted.
#include "sync/RelayMessage.h"

#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <cstdint>
#include <functional>
#include <string>

namespace roost::sync {

/// Lives on the thread that created it (QWebSocket needs that thread's event loop).
class RelayClient : public QObject {
    Q_OBJECT
public:
    explicit RelayClient(QObject* parent = nullptr);
    ~RelayClient() override;

    /// Called for every well-formed message from the relay, in order.
    void setMessageHandler(std::function<void(RelayMessage&&)> handler);

    /// Connects to a ws:// or wss:// URL; opened() or disconnected() follows.
    void open(const QUrl& url);
    /// Sends one text message (a NIP-01 client message). Ignored when not connected.
    void send(const std::string& text);
    /// Closes the connection (normal closure); no disconnected() is emitted afterwards.
    void close();
    bool isOpen() const;

    /// WebSocket message payload bytes received / sent so far (UTF-8 text).
    uint64_t bytesIn() const { return m_bytesIn; }
    uint64_t bytesOut() const { return m_bytesOut; }

signals:
    void opened();
    /// The connection failed or was closed by the remote; `reason` is human-readable.
    void disconnected(const QString& reason);
    /// A message that is not valid NIP-01 JSON (it is otherwise ignored).
    void malformed(const QString& reason);

private:
    void onText(const QString& text);

    QWebSocket m_socket;
    std::function<void(RelayMessage&&)> m_handler;
    uint64_t m_bytesIn = 0;
    uint64_t m_bytesOut = 0;
    bool m_closing = false;
    bool m_reported = false;
};

} // namespace roost::sync
