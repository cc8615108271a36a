// unit.relay.WebSocketCodec: RFC 6455 handshake key, frame encoding and incremental decoding.
#include "relay/WebSocketCodec.h"

#include <QString>
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

    // RFC 6455 §7.4: the close codes a peer may not send fail the connection with 1002.
    void closeCodes_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("valid");
        for (int c : {0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535}) QTest::newRow(qPrintable(QString::number(c))) << c << false;
        for (int c : {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 4999})
            QTest::newRow(qPrintable(QString::number(c))) << c << true;
    }
    void closeCodes() {
        QFETCH(int, code);
        QFETCH(bool, valid);
        WebSocketDecoder d(100);
        const char body[2] = {char(code >> 8), char(code & 0xFF)};
        auto evs = decodeAll(d, clientFrame(0x8, std::string(body, 2) + "bye"));
        QCOMPARE(evs.size(), size_t(1));
        QCOMPARE(evs[0].kind, valid ? K::Close : K::ProtocolError);
        QCOMPARE(int(evs[0].closeCode), valid ? code : 1002);
    }

    void closeBodies() {
        WebSocketDecoder empty(100);
        auto evs = decodeAll(empty, clientFrame(0x8, ""));
        QCOMPARE(evs[0].kind, K::Close);
        QCOMPARE(int(evs[0].closeCode), 1005); // no status code present
        WebSocketDecoder one(100);
        evs = decodeAll(one, clientFrame(0x8, "\x03"));
        QCOMPARE(evs[0].kind, K::ProtocolError);
        QCOMPARE(int(evs[0].closeCode), 1002);
        WebSocketDecoder badReason(100);
        evs = decodeAll(badReason, clientFrame(0x8, std::string("\x03\xe8\xff", 3)));
        QCOMPARE(evs[0].kind, K::ProtocolError);
        QCOMPARE(int(evs[0].closeCode), 1007);
    }

    void reservedOpcodes() {
        for (int op : {0x3, 0x4, 0x5, 0x6, 0x7, 0xB, 0xC, 0xD, 0xE, 0xF}) {
            WebSocketDecoder d(100);
            auto evs = decodeAll(d, clientFrame(uint8_t(op), ""));
            QCOMPARE(evs.size(), size_t(1));
            QCOMPARE(evs[0].kind, K::ProtocolError);
            QCOMPARE(int(evs[0].closeCode), 1002);
        }
    }

    void invalidUtf8TextFails1007() {
        const std::string bad[] = {"\xff", "\xc0\x80" /* overlong NUL */, "\xed\xa0\x80" /* surrogate */,
                                   "\xf4\x90\x80\x80" /* > U+10FFFF */, "abc\xe2\x82" /* truncated */};
        for (const std::string& b : bad) {
            WebSocketDecoder d(100);
            auto evs = decodeAll(d, clientFrame(0x1, b));
            QCOMPARE(evs.size(), size_t(1));
            QCOMPARE(evs[0].kind, K::ProtocolError);
            QCOMPARE(int(evs[0].closeCode), 1007);
        }
        // Valid multi-byte text, split across fragments in the middle of a character.
        WebSocketDecoder d(100);
        const std::string text = "h\xc3\xa9llo \xf0\x9f\x90\xa6";
        auto evs = decodeAll(d, clientFrame(0x1, text.substr(0, 2), false) + clientFrame(0x0, text.substr(2)));
        QCOMPARE(evs.size(), size_t(1));
        QCOMPARE(evs[0].kind, K::Text);
        QCOMPARE(evs[0].payload, text);
        // Binary messages are not text: any bytes.
        WebSocketDecoder bin(100);
        evs = decodeAll(bin, clientFrame(0x2, "\xff"));
        QCOMPARE(evs[0].kind, K::Binary);
    }

    void topBitLengthFailsFromTheHeaderAlone() {
        // 0x81, masked + 127, then the first length byte 0x80: no more bytes are needed.
        WebSocketDecoder d(100);
        auto evs = decodeAll(d, std::string("\x81\xff\x80", 3));
        QCOMPARE(evs.size(), size_t(1));
        QCOMPARE(evs[0].kind, K::ProtocolError);
        QCOMPARE(int(evs[0].closeCode), 1002);
    }

    void sharedFramingRoundTrip() {
        // The client side of relay/WebSocketFrame.h (used by bench/ and the test client) against
        // the relay's decoder, for every length form and a mask that is not byte-symmetric.
        for (size_t n : {size_t(0), size_t(7), size_t(125), size_t(126), size_t(65536)}) {
            std::string payload(n, '\0');
            for (size_t i = 0; i < n; ++i) payload[i] = char('a' + i % 26);
            std::string wire;
            roost::relay::appendWebSocketFrame(wire, 0x1, payload, true, 0x01020304u);
            WebSocketDecoder d(1 << 20);
            auto evs = decodeAll(d, wire);
            QCOMPARE(evs.size(), size_t(1));
            QCOMPARE(evs[0].payload, payload);
            roost::relay::WebSocketFrame f;
            QCOMPARE(roost::relay::parseWebSocketFrame(wire.data(), wire.size(), f), wire.size());
            QCOMPARE(std::string(f.payload), payload);
            QCOMPARE(roost::relay::parseWebSocketFrame(wire.data(), wire.size() - 1, f), size_t(0));
        }
    }
};

QTEST_APPLESS_MAIN(TestWebSocketCodec)
#include "TestWebSocketCodec.moc"
