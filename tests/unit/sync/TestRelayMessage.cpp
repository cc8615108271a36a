// unit.sync.RelayMessage: reading relay -> client messages (NIP-01, NIP-42, NIP-77), malformed
// ones refused with "invalid:", malformed events inside EVENT reported rather than thrown.
#include "sync/RelayMessage.h"

#include "nostr/Canonical.h"
#include "nostr/Hex.h"
#include "nostr/Verify.h"

#include <QTest>

using namespace roost;
using namespace roost::sync;

class TestRelayMessage : public QObject {
    Q_OBJECT
private slots:
    void everyVerb() {
        nostr::Event ev;
        ev.kind = 1;
        ev.createdAt = 1700000000;
        ev.content = "hi";
        nostr::SecretKey key{};
        key[31] = 7;
        nostr::signEvent(ev, key);
        const std::string json = nostr::serializeEvent(ev);
        const std::string id = nostr::toHex(ev.id);

        auto e = std::get<RelayEvent>(parseRelayMessage("[\"EVENT\",\"s1\"," + json + "]"));
        QCOMPARE(e.subscriptionId, std::string("s1"));
        QVERIFY(e.problem.empty());
        QVERIFY(e.event.id == ev.id);
        QCOMPARE(e.event.content, std::string("hi"));

        QCOMPARE(std::get<RelayEose>(parseRelayMessage(R"(["EOSE","s1"])")).subscriptionId, std::string("s1"));
        auto ok = std::get<RelayOk>(parseRelayMessage("[\"OK\",\"" + id + "\",false,\"rate-limited: slow down\"]"));
        QVERIFY(ok.eventId == ev.id);
        QVERIFY(!ok.accepted);
        QCOMPARE(reasonPrefix(ok.message), std::string_view("rate-limited"));
        QCOMPARE(std::get<RelayClosed>(parseRelayMessage(R"(["CLOSED","s","auth-required: who?"])")).message,
                 std::string("auth-required: who?"));
        QCOMPARE(std::get<RelayNotice>(parseRelayMessage(R"(["NOTICE","hello"])")).message, std::string("hello"));
        QCOMPARE(std::get<RelayAuth>(parseRelayMessage(R"(["AUTH","c123"])")).challenge, std::string("c123"));
        auto neg = std::get<RelayNegMsg>(parseRelayMessage(R"(["NEG-MSG","n1","6100"])"));
        QCOMPARE(neg.subscriptionId, std::string("n1"));
        QCOMPARE(neg.hex, std::string("6100"));
        QCOMPARE(std::get<RelayNegErr>(parseRelayMessage(R"(["NEG-ERR","n1","blocked: too big"])")).reason,
                 std::string("blocked: too big"));
        QCOMPARE(std::get<RelayUnknown>(parseRelayMessage(R"(["COUNT","c",{"count":1}])")).verb, std::string("COUNT"));
    }

    void malformedEventIsReportedNotThrown() {
        const std::string id(64, 'a');
        auto e = std::get<RelayEvent>(parseRelayMessage("[\"EVENT\",\"s\",{\"id\":\"" + id + "\",\"kind\":\"x\"}]"));
        QVERIFY(!e.problem.empty());
        QVERIFY(e.problem.rfind("invalid:", 0) == 0);
        QVERIFY(e.hasId);
        QCOMPARE(nostr::toHex(e.event.id), id);
        auto noId = std::get<RelayEvent>(parseRelayMessage(R"(["EVENT","s",42])"));
        QVERIFY(!noId.problem.empty());
        QVERIFY(!noId.hasId);
    }

    void malformedMessagesThrow_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("not json") << QStringLiteral("[\"EOSE\"");
        QTest::newRow("object") << QStringLiteral("{}");
        QTest::newRow("empty array") << QStringLiteral("[]");
        QTest::newRow("verb not a string") << QStringLiteral("[1,2]");
        QTest::newRow("EOSE without id") << QStringLiteral("[\"EOSE\"]");
        QTest::newRow("OK bad id") << QStringLiteral("[\"OK\",\"xyz\",true,\"\"]");
        QTest::newRow("OK no bool") << QStringLiteral("[\"OK\",\"%1\",\"true\",\"\"]").arg(QString(64, QLatin1Char('a')));
        QTest::newRow("NEG-MSG no message") << QStringLiteral("[\"NEG-MSG\",\"n\"]");
        QTest::newRow("EVENT without event") << QStringLiteral("[\"EVENT\",\"s\"]");
    }
    void malformedMessagesThrow() {
        QFETCH(QString, text);
        QVERIFY_THROWS_EXCEPTION(nostr::ParseError, parseRelayMessage(text.toStdString()));
    }

    void prefixes() {
        QCOMPARE(reasonPrefix("auth-required: please"), std::string_view("auth-required"));
        QCOMPARE(reasonPrefix("no prefix here"), std::string_view());
        QCOMPARE(reasonPrefix("Odd Prefix: x"), std::string_view());
        QCOMPARE(reasonPrefix(""), std::string_view());
    }
};

QTEST_APPLESS_MAIN(TestRelayMessage)
#include "TestRelayMessage.moc"
