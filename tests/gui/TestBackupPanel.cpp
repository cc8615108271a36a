// gui.BackupPanel: the Dashboard's backup strip against a real engine: "Back up now" writes a
// .db.zst into the backup folder and the label shows it; restoring it (stop, restore, start)
// brings back the store as it was at the backup, keeping the old one as roost.db.before-restore.
#include "BackupPanel.h"
#include "GeneratedNotes.h"
#include "GuiTestRelay.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace roost;
using namespace roost::ui;

class TestBackupPanel : public QObject {
    Q_OBJECT
private:
    /// Stored events, counted through the facade.
    static quint64 countAll(Relay& relay) {
        quint64 n = 0;
        bool done = false;
        relay.countEvents(QByteArrayLiteral("{}"), [&](quint64 c, QString) { n = c, done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 10000)) return quint64(-1);
        return n;
    }

    /// Publishes notes [from, to) of generatedNotes() and waits for every OK true.
    static bool publish(Relay& relay, int from, int to) {
        const QList<QByteArray> notes = testsupport::generatedNotes();
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        client.open(QUrl(relay.url()));
        if (!connected.wait(5000)) return false;
        int oks = 0;
        bool allTrue = true;
        QObject::connect(&client, &QWebSocket::textMessageReceived, [&](const QString& m) {
            if (!m.startsWith(QStringLiteral("[\"OK\""))) return;
            ++oks;
            allTrue &= m.contains(QStringLiteral(",true,"));
        });
        for (int i = from; i < to; ++i)
            client.sendTextMessage(QStringLiteral("[\"EVENT\",%1]").arg(QString::fromUtf8(notes[i])));
        return QTest::qWaitFor([&] { return oks == to - from; }, 10000) && allTrue;
    }

private slots:
    void backUpNowThenRestore() {
        GuiTestRelay engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        QVERIFY(publish(*engine.relay, 0, 6));
        BackupPanel panel(*engine.relay);
        panel.show();
        QSignalSpy finished(&panel, &BackupPanel::backupFinished);
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("backupNow"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const QString file = finished.at(0).at(0).toString();
        QVERIFY2(finished.at(0).at(1).toString().isEmpty(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(QFileInfo(file).absolutePath(), QDir(engine.dir.path()).filePath(QStringLiteral("backups")));
        QVERIFY(QFileInfo(file).fileName().startsWith(QStringLiteral("roost-")));
        QVERIFY(QFileInfo(file).size() > 0);
        // The next snapshot names it.
        QTRY_COMPARE_WITH_TIMEOUT(engine.relay->snapshot().lastBackupFile, file, 5000);
        QVERIFY(engine.relay->snapshot().lastBackupAtMs > 0);
        QTRY_VERIFY_WITH_TIMEOUT(panel.statusLabel()->text().startsWith(QStringLiteral("Last backup: ")) &&
                                     panel.statusLabel()->text().contains(QFileInfo(file).fileName()),
                                 5000);
        QCOMPARE(countAll(*engine.relay), quint64(6));
        QVERIFY(publish(*engine.relay, 6, 12)); // after the backup: gone once it is restored
        QCOMPARE(countAll(*engine.relay), quint64(12));

        QSignalSpy restored(&panel, &BackupPanel::restoreFinished);
        panel.restoreFrom(file);
        QVERIFY(restored.wait(30000));
        QVERIFY2(restored.at(0).at(0).toString().isEmpty(), qPrintable(restored.at(0).at(0).toString()));
        QVERIFY(engine.relay->isRunning());
        QVERIFY(QFileInfo::exists(QDir(engine.dir.path()).filePath(QStringLiteral("roost.db.before-restore"))));
        QCOMPARE(countAll(*engine.relay), quint64(6));
        QVERIFY(!panel.progressBar()->isVisible());
    }

    void restoreOfJunkKeepsTheStoreAndRestartsTheRelay() {
        GuiTestRelay engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        BackupPanel panel(*engine.relay);
        const QString junk = QDir(engine.dir.path()).filePath(QStringLiteral("junk.db.zst"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a backup");
        f.close();
        QSignalSpy restored(&panel, &BackupPanel::restoreFinished);
        panel.restoreFrom(junk);
        QVERIFY(restored.wait(30000));
        QVERIFY(restored.at(0).at(0).toString().contains(QStringLiteral("not a Roost backup")));
        QVERIFY(engine.relay->isRunning());
        QVERIFY(!QFileInfo::exists(QDir(engine.dir.path()).filePath(QStringLiteral("roost.db.before-restore"))));
        QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("Restore failed")));
    }
};

QTEST_MAIN(TestBackupPanel)
#include "TestBackupPanel.moc"
