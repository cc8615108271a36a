// unit.sync.SyncRunner: the public sync door (roost/Sync.h) against a real Relay on loopback in
// this process: a sync in both directions leaves both stores with the same ids, the signals
// arrive on the caller's thread, a second start is refused while one runs, cancel() ends it.
#include "../store/StoreTestSupport.h"

#include "roost/Relay.h"
#include "roost/Sync.h"
#include "sync/SyncStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <set>

using namespace roost;
using namespace roost::testsupport;

namespace {

std::set<nostr::Id> storedIds(const QString& dataDir) {
    RelayConfig config;
    config.dataDir = dataDir;
    sync::SyncStore store(config);
    sync::NegVectorStorage set;
    store.collect(nostr::Filter{}, set);
    std::set<nostr::Id> ids;
    for (size_t i = 0; i < set.size(); ++i) ids.insert(set.at(i).id);
    return ids;
}

void seed(const QString& dataDir, uint8_t key, int from, int count) {
    auto db = store::Database::open(QDir(dataDir).filePath(QStringLiteral("roost.db")).toStdString());
    std::vector<nostr::Event> events;
    for (int i = from; i < from + count; ++i) events.push_back(signedEvent(key, 1, 1'700'000'000 + i, {}, std::to_string(i)));
    writeEvents(*db, events);
}

} // namespace

class TestSyncRunner : public QObject {
    Q_OBJECT
private slots:
    void bothDirectionsThenEqual() {
        QTemporaryDir remoteDir, localDir;
        seed(remoteDir.path(), 1, 0, 300);  // common: same key and content -> same ids
        seed(localDir.path(), 1, 0, 300);
        seed(remoteDir.path(), 2, 0, 7);    // only the remote
        seed(localDir.path(), 3, 0, 5);     // only here
        RelayConfig remoteConfig;
        remoteConfig.dataDir = remoteDir.path();
        remoteConfig.port = 0;
        auto relay = createRelay(remoteConfig);
        QString error;
        QVERIFY2(relay->start(&error), qPrintable(error));

        RelayConfig localConfig;
        localConfig.dataDir = localDir.path();
        SyncRunner runner;
        QSignalSpy finished(&runner, &SyncRunner::finished);
        QThread* callerThread = QThread::currentThread();
        bool progressOnCallerThread = true;
        int progressCount = 0;
        connect(&runner, &SyncRunner::progress, this, [&](const SyncProgressInfo&) {
            ++progressCount;
            progressOnCallerThread = progressOnCallerThread && QThread::currentThread() == callerThread;
        });
        QVERIFY(runner.start(localConfig, relay->url(), QString(), SyncDirection::Both));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(localConfig, relay->url(), QString(), SyncDirection::Both)); // one at a time
        QVERIFY(finished.wait(60000));
        const SyncResult result = finished.at(0).at(0).value<SyncResult>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!runner.isRunning());
        QVERIFY(result.usedNegentropy);
        QCOMPARE(result.need, quint64(7));
        QCOMPARE(result.have, quint64(5));
        QCOMPARE(result.added, quint64(7));
        QCOMPARE(result.uploaded, quint64(5));
        QVERIFY(progressCount > 0);
        QVERIFY(progressOnCallerThread);
        QVERIFY(result.summary.contains(QStringLiteral("method: negentropy")));
        relay->stop();
        QCOMPARE(storedIds(localDir.path()), storedIds(remoteDir.path()));
        QCOMPARE(storedIds(localDir.path()).size(), size_t(312));
    }

    void cancelEndsTheRun() {
        QTemporaryDir localDir;
        RelayConfig localConfig;
        localConfig.dataDir = localDir.path();
        SyncRunner runner;
        QSignalSpy finished(&runner, &SyncRunner::finished);
        // A port nobody answers on quickly enough: cancel wins over the connection attempt.
        QVERIFY(runner.start(localConfig, QStringLiteral("ws://10.255.255.1:4869"), QString(), SyncDirection::Down));
        runner.cancel();
        QVERIFY(finished.wait(30000));
        const SyncResult result = finished.at(0).at(0).value<SyncResult>();
        QVERIFY2(result.error == QStringLiteral("cancelled") || result.error.startsWith(QStringLiteral("cannot connect")),
                 qPrintable(result.error));
    }

    void destroyingARunningRunnerIsSafe() {
        QTemporaryDir localDir;
        RelayConfig localConfig;
        localConfig.dataDir = localDir.path();
        auto runner = std::make_unique<SyncRunner>();
        QVERIFY(runner->start(localConfig, QStringLiteral("ws://10.255.255.1:4869"), QString(), SyncDirection::Both));
        runner.reset(); // cancels and joins its thread
    }
};

QTEST_MAIN(TestSyncRunner)
#include "TestSyncRunner.moc"
