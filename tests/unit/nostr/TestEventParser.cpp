// unit.nostr.EventParser: every shape error is a ParseError with the "invalid:" prefix.
#include "nostr/EventParser.h"
#include "nostr/Hex.h"

#include <QTest>

using namespace roost::nostr;

namespace {
const std::string kId(64, 'a'), kPub(64, 'b'), kSig(128, 'c');

std::string makeEvent(const std::string& id = "\"" + kId + "\"", const std::string& pubkey = "\"" + kPub + "\"",
                  const std::string& createdAt = "1700000000", const std::string& kind = "1",
                  const std::string& tags = "[[\"t\",\"x\"]]", const std::string& content = "\"hi\"",
                  const std::string& sig = "\"" + kSig + "\"") {
    return "{\"id\":" + id + ",\"pubkey\":" + pubkey + ",\"created_at\":" + createdAt + ",\"kind\":" + kind +
           ",\"tags\":" + tags + ",\"content\":" + content + ",\"sig\":" + sig + "}";
}
} // namespace

class TestEventParser : public QObject {
    Q_OBJECT
private slots:
    void parsesAWellFormedEvent() {
        const Event e = parseEvent(makeEvent());
        QCOMPARE(toHex(e.id), kId);
        QCOMPARE(toHex(e.pubkey), kPub);
        QCOMPARE(toHex(e.sig), kSig);
        QCOMPARE(e.createdAt, int64_t(1700000000));
        QCOMPARE(e.kind, 1u);
        QCOMPARE(e.tags.size(), size_t(1));
        QCOMPARE(e.tags[0][1], std::string("x"));
        QCOMPARE(e.content, std::string("hi"));
    }

    void decodesEscapesAndIgnoresExtraKeys() {
        std::string json = makeEvent("\"" + kId + "\"", "\"" + kPub + "\"", "5", "0", "[]", "\"a\\n\\u00f6\\ud83e\\udd19\"");
        json.insert(1, "\"relays\":[\"wss://x\"],\"_id\":{\"$oid\":1},");
        const Event e = parseEvent(json);
        QCOMPARE(e.content, std::string("a\nö🤙"));
        QCOMPARE(e.kind, 0u);
    }

    void rejectsBadShapes_data() {
        QTest::addColumn<QString>("json");
        QTest::newRow("not an object") << QString::fromStdString("[1,2]");
        QTest::newRow("malformed") << QString::fromStdString("{\"id\":");
        QTest::newRow("uppercase id") << QString::fromStdString(makeEvent("\"" + std::string(64, 'A') + "\""));
        QTest::newRow("short id") << QString::fromStdString(makeEvent("\"abcd\""));
        QTest::newRow("numeric pubkey") << QString::fromStdString(makeEvent("\"" + kId + "\"", "5"));
        QTest::newRow("sig 64 chars") << QString::fromStdString(makeEvent("\"" + kId + "\"", "\"" + kPub + "\"", "1", "1", "[]", "\"\"", "\"" + kId + "\""));
        QTest::newRow("float created_at") << QString::fromStdString(makeEvent("\"" + kId + "\"", "\"" + kPub + "\"", "1.5"));
        QTest::newRow("string created_at") << QString::fromStdString(makeEvent("\"" + kId + "\"", "\"" + kPub + "\"", "\"1\""));
        QTest::newRow("negative created_at") << QString::fromStdString(makeEvent("\"" + kId + "\"", "\"" + kPub + "\"", "-1"));
        QTest::newRow("kind 65536") << QString::fromStdString(makeEvent("\"" + kId + "\"", "\"" + kPub + "\"", "1", "65536"));
        QTest::newRow("kind negative") << QString::fromStdString(makeEvent("\"" + kId + "\"", "\"" + kPub + "\"", "1", "-1"));
        QTest::newRow("tags not array") << QString::fromStdString(makeEvent("\"" + kId + "\"", "\"" + kPub + "\"", "1", "1", "{}"));
        QTest::newRow("tag not array") << QString::fromStdString(makeEvent("\"" + kId + "\"", "\"" + kPub + "\"", "1", "1", "[\"e\"]"));
        QTest::newRow("empty tag") << QString::fromStdString(makeEvent("\"" + kId + "\"", "\"" + kPub + "\"", "1", "1", "[[]]"));
        QTest::newRow("number in tag") << QString::fromStdString(makeEvent("\"" + kId + "\"", "\"" + kPub + "\"", "1", "1", "[[\"e\",1]]"));
        QTest::newRow("null in tag") << QString::fromStdString(makeEvent("\"" + kId + "\"", "\"" + kPub + "\"", "1", "1", "[[\"e\",null]]"));
        QTest::newRow("content number") << QString::fromStdString(makeEvent("\"" + kId + "\"", "\"" + kPub + "\"", "1", "1", "[]", "5"));
        QTest::newRow("missing sig") << QString::fromStdString("{\"id\":\"" + kId + "\",\"pubkey\":\"" + kPub + "\",\"created_at\":1,\"kind\":1,\"tags\":[],\"content\":\"\"}");
        QTest::newRow("invalid utf8") << QString::fromLatin1("{\"content\":\"\xff\"}");
    }
    void rejectsBadShapes() {
        QFETCH(QString, json);
        // Latin-1 keeps the raw byte for the invalid UTF-8 row; the others are ASCII.
        const std::string text = json.toLatin1().toStdString();
        try {
            parseEvent(text);
            QFAIL("accepted");
        } catch (const ParseError& e) {
            QVERIFY2(std::string_view(e.what()).starts_with("invalid: "), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestEventParser)
#include "TestEventParser.moc"
