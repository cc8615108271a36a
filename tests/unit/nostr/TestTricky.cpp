// unit.nostr.Tricky: every well-formed but invalid event from the wild is rejected with the
// right NIP-01 reason (tampered content -> id mismatch; correct id, bad sig -> bad signature).
#include "TestData.h"
#include "nostr/Canonical.h"
#include "nostr/EventParser.h"
#include "nostr/Hex.h"
#include "nostr/Verify.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace roost::nostr;

class TestTricky : public QObject {
    Q_OBJECT
private slots:
    void everyTrickyEventIsRejectedWithTheRightReason() {
        const auto lines = readJsonLines("tricky-events.jsonl");
        REQUIRE_SHARED_DATA(lines, "tricky-events.jsonl");
        int idMismatch = 0, badSig = 0;
        for (const std::string& line : lines) {
            const QJsonObject record = QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
            const QString problem = record.value(QStringLiteral("problem")).toString();
            const QByteArray eventJson = QJsonDocument(record.value(QStringLiteral("event")).toObject()).toJson(QJsonDocument::Compact);
            const Event e = parseEvent(eventJson.toStdString()); // well-formed: extra keys ignored
            const auto reason = verifyEvent(e);
            QVERIFY2(reason.has_value(), qPrintable(problem));
            if (problem.startsWith(QLatin1String("id mismatch"))) {
                QCOMPARE(*reason, std::string("invalid: event id does not match its content"));
                QCOMPARE(QString::fromStdString(toHex(computeId(e))), record.value(QStringLiteral("computed_id")).toString());
                ++idMismatch;
            } else {
                QVERIFY(problem.startsWith(QLatin1String("id is correct")));
                QCOMPARE(QString::fromStdString(toHex(computeId(e))), QString::fromStdString(toHex(e.id)));
                QVERIFY2(reason->starts_with("invalid: bad signature") || reason->starts_with("invalid: pubkey"), reason->c_str());
                ++badSig;
            }
        }
        QCOMPARE(idMismatch + badSig, int(lines.size()));
        qInfo("rejected %d id mismatches and %d bad signatures", idMismatch, badSig);
    }
};

QTEST_APPLESS_MAIN(TestTricky)
#include "TestTricky.moc"
