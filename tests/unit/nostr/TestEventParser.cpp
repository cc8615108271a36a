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
    // A repeated key is refused whatever its value: simdjson reads the first, other parsers
    // the last, so an event could verify here and read differently elsewhere.
    void rejectsDuplicateKeys() {
        auto reason = [](const std::string& json) -> std::string {
            try {
                parseEvent(json);
                return "accepted";
            } catch (const ParseError& e) {
                return e.what();
            }
        };
        std::string second = makeEvent();
        second.insert(second.size() - 1, ",\"content\":\"evil\"");
        QCOMPARE(reason(second), std::string("invalid: duplicate key \"content\" in the event"));
        std::string escaped = makeEvent(); // the same key spelt with an escape is the same key
        escaped.insert(1, "\"ki\\u006ed\":7,");
        QCOMPARE(reason(escaped), std::string("invalid: duplicate key \"kind\" in the event"));
        std::string unknown = makeEvent();
        unknown.insert(1, "\"x\":1,\"x\":2,");
        QCOMPARE(reason(unknown), std::string("invalid: duplicate key \"x\" in the event"));
        std::string distinct = makeEvent();
        distinct.insert(1, "\"x\":1,\"y\":2,");
        QCOMPARE(reason(distinct), std::string("accepted"));
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
