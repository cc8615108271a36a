// unit.admin.Settings: the schema, validation, saving, reloading a changed file, overrides, and
// docs/CONFIG.md being the generated table.
#include "roost/Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace roost;

namespace {
void writeFile(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}
} // namespace

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void schemaCoversTheConfigAndRoundTrips() {
        QVERIFY(settingsSchema().size() >= 25);
        const RelayConfig defaults;
        for (const SettingSpec& spec : settingsSchema()) {
            QVERIFY2(spec.key.contains(QLatin1Char('/')), qPrintable(spec.key));
            QVERIFY2(!spec.description.isEmpty(), qPrintable(spec.key));
            // Writing a key's own default back through normalize + set changes nothing.
            QString error;
            const QVariant v = normalizeSetting(spec, spec.get(defaults), &error);
            QVERIFY2(v.isValid(), qPrintable(error));
            RelayConfig copy;
            spec.set(copy, v);
            QCOMPARE(spec.get(copy), spec.get(defaults));
        }
        QVERIFY(findSetting(QStringLiteral("limits/max_limit")));
        QVERIFY(!findSetting(QStringLiteral("limits/nope")));
    }

    void validation() {
        QString error;
        QVERIFY(!normalizeSetting(*findSetting(QStringLiteral("relay/port")), QStringLiteral("70000"), &error).isValid());
        QVERIFY(error.contains(QStringLiteral("relay/port")));
        QVERIFY(!normalizeSetting(*findSetting(QStringLiteral("access/maintenance")), QStringLiteral("maybe"), &error).isValid());
        QVERIFY(!normalizeSetting(*findSetting(QStringLiteral("access/denied_kinds")), QStringLiteral("1,x"), &error).isValid());
        QCOMPARE(normalizeSetting(*findSetting(QStringLiteral("access/denied_kinds")), QStringLiteral("7, 1984"), &error),
                 QVariant(QVariantList{qint64(7), qint64(1984)}));
        QCOMPARE(normalizeSetting(*findSetting(QStringLiteral("rate/unlimited_ips")), QStringList{QStringLiteral("a"), QStringLiteral(" b ")}, &error),
                 QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void setValueSavesAndAnnounces() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roost.ini"));
        Settings s;
        QString error;
        QVERIFY(s.loadFile(path, &error));
        QSignalSpy changed(&s, &Settings::changed);
        QVERIFY(s.setValue(QStringLiteral("access/maintenance"), true, &error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("access/maintenance"));
        QVERIFY(s.config().access.maintenance);
        QVERIFY(!s.setValue(QStringLiteral("no/such"), 1, &error));
        QVERIFY(!s.setValue(QStringLiteral("limits/max_limit"), QStringLiteral("-3"), &error));

        RelayConfig fromDisk;
        QVERIFY(loadRelayConfig(path, fromDisk, &error));
        QVERIFY(fromDisk.access.maintenance);
    }

    void overridesAreNotSavedAndSurviveReloads() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roost.ini"));
        writeFile(path, "[relay]\nport=1111\nname=File\n");
        Settings s;
        QString error;
        QVERIFY(s.loadFile(path, &error));
        QVERIFY(s.setOverride(QStringLiteral("relay/port"), QStringLiteral("2222"), &error));
        QCOMPARE(s.config().port, uint16_t(2222));
        QVERIFY(s.setValue(QStringLiteral("relay/name"), QStringLiteral("Saved"), &error));
        RelayConfig fromDisk;
        QVERIFY(loadRelayConfig(path, fromDisk, &error));
        QCOMPARE(fromDisk.port, uint16_t(1111)); // the override never reached the file
        QCOMPARE(fromDisk.name, QStringLiteral("Saved"));
    }

    void aChangedFileIsReloaded() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roost.ini"));
        writeFile(path, "[limits]\nmax_subscriptions=5\n[access]\ndenied_kinds=7\n");
        Settings s;
        QString error;
        QVERIFY(s.loadFile(path, &error));
        QCOMPARE(s.config().limits.maxSubscriptions, 5u);
        QSignalSpy reloaded(&s, &Settings::reloaded);
        QSignalSpy changed(&s, &Settings::changed);
        writeFile(path, "[limits]\nmax_subscriptions=9\n");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(reloaded.at(0).at(0).toBool(), true);
        QCOMPARE(s.config().limits.maxSubscriptions, 9u);
        QVERIFY(s.config().access.deniedKinds.isEmpty()); // removed from the file: back to default
        QCOMPARE(changed.count(), 2);

        writeFile(path, "[limits]\nmax_subscriptions=lots\n");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(reloaded.last().at(0).toBool(), false);
        QCOMPARE(s.config().limits.maxSubscriptions, 9u); // a bad file changes nothing
    }

    void configDocIsGenerated() {
        QFile doc(QStringLiteral(ROOST_SOURCE_DIR "/docs/CONFIG.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(doc.readAll()), settingsMarkdown()); // regenerate: roost --help-config > docs/CONFIG.md
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
