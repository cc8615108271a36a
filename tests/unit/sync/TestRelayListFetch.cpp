// unit.sync.RelayListFetch: where a key writes, read from its NIP-65 relay list (kind 10002: `r`
// tags without a marker or marked "write") or its kind 3's relay map (write not false), URLs
// normalized and deduplicated, bounded; and the lookup against bootstrap URLs that cannot answer
// (not ws(s), nothing listening) ends with each failure in words and no relay list.
#include "sync/RelayListFetch.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace roost;
using namespace roost::sync;

namespace {

nostr::Event withTags(uint32_t kind, std::vector<nostr::Tag> tags, std::string content = {}) {
    nostr::Event e;
    e.kind = kind;
    e.tags = std::move(tags);
    e.content = std::move(content);
    return e;
}

} // namespace

class TestRelayListFetch : public QObject {
    Q_OBJECT
private slots:
    void normalizesUrls() {
        QCOMPARE(normalizeRelayUrl(QStringLiteral(" WSS://Relay.Example.ORG/ ")), QStringLiteral("wss://relay.example.org"));
        QCOMPARE(normalizeRelayUrl(QStringLiteral("ws://127.0.0.1:4869")), QStringLiteral("ws://127.0.0.1:4869"));
        QCOMPARE(normalizeRelayUrl(QStringLiteral("wss://r.example/inbox")), QStringLiteral("wss://r.example/inbox"));
        QCOMPARE(normalizeRelayUrl(QStringLiteral("https://r.example")), QString());
        QCOMPARE(normalizeRelayUrl(QStringLiteral("wss://")), QString());
        QCOMPARE(normalizeRelayUrl(QStringLiteral("not a url")), QString());
    }

    void writeRelaysOfAKind10002() {
        const auto list = withTags(10002, {{"r", "wss://both.example"},
                                           {"r", "wss://write.example/", "write"},
                                           {"r", "wss://read.example", "read"},
                                           {"r", "WSS://BOTH.example"}, // the same relay again
                                           {"r", "https://not-a-relay.example"},
                                           {"r"},
                                           {"p", "wss://not-an-r-tag.example"}});
        QCOMPARE(writeRelaysOfRelayList(list), (QStringList{QStringLiteral("wss://both.example"), QStringLiteral("wss://write.example")}));

        std::vector<nostr::Tag> many;
        for (int i = 0; i < 100; ++i) many.push_back({"r", "wss://r" + std::to_string(i) + ".example"});
        QCOMPARE(writeRelaysOfRelayList(withTags(10002, many)).size(), qsizetype(kMaxWriteRelays));
    }

    void writeRelaysOfAKind3() {
        const auto contacts = withTags(3, {{"p", std::string(64, 'a'), "wss://hint.example"}},
                                       "{\"wss://a.example\":{\"read\":true,\"write\":true},\"wss://b.example\":{\"read\":true,\"write\":false},"
                                       "\"wss://c.example\":{}}");
        QCOMPARE(writeRelaysOfContactList(contacts), (QStringList{QStringLiteral("wss://a.example"), QStringLiteral("wss://c.example")}));
        QVERIFY(writeRelaysOfContactList(withTags(3, {}, "")).isEmpty());
        QVERIFY(writeRelaysOfContactList(withTags(3, {}, "[1,2]")).isEmpty());
    }

    void unreachableBootstrapRelaysFailInWords() {
        qRegisterMetaType<RelayListLookup>();
        // A port with nothing listening: bind one, remember it, close it.
        quint16 port = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost));
            port = server.serverPort();
        }
        const nostr::PubKey key{};
        RelayListFetch fetch(key, {QStringLiteral("https://x.example"), QStringLiteral("ws://127.0.0.1:%1").arg(port)}, 5000);
        QSignalSpy done(&fetch, &RelayListFetch::finished);
        fetch.start();
        QVERIFY(done.count() == 1 || done.wait(10000));
        const auto result = done.first().first().value<RelayListLookup>();
        QVERIFY(result.writeRelays.isEmpty());
        QCOMPARE(result.source, QString());
        QCOMPARE(result.failures.size(), 2);
        QVERIFY(result.failures[0].startsWith(QLatin1String("https://x.example: not a ws:// or wss:// URL")));
        QVERIFY(result.failures[1].startsWith(QStringLiteral("ws://127.0.0.1:%1: ").arg(port)));
        QCOMPARE(result.bootstrapAnswered, 0);
    }
};

QTEST_GUILESS_MAIN(TestRelayListFetch)
#include "TestRelayListFetch.moc"
