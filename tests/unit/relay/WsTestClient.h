#pragma once
// A minimal blocking WebSocket client over QTcpSocket for in-process relay tests: handshake,
// masked text frames out, server frames in, framed by core's relay/WebSocketFrame.h (the one
// RFC 6455 framing of the project). Waits use the socket's own signals, bounded. Tests of the
// relay's conformance use QWebSocket instead (a client written by others, TestWebSocketWire).
#include "relay/WebSocketFrame.h"

#include <QTcpSocket>
#include <QTest>

#include <deque>
#include <random>
#include <string>

class WsTestClient {
public:
    bool connectTo(quint16 port, int timeoutMs = 5000) {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!m_socket.waitForConnected(timeoutMs)) return false;
        m_socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        while (!m_buffer.contains("\r\n\r\n")) {
            if (!m_socket.waitForReadyRead(timeoutMs)) return false;
            m_buffer += m_socket.readAll();
        }
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        return head.startsWith("HTTP/1.1 101") && head.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    }

    void sendText(const std::string& text) { sendFrame(0x1, text); }

    void sendFrame(uint8_t opcode, const std::string& payload) {
        std::string out;
        roost::relay::appendWebSocketFrame(out, opcode, payload, true, uint32_t(m_rng()));
        m_socket.write(out.data(), qint64(out.size()));
        m_socket.flush();
    }

    /// Next text message from the relay, or "" on timeout / close.
    std::string next(int timeoutMs = 5000) {
        for (;;) {
            if (!m_messages.empty()) {
                std::string m = std::move(m_messages.front());
                m_messages.pop_front();
                return m;
            }
            if (!parseFrames()) {
                if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0) return {};
                if (!m_socket.waitForReadyRead(timeoutMs)) return {};
                m_buffer += m_socket.readAll();
            }
        }
    }

    /// Next message that starts with `prefix` (skipping others), or "" on timeout.
    std::string nextStartingWith(const std::string& prefix, int timeoutMs = 5000) {
        for (;;) {
            std::string m = next(timeoutMs);
            if (m.empty() || m.rfind(prefix, 0) == 0) return m;
        }
    }

    QTcpSocket& socket() { return m_socket; }
    /// The last ["AUTH","<challenge>"] message received ("" if none).
    const std::string& challengeMessage() const { return m_challenge; }

private:
    // Moves complete server frames from m_buffer to m_messages; false when none was complete.
    bool parseFrames() {
        bool any = false;
        for (;;) {
            roost::relay::WebSocketFrame frame;
            const size_t used = roost::relay::parseWebSocketFrame(m_buffer.data(), size_t(m_buffer.size()), frame);
            if (used == 0 || used == SIZE_MAX) return any;
            if (frame.opcode == roost::relay::WsText) {
                std::string text(frame.payload);
                // The NIP-42 challenge the relay sends on connect is kept aside, not queued.
                if (text.rfind("[\"AUTH\",", 0) == 0) m_challenge = std::move(text);
                else m_messages.push_back(std::move(text));
            }
            m_buffer.remove(0, qsizetype(used));
            any = true;
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    std::deque<std::string> m_messages;
    std::string m_challenge;
    std::mt19937 m_rng{42};
};
