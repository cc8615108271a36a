#include "relay/Connection.h"

#include "nostr/Json.h"
#include "nostr/Messages.h"
#include "relay/Listener.h"

#include <QTcpSocket>

#include <algorithm>
#include <cctype>

namespace roost::relay {

namespace {

constexpr size_t kMaxHttpHeader = 16 * 1024;

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// The header value for `name` (lowercase), or "" when absent.
std::string_view header(std::string_view head, std::string_view name) {
    size_t pos = head.find("\r\n");
    while (pos != std::string_view::npos && pos + 2 < head.size()) {
        const size_t start = pos + 2;
        const size_t end = head.find("\r\n", start);
        const std::string_view line = head.substr(start, end == std::string_view::npos ? head.npos : end - start);
        const size_t colon = line.find(':');
        if (colon != std::string_view::npos && lower(trim(line.substr(0, colon))) == name)
            return trim(line.substr(colon + 1));
        pos = end;
    }
    return {};
}

bool containsToken(std::string_view value, std::string_view token) {
    return lower(value).find(token) != std::string::npos;
}

} // namespace

Connection::Connection(ConnId id, QTcpSocket* socket, Listener& listener)
    : m_id(id), m_socket(socket), m_listener(listener),
      m_decoder(uint64_t(listener.config()->limits.maxMessageLength)) {
    m_socket->setParent(this);
    // Bounded so that a paused connection leaves the rest in the kernel (TCP flow control).
    m_socket->setReadBufferSize(256 * 1024);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
}

Connection::~Connection() = default;

void Connection::onReadyRead() {
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    if (!m_webSocket) {
        const QByteArray bytes = m_socket->readAll();
        m_httpBuffer.append(bytes.constData(), size_t(bytes.size()));
        handleHttp();
        return;
    }
    if (inputPaused()) return;
    const QByteArray bytes = m_socket->readAll();
    handleFrames(std::string_view(bytes.constData(), size_t(bytes.size())));
}

// True when the Ingester is too far behind this connection: leave the bytes in the socket.
bool Connection::inputPaused() {
    if (m_credit->pendingBytes.load() < InputCredit::kPauseBytes) return false;
    m_credit->paused = true;
    // The Ingester may have drained in between and seen paused == false: check again.
    if (m_credit->pendingBytes.load() < InputCredit::kResumeBytes && m_credit->paused.exchange(false)) return false;
    return true;
}

void Connection::handleHttp() {
    const size_t end = m_httpBuffer.find("\r\n\r\n");
    if (end == std::string::npos) {
        if (m_httpBuffer.size() > kMaxHttpHeader)
            respondHttp(431, "Request Header Fields Too Large", "text/plain", "header too large\n");
        return;
    }
    const std::string head = m_httpBuffer.substr(0, end + 2);
    std::string rest = m_httpBuffer.substr(end + 4);
    m_httpBuffer.clear();
    m_httpBuffer.shrink_to_fit();

    const std::string_view requestLine = std::string_view(head).substr(0, head.find("\r\n"));
    const std::string method(requestLine.substr(0, requestLine.find(' ')));

    if (containsToken(header(head, "upgrade"), "websocket")) {
        const std::string_view key = header(head, "sec-websocket-key");
        if (method != "GET" || key.empty()) {
            respondHttp(400, "Bad Request", "text/plain", "bad WebSocket upgrade\n");
            return;
        }
        QHostAddress peer = m_socket->peerAddress();
        bool isV4 = false;
        const quint32 v4 = peer.toIPv4Address(&isV4); // IPv4-mapped IPv6 counts as its IPv4 address
        if (isV4) peer = QHostAddress(v4);
        const QByteArray refusal = m_listener.admit(m_id, peer.toString());
        if (!refusal.isEmpty()) {
            respondHttp(503, "Service Unavailable", "text/plain; charset=utf-8", refusal);
            return;
        }
        std::string response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                               "Sec-WebSocket-Accept: ";
        response += webSocketAcceptKey(key);
        response += "\r\n\r\n";
        writeRaw(response);
        m_webSocket = true;
        if (!rest.empty()) handleFrames(rest);
        return;
    }

    if (method == "OPTIONS") {
        respondHttp(204, "No Content", "text/plain", {});
    } else if (method != "GET" && method != "HEAD") {
        respondHttp(405, "Method Not Allowed", "text/plain", "method not allowed\n");
    } else if (containsToken(header(head, "accept"), "application/nostr+json")) {
        respondHttp(200, "OK", "application/nostr+json", m_listener.nip11Document());
    } else {
        respondHttp(200, "OK", "text/plain; charset=utf-8",
                    "This is a Nostr relay (Roost). Connect with a Nostr client over WebSocket.\n");
    }
}

void Connection::respondHttp(int status, const char* reason, const char* contentType, const QByteArray& body) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: " + QByteArray(contentType) + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Access-Control-Allow-Origin: *\r\n"
           "Access-Control-Allow-Headers: *\r\n"
           "Access-Control-Allow-Methods: GET, OPTIONS\r\n"
           "Connection: close\r\n\r\n";
    out += body;
    m_socket->write(out);
    m_closing = true;
    m_socket->disconnectFromHost();
}

void Connection::handleFrames(std::string_view data) {
    size_t pos = 0;
    while (!m_closing) {
        WebSocketDecoder::Event ev = m_decoder.next(data, pos);
        using K = WebSocketDecoder::Kind;
        switch (ev.kind) {
        case K::None:
            return;
        case K::Text:
        case K::Binary:
            m_listener.onClientText(m_id, std::move(ev.payload), m_credit);
            break;
        case K::Ping:
            m_frame.clear();
            appendWebSocketFrame(m_frame, 0xA, ev.payload);
            writeRaw(m_frame);
            break;
        case K::Pong:
            break;
        case K::TooLarge:
            sendText(nostr::makeNoticeMessage("invalid: message too large (" + std::to_string(ev.size) +
                                              " bytes, max_message_length is " +
                                              std::to_string(m_listener.config()->limits.maxMessageLength) + ")"));
            break;
        case K::Close:
            m_frame.clear();
            appendWebSocketFrame(m_frame, 0x8, ev.payload.substr(0, std::min<size_t>(ev.payload.size(), 2)));
            writeRaw(m_frame);
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        case K::ProtocolError:
            m_frame.clear();
            appendWebSocketFrame(m_frame, 0x8, std::string("\x03\xea", 2)); // 1002 protocol error
            writeRaw(m_frame);
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
    }
}

void Connection::writeRaw(const std::string& bytes) {
    m_socket->write(bytes.data(), qint64(bytes.size()));
}

void Connection::sendText(std::string_view text, bool isLive) {
    if (m_closing || !m_webSocket) return;
    if (isLive && m_socket->bytesToWrite() > Listener::kMaxQueued) {
        closeWithNotice("error: connection too slow, closing");
        return;
    }
    m_frame.clear();
    appendWebSocketFrame(m_frame, 0x1, text);
    writeRaw(m_frame);
    checkCongestion();
}

void Connection::sendEvent(std::string_view subId, std::string_view eventJson) {
    if (m_closing || !m_webSocket) return;
    if (m_socket->bytesToWrite() > Listener::kMaxQueued) {
        closeWithNotice("error: connection too slow, closing");
        return;
    }
    std::string text;
    text.reserve(eventJson.size() + subId.size() + 16);
    text += "[\"EVENT\",";
    nostr::appendWireString(text, subId);
    text += ',';
    text += eventJson;
    text += ']';
    m_frame.clear();
    appendWebSocketFrame(m_frame, 0x1, text);
    writeRaw(m_frame);
    checkCongestion();
}

void Connection::closeWithNotice(std::string_view notice) {
    if (m_closing) return;
    if (m_webSocket) {
        sendText(nostr::makeNoticeMessage(notice));
        m_frame.clear();
        appendWebSocketFrame(m_frame, 0x8, std::string("\x03\xe8", 2)); // 1000 normal closure
        writeRaw(m_frame);
    }
    m_closing = true;
    m_socket->disconnectFromHost();
}

void Connection::abort() {
    m_closing = true;
    m_socket->abort();
}

void Connection::checkCongestion() {
    const qint64 queued = m_socket->bytesToWrite();
    if (!m_congested && queued > Listener::kHighWater) {
        m_congested = true;
        m_listener.onCongestion(m_id, true);
    } else if (m_congested && queued < Listener::kLowWater) {
        m_congested = false;
        m_listener.onCongestion(m_id, false);
    }
}

void Connection::onBytesWritten() {
    if (m_congested) checkCongestion();
}

void Connection::onDisconnected() {
    if (m_gone) return;
    m_gone = true;
    m_listener.onConnectionGone(m_id);
}

} // namespace roost::relay
