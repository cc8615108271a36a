// unit.nostr.Nip19: bech32 npub/nsec/note per NIP-19 (its own example vectors) and BIP-173's
// rules (mixed case, checksum, padding, prefix).
#include "roost/Nip19.h"

#include <QTest>

using namespace roost;

class TestNip19 : public QObject {
    Q_OBJECT
private slots:
    void nipExamples_data() {
        QTest::addColumn<QString>("hrp");
        QTest::addColumn<QString>("bech32");
        QTest::addColumn<QString>("hex");
        QTest::newRow("npub") << "npub" << "npub10elfcs4fr0l0r8af98jlmgdh9c8tcxjvz9qkw038js35mp4dma8qzvjptg"
                              << "7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e";
        QTest::newRow("nsec") << "nsec" << "nsec1vl029mgpspedva04g90vltkh6fvh240zqtv9k0t9af8935ke9laqsnlfe5"
                              << "67dea2ed018072d675f5415ecfaed7d2597555e202d85b3d65ea4e58d2d92ffa";
        QTest::newRow("npub (bare keys)") << "npub" << "npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6"
                                          << "3bf0c63fcb93463407af97a5e5ee64fa883d107ef9e558472c4eb9aaaefa459d";
    }
    void nipExamples() {
        QFETCH(QString, hrp);
        QFETCH(QString, bech32);
        QFETCH(QString, hex);
        QCOMPARE(nip19::decode(bech32, hrp), std::optional<QString>(hex));
        QCOMPARE(nip19::encode(hrp, hex), bech32);
        QCOMPARE(nip19::encode(hrp, hex.toUpper()), bech32); // hex in either case
        QCOMPARE(nip19::decode(bech32.toUpper(), hrp), std::optional<QString>(hex)); // all uppercase is valid
    }

    void noteRoundTrip() {
        const QString id = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001");
        const QString note = nip19::noteFromHex(id);
        QVERIFY(note.startsWith(QLatin1String("note1")));
        QCOMPARE(note.size(), 63);
        QCOMPARE(nip19::decode(note, QStringLiteral("note")), std::optional<QString>(id));
        QCOMPARE(nip19::decode(note, QStringLiteral("npub")), std::nullopt); // wrong prefix
    }

    void rejects() {
        const QString npub = QStringLiteral("npub10elfcs4fr0l0r8af98jlmgdh9c8tcxjvz9qkw038js35mp4dma8qzvjptg");
        const QString npubHrp = QStringLiteral("npub");
        QString mixed = npub;
        mixed[6] = mixed[6].toUpper(); // "e" -> "E"
        QCOMPARE(nip19::decode(mixed, npubHrp), std::nullopt);
        QString badChecksum = npub;
        badChecksum[npub.size() - 1] = QLatin1Char('h');
        QCOMPARE(nip19::decode(badChecksum, npubHrp), std::nullopt);
        QString swapped = npub; // one data character changed
        swapped[10] = swapped[10] == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
        QCOMPARE(nip19::decode(swapped, npubHrp), std::nullopt);
        QCOMPARE(nip19::decode(QStringLiteral("npub10elfcs4fr0l0r8af98jlmgdh9c8tcxjvz9qkw038js35mp4dma8qzvjpbg"), npubHrp),
                 std::nullopt);
        QCOMPARE(nip19::decode(QStringLiteral("npub1b"), npubHrp), std::nullopt);          // too short
        QCOMPARE(nip19::decode(QStringLiteral("npub1bdvjptg0"), npubHrp), std::nullopt);   // 'b' is not in the charset
        QCOMPARE(nip19::decode(QStringLiteral("a12uel5l"), QStringLiteral("a")), std::nullopt); // valid bech32, 0 bytes
        QCOMPARE(nip19::encode(npubHrp, QStringLiteral("zz")), QString());
        QCOMPARE(nip19::encode(npubHrp, QString(64, QLatin1Char('g'))), QString());
    }

    void input() {
        const QString hex = QStringLiteral("7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e");
        const QString npub = QStringLiteral("npub10elfcs4fr0l0r8af98jlmgdh9c8tcxjvz9qkw038js35mp4dma8qzvjptg");
        const QString hrp = QStringLiteral("npub");
        QCOMPARE(nip19::hexFromInput(hex, hrp), std::optional<QString>(hex));
        QCOMPARE(nip19::hexFromInput(QStringLiteral(" ") + hex.toUpper(), hrp), std::optional<QString>(hex));
        QCOMPARE(nip19::hexFromInput(npub, hrp), std::optional<QString>(hex));
        QCOMPARE(nip19::hexFromInput(QStringLiteral("nostr:") + npub, hrp), std::optional<QString>(hex));
        QCOMPARE(nip19::hexFromInput(npub, QStringLiteral("note")), std::nullopt);
        QCOMPARE(nip19::hexFromInput(hex.left(63), hrp), std::nullopt);
        QCOMPARE(nip19::npubFromHex(hex), npub);
    }
};

QTEST_GUILESS_MAIN(TestNip19)
#include "TestNip19.moc"
