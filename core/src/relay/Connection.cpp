#include "relay/Connection.h"

#include "nostr/Messages.h"
#include "relay/HttpRequest.h"
#include "relay/Listener.h"
#include "relay/Metrics.h"
#include "relay/SocketSend.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTimerEvent>

#include <algorithm>
#include <cctype>

namespace roost::relay {

namespace {

constexpr size_t kMaxHttpHeader = 16 * 1024;
constexpr size_t kMaxHttpBody = 64 * 1024;

// "ip:port" of the socket's own end ("[v6]:port"; IPv4-mapped IPv6 as IPv4).
std::string localEndpoint(const QTcpSocket& socket) {
    QHostAddress local = socket.localAddress();
    bool isV4 = false;
    const quint32 v4 = local.toIPv4Address(&isV4);
    if (isV4) local = QHostAddress(v4);
    const QString ip = local.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + local.toString() + QLatin1Char(']')
                                                                          : local.toString();
    return (ip + QLatin1Char(':') + QString::number(socket.localPort())).toStdString();
}


} // namespace

Connection::Connection(ConnId id, QTcpSocket* socket, Listener& listener, QByteArray refusal)
    : m_id(id), m_socket(socket), m_listener(listener), m_refusal(std::move(refusal)),
      m_decoder(uint64_t(listener.config()->limits.maxMessageLength)) {
    m_accepted.start();
    armHttpTimer();
    m_socket->setParent(this);
    // Bounded so that a paused connection leaves the rest in the kernel (TCP flow control), and
    // small so that one round of the Listener's loop over 40 flooding sockets stays short (at
    // 256 KiB a NIP-11 request waited up to 460 ms behind them; docs/RELIABILITY.md).
    m_socket->setReadBufferSize(32 * 1024);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    // bytesWritten is connected only while the connection is congested (checkCongestion): an
    // idle connection keeps one signal connection fewer.
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
}

Connection::~Connection() = default;

void Connection::armHttpTimer() {
    const qint64 left = kHttpDeadlineMs - m_accepted.elapsed();
    m_httpTimer.start(int(std::clamp<qint64>(left, 0, kHttpIdleMs)), Qt::CoarseTimer, this);
}

void Connection::timerEvent(QTimerEvent* event) {
    if (event->timerId() == m_closeTimer.timerId()) {
        m_closeTimer.stop();
        if (socketOpen()) abort(); // the peer has not taken its output in time: drop it
        return;
    }
    if (event->timerId() != m_httpTimer.timerId()) return QObject::timerEvent(event);
    m_httpTimer.stop();
    if (m_webSocket || m_closing || m_awaitingResponse) return;
    respondHttp(408, "Request Timeout", "text/plain", "request timeout\n");
}

void Connection::onReadyRead() {
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    if (!m_webSocket) {
        const QByteArray bytes = m_socket->readAll();
        if (m_awaitingResponse) return; // one request per connection
        m_httpBuffer.append(bytes.constData(), size_t(bytes.size()));
        handleHttp();
        if (!m_webSocket && !m_closing && !m_awaitingResponse) armHttpTimer();
        flushOutput(); // the 101 answer (and replies to frames sent along with the upgrade)
        return;
    }
    if (inputPaused()) return;
    m_decoder.setMaxMessageBytes(m_listener.config()->limits.maxMessageLength);
    const QByteArray bytes = m_socket->readAll();
    m_listener.metrics().bytesIn.fetch_add(uint64_t(bytes.size()), std::memory_order_relaxed);
    m_bytesIn += uint64_t(bytes.size());
    handleFrames(std::string_view(bytes.constData(), size_t(bytes.size())));
    flushOutput(); // pongs, NOTICEs and close frames written while reading go out now
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
    HttpRequest req;
    size_t consumed = 0;
    switch (parseHttpRequest(m_httpBuffer, kMaxHttpHeader, kMaxHttpBody, req, consumed)) {
    case HttpParse::Incomplete: return;
    case HttpParse::HeadTooLarge: return respondHttp(431, "Request Header Fields Too Large", "text/plain", "header too large\n");
    case HttpParse::BodyTooLarge: return respondHttp(413, "Content Too Large", "text/plain", "body too large\n");
    case HttpParse::Bad: return respondHttp(400, "Bad Request", "text/plain", "bad request\n");
    case HttpParse::VersionNotSupported:
        return respondHttp(505, "HTTP Version Not Supported", "text/plain", "only HTTP/1.1 is supported\n");
    case HttpParse::NotImplemented: return respondHttp(501, "Not Implemented", "text/plain", "transfer codings are not supported\n");
    case HttpParse::Complete: break;
    }
    m_httpTimer.stop();
    std::string rest = m_httpBuffer.substr(consumed);
    m_httpBuffer.clear();
    m_httpBuffer.shrink_to_fit();
    if (!m_refusal.isEmpty()) return respondHttp(503, "Service Unavailable", "text/plain; charset=utf-8", m_refusal);

    if (req.headerHas("upgrade", "websocket")) return handleUpgrade(req, std::move(rest));

    const bool nip11 = req.headerHas("accept", "application/nostr+json");
    if (req.method == "OPTIONS") {
        respondHttp(204, "No Content", "text/plain", {}, true);
    } else if (req.method == "POST" && req.headerHas("content-type", "application/nostr+json+rpc")) {
        // NIP-86: answered later, by the management API in its own thread.
        m_awaitingResponse = true;
        if (!m_listener.onManagementRequest(m_id, std::string(req.header("authorization")), std::string(req.header("host")),
                                            req.target, std::move(req.body)))
            respondHttp(404, "Not Found", "text/plain", "the management API is not enabled\n");
    } else if (req.method != "GET" && req.method != "HEAD") {
        respondHttp(405, "Method Not Allowed", "text/plain", "method not allowed\n", false, "Allow: GET, HEAD, OPTIONS, POST\r\n");
    } else if (req.target == "/metrics") {
        respondHttp(200, "OK", "text/plain; version=0.0.4", m_listener.metrics().render());
    } else if (nip11) {
        respondHttp(200, "OK", "application/nostr+json", m_listener.nip11Document(), true);
    } else {
        respondHttp(200, "OK", "text/plain; charset=utf-8",
                    "This is a Nostr relay (Roost). Connect with a Nostr client over WebSocket.\n");
    }
}

namespace {

// RFC 6455 §4.2.1 item 5: the key is base64 of 16 bytes (24 characters with padding).
bool isValidWebSocketKey(std::string_view key) {
    if (key.size() != 24) return false;
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray(key.data(), qsizetype(key.size())),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok && decoded.decoded.size() == 16;
}

} // namespace

void Connection::handleUpgrade(const HttpRequest& req, std::string rest) {
    const std::string_view key = req.header("sec-websocket-key");
    // §4.2.1: GET, HTTP/1.1 or later, Connection naming "Upgrade", a 16-byte key; anything else 400.
    if (req.method != "GET" || req.minorVersion < 1 || !req.headerHas("connection", "upgrade") || !isValidWebSocketKey(key))
        return respondHttp(400, "Bad Request", "text/plain", "bad WebSocket upgrade\n");
    // §4.2.2 item 4 / §4.4: an unsupported version gets 426 naming the one this server speaks.
    if (req.header("sec-websocket-version") != "13")
        return respondHttp(426, "Upgrade Required", "text/plain", "WebSocket version 13 only\n", false,
                           "Sec-WebSocket-Version: 13\r\n");
    QHostAddress peer = m_socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4); // IPv4-mapped IPv6 counts as its IPv4 address
    if (isV4) peer = QHostAddress(v4);
    const QString address = peer.toString(); // one shared copy for the Listener, the Ingester and here
    const QByteArray refusal =
        m_listener.admit(m_id, address, std::string(req.header("host")), m_access, localEndpoint(*m_socket));
    if (!refusal.isEmpty()) return respondHttp(503, "Service Unavailable", "text/plain; charset=utf-8", refusal);
    m_address = address;
    m_connectedSince = QDateTime::currentSecsSinceEpoch();
    std::string response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Accept: ";
    response += webSocketAcceptKey(key);
    response += "\r\n\r\n";
    queueRaw(response);
    m_webSocket = true;
    if (!rest.empty()) handleFrames(rest);
}

void Connection::respondJson(int status, const QByteArray& body) {
    if (!m_awaitingResponse) return;
    m_awaitingResponse = false;
    const char* reason = status == 200 ? "OK" : status == 401 ? "Unauthorized" : "Error";
    respondHttp(status, reason, "application/json", body);
}

void Connection::respondHttp(int status, const char* reason, const char* contentType, const QByteArray& body, bool cors,
                             const char* extraHeaders) {
    m_httpTimer.stop();
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: " + QByteArray(contentType) + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // NIP-11: the document is readable from any web page. Nothing else is: the NIP-86 API and
    // /metrics are not offered to browsers (no POST in the allowed methods).
    if (cors)
        out += "Access-Control-Allow-Origin: *\r\n"
               "Access-Control-Allow-Headers: *\r\n"
               "Access-Control-Allow-Methods: GET, HEAD, OPTIONS\r\n";
    out += extraHeaders;
    out += "Connection: close\r\n\r\n";
    out += body;
    // Straight to the kernel (flushOutput's sendNow): through Qt's write buffer the answer waited
    // for the Listener's next round over every ready socket, 100-700 ms during a REQ flood.
    m_out.append(out.constData(), size_t(out.size()));
    flushOutput();
    m_closing = true;
    m_socket->disconnectFromHost();
    if (socketOpen()) m_closeTimer.start(kCloseDeadlineMs, Qt::CoarseTimer, this);
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
            ++m_messagesIn;
            m_listener.onClientText(m_id, std::move(ev.payload), m_credit);
            break;
        case K::Ping:
            queueFrame(0xA, ev.payload);
            break;
        case K::Pong:
            break;
        case K::TooLarge:
            sendText(nostr::makeNoticeMessage("invalid: message too large (" + std::to_string(ev.size) +
                                              " bytes, max_message_length is " +
                                              std::to_string(m_listener.config()->limits.maxMessageLength) + ")"));
            break;
        case K::Close:
            queueFrame(0x8, std::string_view(ev.payload).substr(0, std::min<size_t>(ev.payload.size(), 2)));
            closeSocket();
            return;
        case K::ProtocolError: {
            // RFC 6455 §7.1.7 / §7.4.1: fail the connection with 1002 or 1007.
            const char code[2] = {char(ev.closeCode >> 8), char(ev.closeCode & 0xFF)};
            queueFrame(WsClose, std::string_view(code, 2));
            closeSocket();
            return;
        }
        }
    }
}

void Connection::queueRaw(std::string_view bytes) {
    m_out.append(bytes);
    if (m_webSocket) countBytesOut(bytes.size());
    markDirty();
}

void Connection::queueFrame(uint8_t opcode, std::string_view payload) {
    const size_t before = m_out.size();
    appendWebSocketFrame(m_out, opcode, payload);
    countBytesOut(m_out.size() - before);
    markDirty();
}

void Connection::countBytesOut(size_t n) {
    m_listener.metrics().bytesOut.fetch_add(n, std::memory_order_relaxed);
    m_bytesOut += n;
}

void Connection::markDirty() {
    if (m_flushQueued) return;
    m_flushQueued = true;
    m_listener.flushLater(m_id);
}

void Connection::flushOutput() {
    m_flushQueued = false;
    if (m_out.empty()) return;
    size_t sent = 0;
    // Nothing queued in Qt: hand the bytes to the kernel now, so an ordinary reply costs one
    // send() and no write-notifier round trip; what the kernel does not take goes to Qt's buffer.
    if (m_socket->bytesToWrite() == 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        sent = sendNow(m_socket->socketDescriptor(), m_out);
    if (sent < m_out.size()) m_socket->write(m_out.data() + sent, qint64(m_out.size() - sent));
    // Keep a buffer that bursts reuse, but let an idle connection hold none: a small one is
    // cheap to allocate again, a huge one is a burst's worth of memory.
    if (m_out.capacity() > kKeepOutputCapacity || m_out.capacity() < kKeepOutputMinimum) std::string().swap(m_out);
    else m_out.clear();
    checkCongestion();
}

qint64 Connection::queuedBytes() const { return m_socket->bytesToWrite() + qint64(m_out.size()); }

void Connection::closeSocket() {
    flushOutput();
    m_closing = true;
    m_socket->disconnectFromHost();
    if (socketOpen()) m_closeTimer.start(kCloseDeadlineMs, Qt::CoarseTimer, this);
}

void Connection::sendText(std::string_view text, bool isLive) {
    if (m_closing || !m_webSocket) return;
    if (isLive && queuedBytes() > Listener::kMaxQueued) {
        closeWithNotice("error: connection too slow, closing");
        return;
    }
    m_listener.metrics().countOut(text);
    ++m_messagesOut;
    queueFrame(0x1, text);
}

void Connection::sendEvent(std::string_view subId, std::string_view eventJson) {
    if (m_closing || !m_webSocket) return;
    if (queuedBytes() > Listener::kMaxQueued) {
        closeWithNotice("error: connection too slow, closing");
        return;
    }
    m_text.clear();
    nostr::appendEventMessage(m_text, subId, eventJson);
    m_listener.metrics().countOut(m_text);
    ++m_messagesOut;
    queueFrame(0x1, m_text);
    if (m_text.capacity() > kKeepOutputCapacity) std::string().swap(m_text);
}

void Connection::sendFramedEvents(std::string_view frames, uint32_t messages) {
    if (m_closing || !m_webSocket) return;
    m_listener.metrics().countOutEvents(messages);
    m_messagesOut += messages;
    queueRaw(frames);
}

void Connection::closeWithNotice(std::string_view notice) {
    if (m_closing) return;
    if (m_webSocket) {
        sendText(nostr::makeNoticeMessage(notice));
        queueFrame(0x8, std::string_view("\x03\xe8", 2)); // 1000 normal closure
    }
    closeSocket();
}

ConnectionInfo Connection::info() const {
    ConnectionInfo i;
    i.id = m_id;
    i.address = m_address;
    i.connectedSince = m_connectedSince;
    i.messagesIn = m_messagesIn;
    i.messagesOut = m_messagesOut;
    i.bytesIn = m_bytesIn;
    i.bytesOut = m_bytesOut;
    i.accessLevel = m_access->level.load(std::memory_order_relaxed);
    i.subscriptions = int(m_access->subscriptions.load(std::memory_order_relaxed));
    if (const auto keys = m_access->pubkeys())
        for (const std::string& k : *keys) i.pubkeys << QString::fromStdString(k);
    return i;
}

void Connection::abort() {
    m_closing = true;
    m_socket->abort();
}

bool Connection::closeGoingAway() {
    if (!m_webSocket || m_closing || m_gone) return false;
    queueFrame(0x8, std::string_view("\x03\xe9", 2)); // 1001 going away
    closeSocket();
    return socketOpen();
}

bool Connection::socketOpen() const { return !m_gone && m_socket->state() != QAbstractSocket::UnconnectedState; }

void Connection::checkCongestion() {
    const qint64 queued = queuedBytes();
    if (!m_congested && queued > Listener::kHighWater) {
        m_congested = true;
        m_drainWatch = connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
        m_listener.onCongestion(m_id, true);
    } else if (m_congested && queued < Listener::kLowWater) {
        m_congested = false;
        disconnect(m_drainWatch);
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
    emit finished();
}

} // namespace roost::relay
