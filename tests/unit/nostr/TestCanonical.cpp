// unit.nostr.Canonical: NIP-01 escaping, canonical serialization and ids on every real event.
#include "TestData.h"
#include "nostr/Canonical.h"
#include "nostr/EventParser.h"
#include "nostr/Hex.h"
#include "nostr/Json.h"
#include "nostr/Verify.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace roost::nostr;

class TestCanonical : public QObject {
    Q_OBJECT
private slots:
    void escapingRules_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("plain") << QByteArray("abc") << QByteArray("\"abc\"") << QByteArray("\"abc\"");
        QTest::newRow("the seven escapes") << QByteArray("\n\"\\\r\t\b\f") << QByteArray("\"\\n\\\"\\\\\\r\\t\\b\\f\"")
                                           << QByteArray("\"\\n\\\"\\\\\\r\\t\\b\\f\"");
        QTest::newRow("other control chars") << QByteArray("a\x01z\x1f", 4) << QByteArray("\"a\x01z\x1f\"", 6)
                                             << QByteArray("\"a\\u0001z\\u001f\"");
        QTest::newRow("NUL") << QByteArray("\0", 1) << QByteArray("\"\0\"", 3) << QByteArray("\"\\u0000\"");
        QTest::newRow("slash and DEL verbatim") << QByteArray("/\x7f") << QByteArray("\"/\x7f\"") << QByteArray("\"/\x7f\"");
        QTest::newRow("unicode verbatim") << QByteArray("ö 🤙 \xe2\x80\xa8") << QByteArray("\"ö 🤙 \xe2\x80\xa8\"")
                                          << QByteArray("\"ö 🤙 \xe2\x80\xa8\"");
    }
    void escapingRules() {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        QFETCH(QByteArray, wire);
        const std::string_view in(input.constData(), size_t(input.size()));
        std::string c, w;
        appendCanonicalString(c, in);
        appendWireString(w, in);
        QCOMPARE(QByteArray::fromStdString(c), canonical);
        QCOMPARE(QByteArray::fromStdString(w), wire);
    }

    void canonicalFormOfAKnownEvent() {
        Event e;
        e.pubkey[0] = 0xab;
        e.createdAt = 1700000000;
        e.kind = 1;
        e.tags = {{"e", "x", ""}, {"t"}};
        e.content = "hi \"there\"\n";
        const std::string expected = "[0,\"ab" + std::string(62, '0') +
                                     "\",1700000000,1,[[\"e\",\"x\",\"\"],[\"t\"]],\"hi \\\"there\\\"\\n\"]";
        QCOMPARE(serializeCanonical(e), expected);
    }

    void everyRealEventVerifiesAndRoundTrips() {
        const auto lines = readJsonLines("real-events.jsonl");
        REQUIRE_SHARED_DATA(lines, "real-events.jsonl");
        size_t checked = 0;
        for (const std::string& line : lines) {
            Event e;
            try {
                e = parseEvent(line);
            } catch (const ParseError& err) {
                QFAIL(qPrintable(QStringLiteral("%1: %2").arg(QString::fromStdString(line.substr(0, 80)), QString::fromUtf8(err.what()))));
            }
            const QJsonObject original = QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
            QCOMPARE(QString::fromStdString(toHex(computeId(e))), original.value(QStringLiteral("id")).toString());
            const auto bad = verifyEvent(e);
            QVERIFY2(!bad, bad ? bad->c_str() : "");

            // The wire form is valid JSON with the same values (checked by Qt's parser) ...
            const std::string wire = serializeEvent(e);
            QJsonObject reparsed = QJsonDocument::fromJson(QByteArray::fromStdString(wire)).object();
            for (const char* key : {"id", "pubkey", "created_at", "kind", "tags", "content", "sig"})
                QVERIFY2(reparsed.value(QLatin1String(key)) == original.value(QLatin1String(key)), key);
            QCOMPARE(reparsed.size(), 7);
            // ... and stable: parsing it again gives the same bytes.
            QCOMPARE(serializeEvent(parseEvent(wire)), wire);
            ++checked;
        }
        QCOMPARE(checked, lines.size());
        qInfo("verified and round-tripped %zu real events", checked);
    }

    void testKeyEventsVerify() {
        const auto lines = readJsonLines("test-key-events.jsonl");
        REQUIRE_SHARED_DATA(lines, "test-key-events.jsonl");
        for (const std::string& line : lines) QVERIFY(!verifyEvent(parseEvent(line)));
    }
};

QTEST_APPLESS_MAIN(TestCanonical)
#include "TestCanonical.moc"
