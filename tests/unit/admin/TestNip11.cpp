// unit.admin.Nip11: the NIP-11 document reflects the configuration, and the INI config loader
// reads every key and rejects bad values.
#include "relay/Nip11.h"
#include "roost/RelayConfig.h"
#include "roost/Version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace roost;

class TestNip11 : public QObject {
    Q_OBJECT
private slots:
    void limitationFollowsConfig() {
        RelayConfig c;
        c.name = QStringLiteral("home relay");
        c.limits.maxMessageLength = 1234;
        c.limits.maxSubscriptions = 7;
        c.limits.maxLimit = 99;
        c.limits.defaultLimit = 11;
        c.limits.createdAtUpperLimit = 60;
        c.limits.maxFilterItems = 321;
        c.limits.maxFilterItemsTotal = 4321;
        const QJsonObject doc = QJsonDocument::fromJson(relay::buildNip11Document(c)).object();
        QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("home relay"));
        const QJsonObject l = doc.value(QStringLiteral("limitation")).toObject();
        QCOMPARE(l.value(QStringLiteral("max_message_length")).toInt(), 1234);
        QCOMPARE(l.value(QStringLiteral("max_subscriptions")).toInt(), 7);
        QCOMPARE(l.value(QStringLiteral("max_limit")).toInt(), 99);
        QCOMPARE(l.value(QStringLiteral("default_limit")).toInt(), 11);
        QCOMPARE(l.value(QStringLiteral("created_at_upper_limit")).toInt(), 60);
        QCOMPARE(l.value(QStringLiteral("max_filter_items")).toInt(), 321);
        QCOMPARE(l.value(QStringLiteral("max_filter_items_total")).toInt(), 4321);
        for (const char* key : {"max_filters", "max_subid_length", "max_event_tags", "max_content_length",
                                "created_at_lower_limit"})
            QVERIFY2(l.contains(QLatin1String(key)), key);
        const QJsonArray nips = doc.value(QStringLiteral("supported_nips")).toArray();
        for (int nip : {1, 9, 11, 40, 45, 62, 70}) QVERIFY2(nips.contains(nip), qPrintable(QString::number(nip)));
        QVERIFY(!doc.contains(QStringLiteral("pubkey"))); // not configured: omitted
    }

    // NIP-11: software and version always; the operator's fields from the settings when set.
    void softwareVersionAndOperatorFields() {
        RelayConfig c;
        QJsonObject doc = QJsonDocument::fromJson(relay::buildNip11Document(c)).object();
        QCOMPARE(doc.value(QStringLiteral("software")).toString(), QString::fromLatin1(softwareUrl()));
        QVERIFY(doc.value(QStringLiteral("software")).toString().startsWith(QLatin1String("https://")));
        QCOMPARE(doc.value(QStringLiteral("version")).toString(), QString::fromLatin1(versionString()));
        for (const char* key : {"banner", "posting_policy", "terms_of_service", "privacy_policy", "contact", "icon"})
            QVERIFY2(!doc.contains(QLatin1String(key)), key); // unset: omitted

        const QString owner(64, QLatin1Char('b'));
        c.access.ownerPubkeys = {QStringLiteral("not a key"), owner.toUpper()};
        c.contact = QStringLiteral("mailto:me@example.org");
        c.icon = QStringLiteral("https://example.org/icon.png");
        c.banner = QStringLiteral("https://example.org/banner.jpg");
        c.postingPolicy = QStringLiteral("https://example.org/posting");
        c.termsOfService = QStringLiteral("https://example.org/terms");
        c.privacyPolicy = QStringLiteral("https://example.org/privacy");
        doc = QJsonDocument::fromJson(relay::buildNip11Document(c)).object();
        QCOMPARE(doc.value(QStringLiteral("pubkey")).toString(), owner); // the owner, lowercased
        QCOMPARE(doc.value(QStringLiteral("contact")).toString(), c.contact);
        QCOMPARE(doc.value(QStringLiteral("icon")).toString(), c.icon);
        QCOMPARE(doc.value(QStringLiteral("banner")).toString(), c.banner);
        QCOMPARE(doc.value(QStringLiteral("posting_policy")).toString(), c.postingPolicy);
        QCOMPARE(doc.value(QStringLiteral("terms_of_service")).toString(), c.termsOfService);
        QCOMPARE(doc.value(QStringLiteral("privacy_policy")).toString(), c.privacyPolicy);

        c.pubkey = QString(64, QLatin1Char('c')); // an explicit admin key wins over the owner
        doc = QJsonDocument::fromJson(relay::buildNip11Document(c)).object();
        QCOMPARE(doc.value(QStringLiteral("pubkey")).toString(), c.pubkey);
        c.pubkey = QStringLiteral("xyz"); // not a key: never served
        doc = QJsonDocument::fromJson(relay::buildNip11Document(c)).object();
        QCOMPARE(doc.value(QStringLiteral("pubkey")).toString(), owner);
    }

    void negentropyListedWhileEnabled() {
        RelayConfig c;
        c.negentropy.maxRecords = 1234;
        c.negentropy.idleTimeout = 5;
        c.negentropy.maxSessions = 2;
        c.negentropy.maxFrameSize = 8192;
        QJsonObject doc = QJsonDocument::fromJson(relay::buildNip11Document(c)).object();
        QVERIFY(doc.value(QStringLiteral("supported_nips")).toArray().contains(77));
        const QJsonObject l = doc.value(QStringLiteral("limitation")).toObject();
        QCOMPARE(l.value(QStringLiteral("negentropy_max_records")).toInt(), 1234);
        QCOMPARE(l.value(QStringLiteral("negentropy_idle_timeout")).toInt(), 5);
        QCOMPARE(l.value(QStringLiteral("negentropy_max_sessions")).toInt(), 2);
        QCOMPARE(l.value(QStringLiteral("negentropy_max_frame_size")).toInt(), 8192);
        c.negentropy.enabled = false;
        doc = QJsonDocument::fromJson(relay::buildNip11Document(c)).object();
        QVERIFY(!doc.value(QStringLiteral("supported_nips")).toArray().contains(77));
        QVERIFY(!doc.value(QStringLiteral("limitation")).toObject().contains(QStringLiteral("negentropy_max_records")));
    }

    void loadsIniConfig() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roost.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[relay]\nport=7777\nname=Attic\n[limits]\nmax_subscriptions=12\ncreated_at_upper_limit=30\n");
        f.close();
        RelayConfig c;
        QString error;
        QVERIFY2(loadRelayConfig(path, c, &error), qPrintable(error));
        QCOMPARE(c.port, uint16_t(7777));
        QCOMPARE(c.name, QStringLiteral("Attic"));
        QCOMPARE(c.limits.maxSubscriptions, 12u);
        QCOMPARE(c.limits.createdAtUpperLimit, int64_t(30));
        QCOMPARE(c.limits.maxLimit, RelayLimits{}.maxLimit); // untouched keys keep defaults
    }

    void rejectsBadValuesAndMissingFiles() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[limits]\nmax_limit=lots\n");
        f.close();
        RelayConfig c;
        QString error;
        QVERIFY(!loadRelayConfig(path, c, &error));
        QVERIFY(error.contains(QStringLiteral("max_limit")));
        QVERIFY(!loadRelayConfig(dir.filePath(QStringLiteral("missing.ini")), c, &error));
    }
};

QTEST_APPLESS_MAIN(TestNip11)
#include "TestNip11.moc"
