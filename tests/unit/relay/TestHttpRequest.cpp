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
        const std::string raw = "POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc";
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
        QCOMPARE(parseHttpRequest("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n", 1024, 10, req, consumed), HttpParse::BodyTooLarge);
        QCOMPARE(parseHttpRequest("POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n", 1024, 10, req, consumed), HttpParse::Bad);
        QCOMPARE(parseHttpRequest("GARBAGE\r\n\r\n", 1024, 10, req, consumed), HttpParse::Bad);
    }
};

QTEST_APPLESS_MAIN(TestHttpRequest)
#include "TestHttpRequest.moc"
