// unit.relay.HttpRequest: request head and body parsing, fed whole or in pieces.
#include "relay/HttpRequest.h"

#include <QTest>

using namespace roost::relay;

class TestHttpRequest : public QObject {
    Q_OBJECT
private slots:
    void parsesHeadAndBody() {
        const std::string raw = "POST / HTTP/1.1\r\nHost: 127.0.0.1:4869\r\nContent-Type: application/nostr+json+rpc\r\n"
                                "AUTHORIZATION:  Nostr abc \r\nContent-Length: 5\r\n\r\nhelloNEXT";
        HttpRequest req;
        size_t consumed = 0;
        QCOMPARE(parseHttpRequest(raw, 1024, 1024, req, consumed), HttpParse::Complete);
        QCOMPARE(req.method, std::string("POST"));
        QCOMPARE(req.target, std::string("/"));
        QCOMPARE(req.header("authorization"), std::string_view("Nostr abc"));
        QVERIFY(req.headerHas("content-type", "NOSTR+JSON+RPC"));
        QCOMPARE(req.body, std::string("hello"));
        QCOMPARE(raw.substr(consumed), std::string("NEXT"));
    }

    void incompleteUntilEverythingIsThere() {
        const std::string raw = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc";
        for (size_t n = 0; n < raw.size(); ++n) {
            HttpRequest req;
            size_t consumed = 0;
            QCOMPARE(parseHttpRequest(raw.substr(0, n), 1024, 1024, req, consumed), HttpParse::Incomplete);
        }
    }

    void limitsAndBadRequests() {
        HttpRequest req;
        size_t consumed = 0;
        QCOMPARE(parseHttpRequest(std::string(2000, 'x'), 1024, 10, req, consumed), HttpParse::HeadTooLarge);
        QCOMPARE(parseHttpRequest("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n", 1024, 10, req, consumed), HttpParse::BodyTooLarge);
        QCOMPARE(parseHttpRequest("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: x\r\n\r\n", 1024, 10, req, consumed), HttpParse::Bad);
        QCOMPARE(parseHttpRequest("GARBAGE\r\n\r\n", 1024, 10, req, consumed), HttpParse::Bad);
    }

    // RFC 9112 / RFC 9110 cases, each with the outcome the Connection turns into a status code.
    void strictRequests_data() {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("expected");
        const auto row = [](const char* name, QByteArray raw, HttpParse p) { QTest::newRow(name) << raw << int(p); };
        row("HTTP/1.0 without Host", "GET / HTTP/1.0\r\n\r\n", HttpParse::Complete);
        row("HTTP/1.1", "GET / HTTP/1.1\r\nHost: h\r\n\r\n", HttpParse::Complete);
        row("HTTP/1.1 without Host", "GET / HTTP/1.1\r\n\r\n", HttpParse::Bad);
        row("two Hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", HttpParse::Bad);
        row("HTTP/9.9", "GET / HTTP/9.9\r\nHost: h\r\n\r\n", HttpParse::VersionNotSupported);
        row("HTTP/2.0", "GET / HTTP/2.0\r\nHost: h\r\n\r\n", HttpParse::VersionNotSupported);
        row("version garbage", "GET / HTTX/1.1\r\nHost: h\r\n\r\n", HttpParse::Bad);
        row("no version", "GET /\r\nHost: h\r\n\r\n", HttpParse::Bad);
        row("double space", "GET  / HTTP/1.1\r\nHost: h\r\n\r\n", HttpParse::Bad);
        // A bare LF is refused at once, before the head could end.
        row("LF-only request line", "GET / HTTP/1.1\nHost: h\n", HttpParse::Bad);
        row("LF-only end of head", "GET / HTTP/1.1\r\nHost: h\n\n", HttpParse::Bad);
        row("binary first byte", QByteArray("\x16\x03\x01\x02\x00", 5), HttpParse::Bad);
        row("space before colon", "GET / HTTP/1.1\r\nHost : h\r\n\r\n", HttpParse::Bad);
        row("folded line", "GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n 2\r\n\r\n", HttpParse::Bad);
        row("line without colon", "GET / HTTP/1.1\r\nHost: h\r\nnonsense\r\n\r\n", HttpParse::Bad);
        row("NUL in a value", QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\0b\r\n\r\n", 37), HttpParse::Bad);
        row("two different Content-Length", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
            HttpParse::Bad);
        row("Content-Length list", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1, 2\r\n\r\nab", HttpParse::Bad);
        row("negative Content-Length", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", HttpParse::Bad);
        row("huge Content-Length", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n",
            HttpParse::BodyTooLarge);
        row("same Content-Length twice", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na",
            HttpParse::Complete);
        row("Transfer-Encoding", "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            HttpParse::NotImplemented);
    }
    void strictRequests() {
        QFETCH(QByteArray, raw);
        QFETCH(int, expected);
        HttpRequest req;
        size_t consumed = 0;
        QCOMPARE(int(parseHttpRequest(std::string_view(raw.constData(), size_t(raw.size())), 1024, 100, req, consumed)), expected);
    }

    void repeatedFieldsAreJoined() {
        HttpRequest req;
        size_t consumed = 0;
        QCOMPARE(parseHttpRequest("GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive\r\nconnection: Upgrade\r\n\r\n", 1024, 10,
                                  req, consumed),
                 HttpParse::Complete);
        QCOMPARE(req.header("connection"), std::string_view("keep-alive, Upgrade"));
        QCOMPARE(req.minorVersion, 1);
    }

    void randomBytesAreRefusedWithoutWaiting() {
        // Seeded garbage: every buffer either is refused at once or (rarely) still incomplete, and
        // never makes the parser read past what it was given (ASan checks that).
        uint32_t state = 12345;
        int refused = 0;
        for (int round = 0; round < 2000; ++round) {
            std::string raw(64, '\0');
            for (char& c : raw) {
                state = state * 1664525u + 1013904223u;
                c = char(state >> 24);
            }
            HttpRequest req;
            size_t consumed = 0;
            const HttpParse r = parseHttpRequest(raw, 1024, 100, req, consumed);
            QVERIFY(r != HttpParse::Complete);
            if (r == HttpParse::Bad) ++refused;
        }
        QCOMPARE(refused, 2000);
    }
};

QTEST_APPLESS_MAIN(TestHttpRequest)
#include "TestHttpRequest.moc"
