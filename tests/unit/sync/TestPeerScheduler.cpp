// unit.sync.PeerScheduler: the SyncManager's scheduling (issue 10 items 1-2) with an injected
// clock and random source, no network and no sleeps: new peers run at once, at most four runs at
// a time, periodic peers wait their period, a failure backs off (1 s doubling, jittered) and a
// success resets it, live peers come back for the daily full reconciliation, "sync now" skips
// the schedule, live config edits take effect at once, disabled peers never run, error texts map
// to PeerError kinds, the REQ fallback is remembered, and health survives a restart.
#include "sync/PeerScheduler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace roost;
using namespace Qt::StringLiterals;
using namespace roost::sync;

namespace {

constexpr int64_t kT0 = 1'780'000'000'000; // ms
constexpr int64_t kMinute = 60'000;

SyncPeer peer(const QString& line) {
    QString error;
    auto p = SyncPeer::parse(line, &error);
    if (!p) qFatal("bad peer line %s: %s", qPrintable(line), qPrintable(error));
    return *p;
}

struct Rig {
    int64_t now = kT0;
    double random = 0.0; // jitter at its minimum: delay/2
    PeerScheduler s{[this] { return now; }, [this] { return random; }};
};

PeerRunResult ok(uint64_t down = 0, uint64_t up = 0) {
    PeerRunResult r;
    r.eventsDown = down;
    r.eventsUp = up;
    r.bytesIn = 100;
    r.bytesOut = 50;
    return r;
}

PeerRunResult failed(const std::string& error) {
    PeerRunResult r;
    r.error = error;
    return r;
}

} // namespace

class TestPeerScheduler : public QObject {
    Q_OBJECT
private slots:
    void newPeersRunAtOnceAtMostFourAtATime() {
        Rig r;
        QList<SyncPeer> peers;
        for (int i = 1; i <= 6; ++i) peers << peer(u"ws://p%1.example down every=10"_s.arg(i));
        r.s.setPeers(peers, {});
        QCOMPARE(r.s.nextWakeMs(), kT0);
        const QStringList first = r.s.takeDue();
        QCOMPARE(first, (QStringList{u"ws://p1.example"_s, u"ws://p2.example"_s, u"ws://p3.example"_s, u"ws://p4.example"_s}));
        QCOMPARE(r.s.running(), 4);
        QVERIFY(r.s.takeDue().isEmpty());
        QCOMPARE(r.s.statuses()[0].state, u"connecting"_s);
        QVERIFY(r.s.statuses()[0].running);
        r.s.runFinished(u"ws://p1.example"_s, ok());
        QCOMPARE(r.s.takeDue(), QStringList{u"ws://p5.example"_s});
        QCOMPARE(r.s.running(), 4);
    }

    void periodicPeerWaitsItsPeriod() {
        Rig r;
        r.s.setPeers({peer(u"ws://a.example down every=10"_s)}, {});
        QCOMPARE(r.s.takeDue(), QStringList{u"ws://a.example"_s});
        r.s.runProgress(u"ws://a.example"_s, u"reconciling"_s, 10, 0);
        QCOMPARE(r.s.statuses()[0].state, u"reconciling"_s);
        r.s.runProgress(u"ws://a.example"_s, u"downloading"_s, 10, 3);
        QCOMPARE(r.s.statuses()[0].state, u"transferring"_s);
        QCOMPARE(r.s.statuses()[0].runTransferred, quint64(3));
        r.now += 5000;
        r.s.runFinished(u"ws://a.example"_s, ok(7, 2));
        const SyncPeerStatus st = r.s.statuses()[0];
        QCOMPARE(st.state, u"idle"_s);
        QCOMPARE(st.lastSuccessMs, qint64(kT0 + 5000));
        QCOMPARE(st.nextAttemptMs, qint64(kT0 + 5000 + 10 * kMinute));
        QCOMPARE(st.eventsDown, quint64(7));
        QCOMPARE(st.eventsUp, quint64(2));
        QCOMPARE(st.bytesIn, quint64(100));
        QVERIFY(!st.running);
        QCOMPARE(r.s.nextWakeMs(), kT0 + 5000 + 10 * kMinute);
        r.now += 10 * kMinute - 1;
        QVERIFY(r.s.takeDue().isEmpty());
        r.now += 1;
        QCOMPARE(r.s.takeDue(), QStringList{u"ws://a.example"_s});
    }

    void failureBacksOffAndSuccessResets() {
        Rig r;
        r.s.setPeers({peer(u"ws://a.example down every=10"_s)}, {});
        int64_t delay = 1000;
        for (int i = 1; i <= 6; ++i) {
            QCOMPARE(r.s.takeDue(), QStringList{u"ws://a.example"_s});
            r.s.runFinished(u"ws://a.example"_s, failed("cannot connect to ws://a.example: Connection refused"));
            const SyncPeerStatus st = r.s.statuses()[0];
            QCOMPARE(st.consecutiveFailures, i);
            QCOMPARE(st.state, i >= PeerHealth::kFailingAfter ? u"failing"_s : u"backing off"_s);
            QVERIFY2(st.lastError.startsWith(u"connection refused"_s), qPrintable(st.lastError));
            QCOMPARE(st.nextAttemptMs, qint64(r.now + delay / 2)); // random 0: the low end of [delay/2, delay)
            r.now += delay / 2 - 1;
            QVERIFY(r.s.takeDue().isEmpty());
            r.now += 1;
            delay *= 2;
        }
        QCOMPARE(r.s.takeDue(), QStringList{u"ws://a.example"_s});
        r.s.runFinished(u"ws://a.example"_s, ok());
        QCOMPARE(r.s.statuses()[0].consecutiveFailures, 0);
        QCOMPARE(r.s.statuses()[0].lastError, QString());
        QCOMPARE(r.s.statuses()[0].state, u"idle"_s);
    }

    void livePeerComesBackForTheDailyFullReconciliation() {
        Rig r;
        r.s.setPeers({peer(u"ws://a.example both live"_s)}, {});
        QCOMPARE(r.s.takeDue(), QStringList{u"ws://a.example"_s});
        r.s.runFinished(u"ws://a.example"_s, ok());
        QVERIFY(r.s.isLive(u"ws://a.example"_s));
        QCOMPARE(r.s.statuses()[0].state, u"live"_s);
        QCOMPARE(r.s.nextWakeMs(), kT0 + PeerHealth::kFullSyncEveryMs);
        r.now += PeerHealth::kFullSyncEveryMs - 1;
        QVERIFY(r.s.takeDue().isEmpty());
        r.s.addLiveTraffic(u"ws://a.example"_s, 3, 4, 10, 20);
        QCOMPARE(r.s.statuses()[0].eventsDown, quint64(3));
        QCOMPARE(r.s.statuses()[0].eventsUp, quint64(4));
        r.now += 1;
        QCOMPARE(r.s.takeDue(), QStringList{u"ws://a.example"_s});
    }

    void lostLiveLinkBacksOff() {
        Rig r;
        r.s.setPeers({peer(u"ws://a.example down live"_s)}, {});
        r.s.takeDue();
        r.s.runFinished(u"ws://a.example"_s, ok());
        r.s.liveLost(u"ws://a.example"_s, "connection lost: The remote host closed the connection");
        QCOMPARE(r.s.statuses()[0].state, u"backing off"_s);
        QVERIFY(!r.s.isLive(u"ws://a.example"_s));
        QVERIFY2(r.s.statuses()[0].lastError.startsWith(u"the relay closed the connection"_s), qPrintable(r.s.statuses()[0].lastError));
        QCOMPARE(r.s.nextWakeMs(), r.now + 500);
    }

    void syncNowSkipsTheSchedule() {
        Rig r;
        r.s.setPeers({peer(u"ws://a.example down every=60"_s), peer(u"ws://b.example down every=60"_s),
                      peer(u"ws://c.example down disabled"_s)}, {});
        QCOMPARE(r.s.takeDue().size(), 2);
        r.s.runFinished(u"ws://a.example"_s, ok());
        r.s.runFinished(u"ws://b.example"_s, failed("timeout: the remote did not answer for 30 s"));
        QCOMPARE(r.s.statuses()[1].lastError.left(9), u"timed out"_s);
        QVERIFY(r.s.takeDue().isEmpty());
        QVERIFY(r.s.requestNow(u"ws://a.example"_s));
        QVERIFY(!r.s.requestNow(u"ws://nobody.example"_s));
        QCOMPARE(r.s.takeDue(), QStringList{u"ws://a.example"_s});
        QVERIFY(!r.s.requestNow(u"ws://a.example"_s)); // running: left alone
        QVERIFY(r.s.requestNow(QString()));         // all: b (backing off) too, never the disabled c
        QCOMPARE(r.s.takeDue(), QStringList{u"ws://b.example"_s});
        QCOMPARE(r.s.statuses()[2].state, u"disabled"_s);
        QCOMPARE(r.s.statuses()[2].nextAttemptMs, qint64(0));
    }

    void liveEditsTakeEffectAtOnce() {
        Rig r;
        r.s.setPeers({peer(u"ws://a.example down every=60"_s), peer(u"ws://b.example down live"_s)}, {});
        r.s.takeDue();
        r.s.runFinished(u"ws://a.example"_s, ok(5));
        r.s.runFinished(u"ws://b.example"_s, ok());
        // a: a new filter runs at once and keeps its counters; b: removed while live -> stopped.
        QStringList stop = r.s.setPeers({peer(u"ws://a.example down every=60 {\"kinds\":[1]}"_s)}, {});
        QCOMPARE(stop, QStringList{u"ws://b.example"_s});
        QVERIFY(!r.s.contains(u"ws://b.example"_s));
        QCOMPARE(r.s.statuses()[0].eventsDown, quint64(5));
        QCOMPARE(r.s.takeDue(), QStringList{u"ws://a.example"_s});
        // Edited while running: stopped, and runs again with the new settings.
        stop = r.s.setPeers({peer(u"ws://a.example both every=60 {\"kinds\":[1]}"_s)}, {});
        QCOMPARE(stop, QStringList{u"ws://a.example"_s});
        QVERIFY(!r.s.isRunning(u"ws://a.example"_s));
        QCOMPARE(r.s.takeDue(), QStringList{u"ws://a.example"_s});
        // Disabled: stopped and never due.
        stop = r.s.setPeers({peer(u"ws://a.example both every=60 disabled"_s)}, {});
        QCOMPARE(stop, QStringList{u"ws://a.example"_s});
        QCOMPARE(r.s.statuses()[0].state, u"disabled"_s);
        r.now += 365 * 24 * 60 * kMinute;
        QVERIFY(r.s.takeDue().isEmpty());
        QCOMPARE(r.s.nextWakeMs(), int64_t(-1));
        // A period edit alone moves the next run.
        r.s.setPeers({peer(u"ws://a.example both every=60"_s)}, {});
        r.s.takeDue();
        r.s.runFinished(u"ws://a.example"_s, ok());
        r.s.setPeers({peer(u"ws://a.example both every=5"_s)}, {});
        QCOMPARE(r.s.nextWakeMs(), r.now + 5 * kMinute);
    }

    void discoveredPeersAreMarkedAndYieldToConfigured() {
        Rig r;
        r.s.setPeers({peer(u"ws://a.example down every=60"_s)},
                     {peer(u"ws://a.example down live {\"authors\":[\""_s + QString(64, u'a') + u"\"]}"_s),
                      peer(u"ws://w.example down live"_s)});
        const auto st = r.s.statuses();
        QCOMPARE(st.size(), 2);
        QVERIFY(!st[0].discovered);
        QCOMPARE(st[0].live, false);
        QVERIFY(st[1].discovered);
        QCOMPARE(st[1].url, u"ws://w.example"_s);
        r.s.setPeers({peer(u"ws://a.example down every=60"_s)}, {});
        QCOMPARE(r.s.statuses().size(), 1);
    }

    void reqFallbackIsRemembered() {
        Rig r;
        r.s.setPeers({peer(u"ws://a.example down"_s)}, {});
        r.s.takeDue();
        PeerRunResult res = ok();
        res.usedNegentropy = false;
        r.s.runFinished(u"ws://a.example"_s, res);
        QVERIFY(r.s.statuses()[0].negentropyUnsupported);
        QVERIFY2(r.s.statuses()[0].stateText.contains(u"by REQ (no NIP-77)"_s), qPrintable(r.s.statuses()[0].stateText));
    }

    void errorsMapToKinds() {
        QCOMPARE(classifyRunError("cannot connect to wss://x: Host x not found"), PeerError::Dns);
        QCOMPARE(classifyRunError("cannot connect to ws://x: Connection refused"), PeerError::Refused);
        QCOMPARE(classifyRunError("cannot connect to wss://x: SSL handshake failed"), PeerError::Tls);
        QCOMPARE(classifyRunError("timeout: no connection to ws://x within 10 s"), PeerError::Timeout);
        QCOMPARE(classifyRunError("auth-required: the remote still refuses after our AUTH"), PeerError::AuthRequired);
        QCOMPARE(classifyRunError("the remote closed our REQ: rate-limited: slow down"), PeerError::RateLimited);
        QCOMPARE(classifyRunError("connection lost: The remote host closed the connection"), PeerError::Closed);
        QCOMPARE(classifyRunError("the remote ignores `until`: cannot page through it"), PeerError::Protocol);
        QCOMPARE(classifyRunError("something odd"), PeerError::Other);
    }

    void healthSurvivesARestart() {
        QByteArray saved;
        {
            Rig r;
            r.s.setPeers({peer(u"ws://a.example down every=60"_s), peer(u"ws://b.example down every=60"_s)}, {});
            r.s.takeDue();
            r.s.runFinished(u"ws://a.example"_s, ok(9));
            r.s.runFinished(u"ws://b.example"_s, failed("cannot connect to ws://b.example: Connection refused"));
            saved = r.s.saveJson();
        }
        QVERIFY(QJsonDocument::fromJson(saved).object().contains(u"ws://a.example"_s));
        Rig r;
        r.now += kMinute;
        r.s.restore(saved); // before the peers are known (the SyncManager reads the file first)
        r.s.setPeers({peer(u"ws://a.example down every=60"_s), peer(u"ws://b.example down every=60"_s)}, {});
        const auto st = r.s.statuses();
        QCOMPARE(st[0].lastSuccessMs, qint64(kT0));
        QCOMPARE(st[0].eventsDown, quint64(9));
        QCOMPARE(st[0].nextAttemptMs, qint64(kT0 + 60 * kMinute)); // not due again just because of the restart
        QCOMPARE(st[1].consecutiveFailures, 1);
        QCOMPARE(st[1].state, u"backing off"_s);
        QCOMPARE(r.s.takeDue(), QStringList{u"ws://b.example"_s}); // its retry time (kT0 + 500 ms) has passed
    }
};

QTEST_APPLESS_MAIN(TestPeerScheduler)
#include "TestPeerScheduler.moc"
