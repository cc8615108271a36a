// unit.relay.WebSocketWire: the relay's RFC 6455 side against a client written by others
// (QtWebSockets' QWebSocket: fragmentation, ping/pong, the closing handshake) and, for what no
// conforming client will send, raw frames over QTcpSocket (framed by relay/WebSocketFrame.h):
// each case of RFC 6455 §5, §7.4 that fails the connection gets the close code the RFC gives.
#include "relay/WebSocketFrame.h"
#include "roost/Relay.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace roost;

namespace {

// A raw client: the opening handshake, then whatever bytes the test writes. closeCode() reads
// until the relay's close frame and returns its status code (-1: none came, 0: empty body).
class RawClient {
public:
    bool open(quint16 port) {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!m_socket.waitForConnected(5000)) return false;
        m_socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        while (!m_buffer.contains("\r\n\r\n"))
            if (!m_socket.waitForReadyRead(5000)) return false;
            else m_buffer += m_socket.readAll();
        const bool ok = m_buffer.startsWith("HTTP/1.1 101");
        m_buffer.remove(0, m_buffer.indexOf("\r\n\r\n") + 4);
        return ok;
    }
    void write(const std::string& bytes) {
        m_socket.write(bytes.data(), qint64(bytes.size()));
        m_socket.flush();
    }
    void sendFrame(uint8_t firstByte, const std::string& payload) {
        std::string out;
        relay::appendWebSocketFrame(out, firstByte & 0x0F, payload, true, 0x5a3c9e11u);
        out[0] = char(firstByte);
        write(out);
    }
    int closeCode() {
        for (;;) {
            relay::WebSocketFrame f;
            const size_t used = relay::parseWebSocketFrame(m_buffer.data(), size_t(m_buffer.size()), f);
            if (used != 0 && used != SIZE_MAX) {
                if (f.opcode == relay::WsClose)
                    return f.payload.size() < 2 ? 0 : (uint8_t(f.payload[0]) << 8) | uint8_t(f.payload[1]);
                m_buffer.remove(0, qsizetype(used));
                continue;
            }
            if (!m_socket.waitForReadyRead(5000)) return -1;
            m_buffer += m_socket.readAll();
        }
    }
    /// True once the relay closed the TCP connection (bounded wait).
    bool closedByRelay() {
        while (m_socket.state() == QAbstractSocket::ConnectedState)
            if (!m_socket.waitForDisconnected(5000)) return false;
        return true;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace

class TestWebSocketWire : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Relay> m_relay;
    quint16 m_port = 0;
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port)); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        RelayConfig config;
        config.dataDir = m_dir.path();
        config.port = 0;
        m_relay = createRelay(config);
        QString error;
        QVERIFY2(m_relay->start(&error), qPrintable(error));
        m_port = quint16(m_relay->url().section(QLatin1Char(':'), -1).toUInt());
        QVERIFY(m_port != 0);
    }
    void cleanupTestCase() { m_relay->stop(); }

    void qwebsocketFragmentedTextAcrossCharacters() {
        QWebSocket ws;
        ws.setOutgoingFrameSize(5); // a REQ in 5-byte fragments, cutting multi-byte characters
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy messages(&ws, &QWebSocket::textMessageReceived);
        ws.open(url());
        QVERIFY(connected.wait(5000));
        ws.sendTextMessage(QStringLiteral("[\"REQ\",\"fr\u00e4g\",{\"#t\":[\"h\u00e9llo \U0001F426\"],\"limit\":0}]"));
        for (;;) {
            QVERIFY(messages.wait(5000));
            if (messages.last().at(0).toString().startsWith(QStringLiteral("[\"EOSE\""))) break;
        }
        QCOMPARE(messages.last().at(0).toString(), QStringLiteral("[\"EOSE\",\"fr\u00e4g\"]"));
    }

    void qwebsocketPingPong() {
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy pong(&ws, &QWebSocket::pong);
        ws.open(url());
        QVERIFY(connected.wait(5000));
        ws.ping("roost-ping");
        QVERIFY(pong.wait(5000));
        QCOMPARE(pong.first().at(1).toByteArray(), QByteArray("roost-ping"));
    }

    void qwebsocketClosingHandshake() {
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy disconnected(&ws, &QWebSocket::disconnected);
        ws.open(url());
        QVERIFY(connected.wait(5000));
        ws.close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("bye"));
        // QWebSocket closes its TCP side right after its close frame (it does not wait for the
        // echo, which validCloseCodeIsEchoed and e2e.wire check); the relay takes it cleanly.
        QVERIFY(disconnected.count() == 1 || disconnected.wait(5000));
        QCOMPARE(ws.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QWebSocket again;
        QSignalSpy reconnected(&again, &QWebSocket::connected);
        again.open(url());
        QVERIFY(reconnected.wait(5000));
    }

    void invalidUtf8TextCloses1007() {
        RawClient c;
        QVERIFY(c.open(m_port));
        c.sendFrame(0x81, "[\"REQ\",\"\xff\xfe\",{}]");
        QCOMPARE(c.closeCode(), 1007);
        QVERIFY(c.closedByRelay());
    }

    void invalidCloseCodesClose1002_data() {
        QTest::addColumn<int>("code");
        for (int code : {0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535}) QTest::newRow(qPrintable(QString::number(code))) << code;
    }
    void invalidCloseCodesClose1002() {
        QFETCH(int, code);
        RawClient c;
        QVERIFY(c.open(m_port));
        c.sendFrame(0x88, std::string{char(code >> 8), char(code & 0xFF)});
        QCOMPARE(c.closeCode(), 1002);
        QVERIFY(c.closedByRelay());
    }

    void validCloseCodeIsEchoed() {
        RawClient c;
        QVERIFY(c.open(m_port));
        c.sendFrame(0x88, std::string("\x0f\xa0", 2)); // 4000, application range
        QCOMPARE(c.closeCode(), 4000);
    }

    void oneByteCloseBodyCloses1002() {
        RawClient c;
        QVERIFY(c.open(m_port));
        c.sendFrame(0x88, std::string("\x03", 1));
        QCOMPARE(c.closeCode(), 1002);
    }

    void reservedControlOpcodesClose1002_data() {
        QTest::addColumn<int>("opcode");
        for (int op = 0xB; op <= 0xF; ++op) QTest::newRow(qPrintable(QString::number(op, 16))) << op;
        for (int op = 0x3; op <= 0x7; ++op) QTest::newRow(qPrintable(QString::number(op, 16))) << op;
    }
    void reservedControlOpcodesClose1002() {
        QFETCH(int, opcode);
        RawClient c;
        QVERIFY(c.open(m_port));
        c.sendFrame(uint8_t(0x80 | opcode), "x");
        QCOMPARE(c.closeCode(), 1002);
    }

    void managementOffIs404WithoutCors() {
        // This relay has no ManagementApi (NIP-86 off): a NIP-86 request is 404, and only the
        // NIP-11 document carries CORS headers.
        const auto request = [this](const QByteArray& raw) {
            QTcpSocket s;
            s.connectToHost(QStringLiteral("127.0.0.1"), m_port);
            if (!s.waitForConnected(5000)) return QByteArray();
            s.write(raw);
            QByteArray response;
            while (s.waitForReadyRead(5000)) response += s.readAll();
            return response;
        };
        const QByteArray rpc = request("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/nostr+json+rpc\r\n"
                                       "Content-Length: 2\r\n\r\n{}");
        QVERIFY2(rpc.startsWith("HTTP/1.1 404 "), rpc.constData());
        QVERIFY(!rpc.contains("Access-Control-Allow-Origin"));
        const QByteArray nip11 = request("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/nostr+json\r\n\r\n");
        QVERIFY(nip11.startsWith("HTTP/1.1 200 "));
        QVERIFY(nip11.contains("Access-Control-Allow-Origin: *"));
    }

    void topBitLengthCloses1002WithoutWaitingForData() {
        RawClient c;
        QVERIFY(c.open(m_port));
        // Text, masked, 64-bit length 0x8000000000000001, mask key: and no payload at all.
        c.write(std::string("\x81\xff\x80\x00\x00\x00\x00\x00\x00\x01\x11\x22\x33\x44", 14));
        QCOMPARE(c.closeCode(), 1002);
        QVERIFY(c.closedByRelay());
    }
};

QTEST_MAIN(TestWebSocketWire)
#include "TestWebSocketWire.moc"
