// unit.relay.WebSocketCodec: RFC 6455 handshake key, frame encoding and incremental decoding.
#include "relay/WebSocketCodec.h"

#include <QTest>

using roost::relay::WebSocketDecoder;
using K = WebSocketDecoder::Kind;

namespace {

// A client frame as a browser would send it: masked with `mask`.
std::string clientFrame(uint8_t opcode, std::string_view payload, bool fin = true, uint32_t mask = 0x37fa213d) {
    std::string out;
    out.push_back(char((fin ? 0x80 : 0) | opcode));
    const uint64_t n = payload.size();
    if (n < 126) {
        out.push_back(char(0x80 | n));
    } else if (n <= 0xFFFF) {
        out.push_back(char(0x80 | 126));
        out.push_back(char(n >> 8));
        out.push_back(char(n & 0xFF));
    } else {
        out.push_back(char(0x80 | 127));
        for (int s = 56; s >= 0; s -= 8) out.push_back(char((n >> s) & 0xFF));
    }
    const uint8_t m[4] = {uint8_t(mask >> 24), uint8_t(mask >> 16), uint8_t(mask >> 8), uint8_t(mask)};
    out.append(reinterpret_cast<const char*>(m), 4);
    for (size_t i = 0; i < payload.size(); ++i) out.push_back(char(payload[i] ^ char(m[i % 4])));
    return out;
}

std::vector<WebSocketDecoder::Event> decodeAll(WebSocketDecoder& d, std::string_view data) {
    std::vector<WebSocketDecoder::Event> out;
    size_t pos = 0;
    for (;;) {
        auto ev = d.next(data, pos);
        if (ev.kind == K::None) break;
        out.push_back(std::move(ev));
    }
    return out;
}

} // namespace

class TestWebSocketCodec : public QObject {
    Q_OBJECT
private slots:
    void acceptKeyMatchesRfcExample() {
        // RFC 6455 §1.3 worked example.
        QCOMPARE(roost::relay::webSocketAcceptKey("dGhlIHNhbXBsZSBub25jZQ=="), std::string("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    }

    void serverFrameLengthForms_data() {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("headerBytes");
        QTest::newRow("7-bit") << 125 << 2;
        QTest::newRow("16-bit") << 126 << 4;
        QTest::newRow("16-bit max") << 65535 << 4;
        QTest::newRow("64-bit") << 65536 << 10;
    }
    void serverFrameLengthForms() {
        QFETCH(int, size);
        QFETCH(int, headerBytes);
        std::string out;
        roost::relay::appendWebSocketFrame(out, 0x1, std::string(size_t(size), 'x'));
        QCOMPARE(int(out.size()), size + headerBytes);
        QCOMPARE(uint8_t(out[0]), uint8_t(0x81));
        QVERIFY((uint8_t(out[1]) & 0x80) == 0); // servers never mask
    }

    void decodesTextOfEverySize() {
        for (size_t n : {size_t(0), size_t(1), size_t(125), size_t(126), size_t(65535), size_t(70000)}) {
            WebSocketDecoder d(1 << 20);
            const std::string payload(n, 'a');
            auto evs = decodeAll(d, clientFrame(0x1, payload));
            QCOMPARE(evs.size(), size_t(1));
            QCOMPARE(evs[0].kind, K::Text);
            QCOMPARE(evs[0].payload, payload);
        }
    }

    void decodesByteByByteAndReassemblesFragments() {
        const std::string stream = clientFrame(0x1, "[\"REQ\",", false) + clientFrame(0x9, "hi") +
                                   clientFrame(0x0, "\"s\",{}]", true) + clientFrame(0x1, "second");
        WebSocketDecoder d(1 << 20);
        std::vector<WebSocketDecoder::Event> evs;
        for (char c : stream) {
            size_t pos = 0;
            const std::string one(1, c);
            for (;;) {
                auto ev = d.next(one, pos);
                if (ev.kind == K::None) break;
                evs.push_back(std::move(ev));
            }
        }
        QCOMPARE(evs.size(), size_t(3));
        QCOMPARE(evs[0].kind, K::Ping); // control frames may sit between fragments
        QCOMPARE(evs[0].payload, std::string("hi"));
        QCOMPARE(evs[1].kind, K::Text);
        QCOMPARE(evs[1].payload, std::string("[\"REQ\",\"s\",{}]"));
        QCOMPARE(evs[2].payload, std::string("second"));
    }

    void oversizedMessageIsSkippedAndDecodingContinues() {
        WebSocketDecoder d(100);
        const std::string stream = clientFrame(0x1, std::string(60, 'a'), false) +
                                   clientFrame(0x0, std::string(60, 'b'), true) + clientFrame(0x1, "ok");
        auto evs = decodeAll(d, stream);
        QCOMPARE(evs.size(), size_t(2));
        QCOMPARE(evs[0].kind, K::TooLarge);
        QCOMPARE(evs[0].size, uint64_t(120));
        QCOMPARE(evs[1].kind, K::Text);
        QCOMPARE(evs[1].payload, std::string("ok"));
    }

    void closeAndProtocolErrors() {
        WebSocketDecoder d(100);
        auto evs = decodeAll(d, clientFrame(0x8, std::string("\x03\xe8", 2)));
        QCOMPARE(evs.size(), size_t(1));
        QCOMPARE(evs[0].kind, K::Close);

        WebSocketDecoder unmasked(100);
        const std::string frame = "\x81\x02hi";
        auto bad = decodeAll(unmasked, frame);
        QVERIFY(!bad.empty());
        QCOMPARE(bad[0].kind, K::ProtocolError);

        WebSocketDecoder orphan(100);
        auto cont = decodeAll(orphan, clientFrame(0x0, "x"));
        QVERIFY(!cont.empty());
        QCOMPARE(cont[0].kind, K::ProtocolError);
    }
};

QTEST_APPLESS_MAIN(TestWebSocketCodec)
#include "TestWebSocketCodec.moc"
