// unit.sync.PeerHealth: the per-peer health state machine of sync peers (issue 10 item 2) with an
// injected clock and random source: state transitions, backoff 1 s doubling to 1 h with jitter
// and its reset by a success, the daily full reconciliation, counters, and the JSON blob that
// carries it across a restart. No sleeps: the test moves the clock.
#include "sync/PeerHealth.h"

#include <QTest>

using namespace roost::sync;

namespace {

constexpr int64_t kT0 = 1'780'000'000'000; // some moment in 2026, ms

struct Rig {
    int64_t now = kT0;
    double random = 0.0;
    PeerHealth health{[this] { return now; }, [this] { return random; }};
};

} // namespace

class TestPeerHealth : public QObject {
    Q_OBJECT
private slots:
    void newPeerIsDueAtOnce() {
        Rig r;
        r.health.configure(false, 30, true);
        QCOMPARE(r.health.state(), PeerState::Idle);
        QVERIFY(r.health.isDue());
        QVERIFY(r.health.fullReconciliationDue());
        QCOMPARE(r.health.lastSuccessMs(), int64_t(0));
    }

    void periodicRunThenIdleUntilThePeriod() {
        Rig r;
        r.health.configure(false, 30, true);
        r.health.connecting();
        QCOMPARE(r.health.state(), PeerState::Connecting);
        QCOMPARE(r.health.nextAttemptMs(), int64_t(-1)); // a run is in progress
        QVERIFY(!r.health.isDue());
        r.health.reconciling();
        QCOMPARE(r.health.state(), PeerState::Reconciling);
        r.health.transferring();
        QCOMPARE(r.health.state(), PeerState::Transferring);
        r.health.addTraffic(12, 3, 4096, 1024);
        r.health.succeeded(true);
        QCOMPARE(r.health.state(), PeerState::Idle);
        QCOMPARE(r.health.lastSuccessMs(), kT0);
        QCOMPARE(r.health.lastFullSyncMs(), kT0);
        QCOMPARE(r.health.nextAttemptMs(), kT0 + 30 * 60 * 1000);
        r.now = kT0 + 30 * 60 * 1000 - 1;
        QVERIFY(!r.health.isDue());
        r.now += 1;
        QVERIFY(r.health.isDue());
        QCOMPARE(r.health.eventsDown(), uint64_t(12));
        QCOMPARE(r.health.eventsUp(), uint64_t(3));
        QCOMPARE(r.health.bytesIn(), uint64_t(4096));
        QCOMPARE(r.health.bytesOut(), uint64_t(1024));
        r.health.addTraffic(1, 1, 1, 1);
        QCOMPARE(r.health.eventsDown(), uint64_t(13));
        QCOMPARE(r.health.bytesOut(), uint64_t(1025));
    }

    void backoffDoublesToTheCap() {
        QCOMPARE(PeerHealth::backoffCeilingMs(1), int64_t(1000));
        QCOMPARE(PeerHealth::backoffCeilingMs(2), int64_t(2000));
        QCOMPARE(PeerHealth::backoffCeilingMs(3), int64_t(4000));
        QCOMPARE(PeerHealth::backoffCeilingMs(12), int64_t(2048 * 1000));
        QCOMPARE(PeerHealth::backoffCeilingMs(13), int64_t(3600 * 1000)); // 4096 s > 1 h
        QCOMPARE(PeerHealth::backoffCeilingMs(1000), int64_t(3600 * 1000));
    }

    void failuresBackOffWithJitterThenFailing() {
        Rig r;
        r.health.configure(false, 60, true);
        // random 0 -> half the ceiling, random ~1 -> just below the ceiling
        r.health.connecting();
        r.health.failed(PeerError::Refused);
        QCOMPARE(r.health.state(), PeerState::BackingOff);
        QCOMPARE(r.health.consecutiveFailures(), 1);
        QCOMPARE(r.health.nextAttemptMs(), kT0 + 500);
        QCOMPARE(r.health.lastError(), QStringLiteral("connection refused"));
        r.random = 0.999;
        r.health.connecting();
        r.health.failed(PeerError::RateLimited, QStringLiteral("rate-limited: slow down"));
        QCOMPARE(r.health.consecutiveFailures(), 2);
        const int64_t delay = r.health.nextAttemptMs() - kT0;
        QVERIFY2(delay >= 1000 && delay < 2000, qPrintable(QString::number(delay)));
        QVERIFY(r.health.lastError().contains(QStringLiteral("rate-limited: slow down")));
        QVERIFY(r.health.stateText().startsWith(QStringLiteral("backing off (retry in 2 s)")));
        QVERIFY(!r.health.isDue());
        r.now = r.health.nextAttemptMs();
        QVERIFY(r.health.isDue());
        for (int i = 3; i <= PeerHealth::kFailingAfter; ++i) {
            r.health.connecting();
            r.health.failed(PeerError::Timeout);
        }
        QCOMPARE(r.health.state(), PeerState::Failing);
        // Many more failures: never longer than the cap, jitter or not.
        r.random = 0.999999;
        for (int i = 0; i < 40; ++i) r.health.failed(PeerError::Dns);
        QVERIFY(r.health.nextAttemptMs() - r.now < PeerHealth::kBackoffCapMs);
        QVERIFY(r.health.nextAttemptMs() - r.now >= PeerHealth::kBackoffCapMs / 2);
        QCOMPARE(r.health.state(), PeerState::Failing);
    }

    void successResetsTheBackoff() {
        Rig r;
        r.health.configure(false, 10, true);
        for (int i = 0; i < 7; ++i) r.health.failed(PeerError::Tls, QStringLiteral("certificate expired"));
        QCOMPARE(r.health.state(), PeerState::Failing);
        r.now += PeerHealth::kBackoffCapMs;
        r.health.connecting();
        r.health.succeeded(false);
        QCOMPARE(r.health.state(), PeerState::Idle);
        QCOMPARE(r.health.consecutiveFailures(), 0);
        QVERIFY(r.health.lastError().isEmpty());
        QCOMPARE(r.health.lastFullSyncMs(), int64_t(0)); // not a full reconciliation
        r.health.failed(PeerError::Closed);
        QCOMPARE(r.health.state(), PeerState::BackingOff);
        QCOMPARE(r.health.nextAttemptMs() - r.now, int64_t(500)); // back to ~1 s
    }

    void livePeerReconcilesFullyEveryDay() {
        Rig r;
        r.health.configure(true, 60, true);
        r.health.connecting();
        r.health.reconciling();
        r.health.succeeded(true);
        QCOMPARE(r.health.state(), PeerState::Live);
        QVERIFY(!r.health.fullReconciliationDue());
        QCOMPARE(r.health.nextAttemptMs(), kT0 + PeerHealth::kFullSyncEveryMs);
        r.now = kT0 + PeerHealth::kFullSyncEveryMs - 1;
        QVERIFY(!r.health.isDue());
        QVERIFY(!r.health.fullReconciliationDue());
        r.now += 1;
        QVERIFY(r.health.isDue());
        QVERIFY(r.health.fullReconciliationDue());
    }

    void disabledPeerIgnoresEventsAndIsNeverDue() {
        Rig r;
        r.health.configure(false, 5, false);
        QCOMPARE(r.health.state(), PeerState::Disabled);
        r.health.connecting();
        r.health.failed(PeerError::Other);
        r.health.succeeded(true);
        QCOMPARE(r.health.state(), PeerState::Disabled);
        QCOMPARE(r.health.consecutiveFailures(), 0);
        QCOMPARE(r.health.lastSuccessMs(), int64_t(0));
        QCOMPARE(r.health.nextAttemptMs(), int64_t(-1));
        QVERIFY(!r.health.isDue());
        r.health.configure(false, 5, true);
        QCOMPARE(r.health.state(), PeerState::Idle);
        QVERIFY(r.health.isDue());
    }

    void reEnabledPeerIsDueAtOnceButKeepsItsLastSuccess() {
        Rig r;
        r.health.configure(false, 60, true);
        r.health.succeeded(true);
        r.now += 60 * 1000;
        r.health.configure(false, 60, false);
        r.health.configure(false, 60, true);
        QVERIFY(r.health.isDue());
        QCOMPARE(r.health.lastSuccessMs(), kT0);
    }

    void negentropyFallbackIsShown() {
        Rig r;
        r.health.configure(false, 60, true);
        r.health.setNegentropyUnsupported(true);
        r.health.succeeded(true);
        QCOMPARE(r.health.stateText(), QStringLiteral("idle, by REQ (no NIP-77)"));
    }

    void survivesARestart() {
        Rig a;
        a.health.configure(false, 60, true);
        a.health.succeeded(true);
        a.health.addTraffic(uint64_t(1) << 60, 7, 123456789012ULL, 5);
        a.now += 1000;
        a.random = 0.5;
        a.health.failed(PeerError::AuthRequired, QStringLiteral("auth-required: members only"));
        a.health.setNegentropyUnsupported(true);
        const QByteArray blob = a.health.toJson();

        Rig b;
        b.now = a.now + 100;
        b.health.configure(false, 60, true);
        QString error;
        QVERIFY2(b.health.restore(blob, &error), qPrintable(error));
        QCOMPARE(b.health.state(), PeerState::BackingOff);
        QCOMPARE(b.health.nextAttemptMs(), a.health.nextAttemptMs());
        QCOMPARE(b.health.lastError(), a.health.lastError());
        QCOMPARE(b.health.consecutiveFailures(), 1);
        QCOMPARE(b.health.lastSuccessMs(), kT0);
        QCOMPARE(b.health.lastFullSyncMs(), kT0);
        QCOMPARE(b.health.eventsDown(), uint64_t(1) << 60);
        QCOMPARE(b.health.eventsUp(), uint64_t(7));
        QCOMPARE(b.health.bytesIn(), uint64_t(123456789012ULL));
        QCOMPARE(b.health.bytesOut(), uint64_t(5));
        QVERIFY(b.health.negentropyUnsupported());
        QCOMPARE(b.health.toJson(), blob);
    }

    void aRunInProgressComesBackIdleAndDue() {
        Rig a;
        a.health.configure(true, 60, true);
        a.health.succeeded(true);
        QCOMPARE(a.health.state(), PeerState::Live);
        Rig b;
        b.now = kT0 + 5000;
        b.health.configure(true, 60, true);
        QVERIFY(b.health.restore(a.health.toJson(), nullptr));
        QCOMPARE(b.health.state(), PeerState::Idle);
        QVERIFY(b.health.isDue());
        QCOMPARE(b.health.lastSuccessMs(), kT0); // not forgotten
    }

    void badBlobsAreRefusedAndChangeNothing() {
        Rig r;
        r.health.configure(false, 60, true);
        r.health.addTraffic(5, 0, 0, 0);
        const QByteArray before = r.health.toJson();
        for (const QByteArray& bad : {QByteArray("not json"), QByteArray("[]"), QByteArray("{\"state\":\"asleep\"}"),
                                      QByteArray("{\"state\":\"idle\",\"failures\":0,\"events_down\":\"x\"}")}) {
            QString error;
            QVERIFY2(!r.health.restore(bad, &error), bad.constData());
            QVERIFY(error.startsWith(QStringLiteral("peer health: ")));
        }
        QCOMPARE(r.health.toJson(), before);
    }
};

QTEST_GUILESS_MAIN(TestPeerHealth)
#include "TestPeerHealth.moc"
