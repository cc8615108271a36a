// unit.sync.NotesBackup: the public door of "Back up my notes" (roost/NotesBackup.h): a bad key
// or an empty bootstrap list is refused at start, one backup runs at a time, cancel() during the
// relay-list lookup (a bootstrap relay that accepts the TCP connection and never answers) ends it
// at once with "cancelled", and the end arrives through the signals on the caller's thread.
#include "roost/NotesBackup.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace roost;

class TestNotesBackup : public QObject {
    Q_OBJECT
private slots:
    void refusesABadKeyOrNoBootstrapRelays() {
        NotesBackup backup;
        RelayConfig config;
        QString error;
        QVERIFY(!backup.start(config, QStringLiteral("npub1nonsense"), {QStringLiteral("ws://127.0.0.1:1")}, &error));
        QVERIFY2(error.startsWith(QLatin1String("not a public key")), qPrintable(error));
        config.syncBootstrapRelays.clear();
        QVERIFY(!backup.start(config, QString(64, QLatin1Char('a')), {}, &error));
        QVERIFY2(error.contains(QLatin1String("no bootstrap relays")), qPrintable(error));
        QVERIFY(!backup.isRunning());
    }

    void cancelDuringTheLookup() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QTcpServer silent; // accepts, never completes the WebSocket handshake
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QSignalSpy accepted(&silent, &QTcpServer::newConnection);
        RelayConfig config;
        config.dataDir = dir.path();
        NotesBackup backup;
        QSignalSpy progress(&backup, &NotesBackup::progress);
        QSignalSpy finished(&backup, &NotesBackup::finished);
        const QString url = QStringLiteral("ws://127.0.0.1:%1").arg(silent.serverPort());
        QString error;
        QVERIFY2(backup.start(config, QString(64, QLatin1Char('b')), {url}, &error), qPrintable(error));
        QVERIFY(backup.isRunning());
        QVERIFY(!backup.start(config, QString(64, QLatin1Char('b')), {url}, &error));
        QCOMPARE(error, QStringLiteral("a backup is already running"));
        QVERIFY(accepted.count() > 0 || accepted.wait(5000));
        QVERIFY(progress.count() > 0 || progress.wait(5000));
        QCOMPARE(progress.first().first().value<NotesBackupProgress>().phase, QStringLiteral("finding relays"));

        backup.cancel();
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().first().value<NotesBackupResult>();
        QCOMPARE(result.error, QStringLiteral("cancelled"));
        QCOMPARE(result.pubkey, QString(64, QLatin1Char('b')));
        QVERIFY(result.relays.isEmpty());
        QVERIFY(result.summary.contains(QLatin1String("error: cancelled")));
        QVERIFY(!backup.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestNotesBackup)
#include "TestNotesBackup.moc"
