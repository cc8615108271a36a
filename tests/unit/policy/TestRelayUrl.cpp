// unit.policy.RelayUrl: URLs split for comparison, and whether one names the relay a client
// connected to (NIP-42 relay tag, NIP-98 u tag).
#include "policy/RelayUrl.h"

#include <QTest>

using namespace roost::policy;

class TestRelayUrl : public QObject {
    Q_OBJECT
private slots:
    void parsesSchemeHostPortAndTarget() {
        auto u = parseUrl("WSS://Relay.Example.org");
        QVERIFY(u);
        QCOMPARE(u->scheme, std::string("wss"));
        QCOMPARE(u->host, std::string("relay.example.org"));
        QCOMPARE(u->port, uint16_t(443));
        QCOMPARE(u->target, std::string("/"));
        u = parseUrl("http://127.0.0.1:4869/api/x?y=1#frag");
        QVERIFY(u);
        QCOMPARE(u->port, uint16_t(4869));
        QCOMPARE(u->target, std::string("/api/x?y=1"));
        u = parseUrl("ws://[::1]:7000");
        QVERIFY(u);
        QCOMPARE(u->host, std::string("[::1]"));
        QCOMPARE(u->port, uint16_t(7000));
        QCOMPARE(parseUrl("ws://h?q")->target, std::string("/?q"));
        QCOMPARE(parseUrl("ws://h")->port, uint16_t(80));
        QCOMPARE(parseUrl("https://h")->port, uint16_t(443));
        for (const char* bad : {"relay.example.org", "ftp://h", "ws://", "ws://:80", "ws://h:0", "ws://h:70000",
                                "ws://h:x", "ws://user@h", "ws://[::1", "ws://h:"})
            QVERIFY2(!parseUrl(bad), bad);
    }

    void namesTheEndpointTheClientReached() {
        const ConnectedTo local{"127.0.0.1:4869", "127.0.0.1:4869", {}};
        auto names = [](const char* url, const ConnectedTo& to) { return urlNamesEndpoint(*parseUrl(url), to); };
        QVERIFY(names("ws://127.0.0.1:4869", local));
        QVERIFY(names("ws://localhost:4869/", local));
        QVERIFY(!names("ws://127.0.0.1:4868", local));
        QVERIFY(!names("ws://10.0.0.1:4869", local));
        QVERIFY(!names("wss://relay.damus.io", local));

        // The Host header names the relay as the client typed it.
        const ConnectedTo named{"MyNas.local:4869", "192.168.1.5:4869", {}};
        QVERIFY(names("ws://mynas.local:4869", named));
        QVERIFY(names("ws://192.168.1.5:4869", named));
        QVERIFY(!names("ws://mynas.local:4870", named));
        QVERIFY(!names("ws://localhost:4869", named)); // not a loopback socket

        // A Host header without a port: the scheme's default port.
        const ConnectedTo proxied{"relay.example.org", "127.0.0.1:4869", {}};
        QVERIFY(names("wss://relay.example.org", proxied));
        QVERIFY(names("ws://relay.example.org", proxied));
        QVERIFY(!names("wss://relay.example.org:444", proxied));

        // relay/public_url.
        const ConnectedTo pub{"127.0.0.1:4869", "127.0.0.1:4869", "wss://relay.example.org/"};
        QVERIFY(names("wss://relay.example.org:443/", pub));
        QVERIFY(!names("ws://relay.example.org", pub));

        // IPv6 loopback.
        const ConnectedTo v6{"[::1]:4869", "[::1]:4869", {}};
        QVERIFY(names("ws://[::1]:4869", v6));
        QVERIFY(names("ws://localhost:4869", v6));
    }
};

QTEST_APPLESS_MAIN(TestRelayUrl)
#include "TestRelayUrl.moc"
