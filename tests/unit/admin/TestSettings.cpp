// unit.admin.Settings: the schema, validation, saving, reloading a changed file, overrides, and
// docs/CONFIG.md being the generated table.
#include "roost/Settings.h"

#include "admin/ConfigText.h"

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

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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

    // Key settings take what people paste (npub, nostr:npub, hex in either case), store lowercase
    // hex, and refuse anything else, whichever way the value arrives (file, GUI, NIP-86, CLI).
    void publicKeySettingsTakeNpubAndRefuseTheRest() {
        // NIP-19's own example key.
        const QString hex = QStringLiteral("7e7e9c42a91bfef19fa929e5fda1b72e0ebc1a4c1141673e2794234d86addf4e");
        const QString npub = QStringLiteral("npub10elfcs4fr0l0r8af98jlmgdh9c8tcxjvz9qkw038js35mp4dma8qzvjptg");
        QString error;
        for (const char* key : {"access/owner_pubkeys", "access/member_pubkeys", "access/banned_pubkeys"}) {
            const SettingSpec& spec = *findSetting(QLatin1String(key));
            QCOMPARE(normalizeSetting(spec, QStringLiteral("%1, nostr:%1,%2").arg(npub, hex.toUpper()), &error),
                     QVariant(QStringList{hex})); // one key however it was written
            error.clear();
            QVERIFY(!normalizeSetting(spec, QStringList{hex, QStringLiteral("abc")}, &error).isValid());
            QVERIFY2(error.contains(QLatin1String(key)) && error.contains(QLatin1String("\"abc\"")), qPrintable(error));
            QVERIFY(!normalizeSetting(spec, QString(npub).replace(QLatin1Char('q'), QLatin1Char('p')), &error).isValid());
        }
        const SettingSpec& admin = *findSetting(QStringLiteral("relay/pubkey"));
        QCOMPARE(normalizeSetting(admin, npub, &error), QVariant(hex));
        QCOMPARE(normalizeSetting(admin, QString(), &error), QVariant(QString())); // empty: the first owner key
        QVERIFY(!normalizeSetting(admin, QStringLiteral("xyz"), &error).isValid());
        // Other string lists are left as written.
        QCOMPARE(normalizeSetting(*findSetting(QStringLiteral("access/nip43_revoked_invites")), QStringLiteral("abc"), &error),
                 QVariant(QStringList{QStringLiteral("abc")}));

        Settings settings;
        QVERIFY(settings.setValue(QStringLiteral("access/owner_pubkeys"), npub, &error));
        QCOMPARE(settings.value(QStringLiteral("access/owner_pubkeys")).toStringList(), QStringList{hex});
        QVERIFY(!settings.setValue(QStringLiteral("access/owner_pubkeys"), QStringLiteral("abc"), &error));
        QCOMPARE(settings.value(QStringLiteral("access/owner_pubkeys")).toStringList(), QStringList{hex}); // unchanged
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

    void firstStartCreatesACommentedFile() {
        QTemporaryDir dir;
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        const QString path = defaultConfigPath();
        QCOMPARE(path, dir.filePath(QStringLiteral("roost/roost.conf")));
        QVERIFY(!QFile::exists(path));
        QString error;
        QVERIFY2(Settings::createDefaultFile(path, &error), qPrintable(error));
        const QByteArray text = readFile(path);
        const RelayConfig defaults;
        for (const SettingSpec& spec : settingsSchema()) {
            const QByteArray line = '#' + spec.key.section(QLatin1Char('/'), 1).toUtf8() + '=' +
                                    configtext::formatValue(spec, spec.get(defaults)).toUtf8() + '\n';
            QVERIFY2(text.contains(line), line.constData());
            QVERIFY2(text.contains((QStringLiteral("# ") + spec.description).toUtf8()), qPrintable(spec.key));
        }
        QVERIFY(configtext::parse(text).isEmpty()); // every key commented out
        // A second start leaves the file alone.
        writeFile(path, text + "# mine\n");
        QVERIFY(Settings::createDefaultFile(path, &error));
        QVERIFY(readFile(path).endsWith("# mine\n"));
        Settings s;
        QVERIFY(s.loadFile(path, &error));
        QCOMPARE(s.config().port, defaults.port);
        qunsetenv("XDG_CONFIG_HOME");
    }

    void everyDefaultUncommentedReadsBackTheSame() {
        // Uncommenting every line of the default file changes no value: the written form of each
        // default is read back to the same value.
        QList<QPair<QString, QString>> all;
        const RelayConfig defaults;
        for (const SettingSpec& spec : settingsSchema()) all.append({spec.key, configtext::formatValue(spec, spec.get(defaults))});
        const QByteArray text = configtext::withValues(configtext::defaultText(), all);
        QCOMPARE(configtext::parse(text).size(), qsizetype(settingsSchema().size()));
        QCOMPARE(text.count('\n'), configtext::defaultText().count('\n')); // each one in place
        RelayConfig read;
        QString error;
        QVERIFY2(configtext::readInto(text, read, &error), qPrintable(error));
        for (const SettingSpec& spec : settingsSchema()) QCOMPARE(spec.get(read), spec.get(defaults));
    }

    void aChangeSurvivesARestart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roost.conf"));
        QString error;
        QVERIFY(Settings::createDefaultFile(path, &error));
        {
            Settings s;
            QVERIFY(s.loadFile(path, &error));
            QVERIFY(s.setValue(QStringLiteral("relay/port"), 5001, &error));
            QVERIFY(s.setValue(QStringLiteral("access/owner_pubkeys"), QStringList{QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b'))}, &error));
            QVERIFY(s.setValue(QStringLiteral("relay/description"), QStringLiteral(" quoted; \"odd\" #text\\ "), &error));
        }
        Settings again;
        QVERIFY(again.loadFile(path, &error));
        QCOMPARE(again.config().port, uint16_t(5001));
        QCOMPARE(again.config().access.ownerPubkeys, (QStringList{QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b'))}));
        QCOMPARE(again.config().description, QStringLiteral(" quoted; \"odd\" #text\\ "));
    }

    void aSaveEditsOnlyTheChangedLines() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roost.conf"));
        const QByteArray before =
            "; my relay\r\n"
            "[relay]\r\n"
            "name = Attic   \r\n"
            "# the port I use at home\r\n"
            "#port=4869\r\n"
            "\r\n"
            "[limits]\r\n"
            "max_filters=7\r\n"
            "max_subscriptions=10   ; for my phone\r\n"
            "\r\n"
            "; unrelated trailing note\r\n";
        writeFile(path, before);
        Settings s;
        QString error;
        QVERIFY(s.loadFile(path, &error));
        QCOMPARE(s.config().name, QStringLiteral("Attic"));
        QVERIFY(s.setValue(QStringLiteral("relay/name"), QStringLiteral("Loft"), &error)); // active line: replaced in place
        QVERIFY(s.setValue(QStringLiteral("relay/port"), 4870, &error));                   // commented out: uncommented in place
        QVERIFY(s.setValue(QStringLiteral("limits/max_limit"), 99, &error));               // absent: after the section's keys
        QVERIFY(s.setValue(QStringLiteral("rate/burst_seconds"), 3, &error));              // no section: appended
        QVERIFY(s.setValue(QStringLiteral("limits/max_filters"), 7, &error));              // unchanged: not written
        QCOMPARE(s.config().limits.maxSubscriptions, 10u);                                  // "; comment" is not the value
        QVERIFY(s.setValue(QStringLiteral("limits/max_subscriptions"), 11, &error));       // its comment stays
        const QByteArray expected =
            "; my relay\r\n"
            "[relay]\r\n"
            "name=Loft\r\n"
            "# the port I use at home\r\n"
            "port=4870\r\n"
            "\r\n"
            "[limits]\r\n"
            "max_filters=7\r\n"
            "max_subscriptions=11   ; for my phone\r\n"
            "max_limit=99\r\n"
            "\r\n"
            "; unrelated trailing note\r\n"
            "\r\n"
            "[rate]\r\n"
            "burst_seconds=3\r\n";
        QCOMPARE(readFile(path), expected);
    }

    void anEditMadeMeanwhileIsNotLost() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roost.conf"));
        QString error;
        QVERIFY(Settings::createDefaultFile(path, &error));
        Settings s;
        QVERIFY(s.loadFile(path, &error));
        // An editor saves the file (name changed) and, before the watcher's reload ran, the
        // window changes the port.
        QByteArray edited = readFile(path);
        edited.replace("#name=Roost\n", "name=Edited in vim\n");
        QVERIFY(edited.contains("name=Edited in vim"));
        writeFile(path, edited);
        QCOMPARE(s.config().name, QStringLiteral("Roost")); // not reloaded yet
        QVERIFY(s.setValue(QStringLiteral("relay/port"), 6000, &error));
        const QByteArray after = readFile(path);
        QVERIFY(after.contains("\nname=Edited in vim\n"));
        QVERIFY(after.contains("\nport=6000\n"));
        QCOMPARE(s.config().name, QStringLiteral("Edited in vim"));
        QCOMPARE(s.config().port, uint16_t(6000));
        Settings fresh;
        QVERIFY(fresh.loadFile(path, &error));
        QCOMPARE(fresh.config().name, QStringLiteral("Edited in vim"));
        QCOMPARE(fresh.config().port, uint16_t(6000));
    }

    void aFileCreatedLaterIsWatched() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roost.conf"));
        Settings s;
        QString error;
        QVERIFY(s.loadFile(path, &error)); // no file yet: the folder is watched
        QSignalSpy reloaded(&s, &Settings::reloaded);
        writeFile(path, "[limits]\nmax_filters=3\n");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(s.config().limits.maxFilters, 3u);
    }

    void configDocIsGenerated() {
        QFile doc(QStringLiteral(ROOST_SOURCE_DIR "/docs/CONFIG.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(doc.readAll()), settingsMarkdown()); // regenerate: roost --help-config > docs/CONFIG.md
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
