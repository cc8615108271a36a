// unit.relay.RelaySnapshot: the facade's snapshots against the real engine on loopback: totals,
// per-connection address, AUTH keys, access level, subscriptions and traffic; closeConnection;
// setIpBlocked through Settings (config file) closing open connections from that address.
#include "WsTestClient.h"
#include "nostr/Canonical.h"
#include "nostr/Hex.h"
#include "nostr/Verify.h"
#include "roost/ManagementApi.h"
#include "roost/Relay.h"
#include "roost/Settings.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace roost;

namespace {

nostr::SecretKey ownerKey() {
    nostr::SecretKey sk{};
    sk[31] = 9;
    return sk;
}

// ["AUTH", <kind 22242 for the challenge in `challengeMessage`>, naming the relay on `port`]
std::string authMessage(const std::string& challengeMessage, quint16 port) {
    const std::string challenge = challengeMessage.substr(9, challengeMessage.size() - 11); // ["AUTH","<c>"]
    nostr::Event e;
    e.kind = 22242;
    e.createdAt = QDateTime::currentSecsSinceEpoch();
    e.tags = {{"relay", "ws://127.0.0.1:" + std::to_string(port)}, {"challenge", challenge}};
    nostr::signEvent(e, ownerKey());
    return "[\"AUTH\"," + nostr::serializeEvent(e) + "]";
}

// Waits for a snapshot for which `pred` holds; returns it (or the last one on timeout).
template <typename Pred>
RelaySnapshot waitFor(Relay& relay, Pred pred, int timeoutMs = 5000) {
    QSignalSpy spy(&relay, &Relay::snapshotTaken);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (pred(relay.snapshot())) break;
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    return relay.snapshot();
}

} // namespace

class TestRelaySnapshot : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Settings m_settings;
    std::unique_ptr<ManagementApi> m_api;
    std::unique_ptr<Relay> m_relay;
    quint16 m_port = 0;
    quint64 m_seenId = 0;

    // The highest connection id seen in any snapshot so far.
    quint64 newestId() {
        for (const ConnectionInfo& c : m_relay->snapshot().connectionList) m_seenId = std::max(m_seenId, c.id);
        return m_seenId;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_settings.loadFile(m_dir.filePath(QStringLiteral("roost.ini")), &error), qPrintable(error));
        QVERIFY(m_settings.setOverride(QStringLiteral("relay/data_dir"), m_dir.path(), &error));
        QVERIFY(m_settings.setOverride(QStringLiteral("relay/port"), 0, &error));
        const QString owner = QString::fromStdString(nostr::toHex(nostr::publicKeyOf(ownerKey())));
        QVERIFY(m_settings.setValue(QStringLiteral("access/owner_pubkeys"), QStringList{owner}, &error));
        m_relay = createRelay(m_settings.config());
        m_api = std::make_unique<ManagementApi>(m_settings);
        m_relay->setManagementApi(m_api.get());
        connect(&m_settings, &Settings::changed, m_relay.get(), [this] { m_relay->applyConfig(m_settings.config()); });
        QSignalSpy first(m_relay.get(), &Relay::snapshotTaken);
        QVERIFY2(m_relay->start(&error), qPrintable(error));
        m_port = quint16(m_relay->url().section(QLatin1Char(':'), -1).toUInt());
        QVERIFY(first.wait(5000));
        const RelaySnapshot s = first.takeFirst().at(0).value<RelaySnapshot>();
        QVERIFY(s.running);
        QCOMPARE(s.connections, 0u);
        QVERIFY(s.connectionList.isEmpty());
    }

    void cleanupTestCase() { m_relay->stop(); }

    void connectionsAuthAndTraffic() {
        WsTestClient a, b;
        QVERIFY(a.connectTo(m_port));
        QVERIFY(b.connectTo(m_port));
        a.sendText("[\"REQ\",\"s1\",{\"kinds\":[1]}]");
        QCOMPARE(a.next(), std::string("[\"EOSE\",\"s1\"]"));
        a.sendText("[\"REQ\",\"s2\",{\"kinds\":[7]}]");
        QCOMPARE(a.next(), std::string("[\"EOSE\",\"s2\"]"));
        for (int i = 0; i < 50 && b.challengeMessage().empty(); ++i) b.next(100); // the challenge is kept aside by next()
        QVERIFY(!b.challengeMessage().empty());
        b.sendText(authMessage(b.challengeMessage(), m_port));
        QVERIFY(b.nextStartingWith("[\"OK\"").find(",true,") != std::string::npos);

        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const RelaySnapshot s = waitFor(*m_relay, [](const RelaySnapshot& s) {
            return s.connectionList.size() == 2 && s.connectionList[0].subscriptions == 2 &&
                   !s.connectionList[1].pubkeys.isEmpty();
        });
        QCOMPARE(s.connections, 2u);
        QCOMPARE(s.connectionList.size(), 2);
        const ConnectionInfo& ca = s.connectionList[0];
        const ConnectionInfo& cb = s.connectionList[1];
        QVERIFY(ca.id < cb.id);
        QCOMPARE(ca.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(ca.subscriptions, 2);
        QCOMPARE(ca.messagesIn, 2u);
        QVERIFY(ca.messagesOut >= 2); // AUTH challenge + two EOSE
        QVERIFY(ca.bytesIn > 40 && ca.bytesOut > 20);
        QCOMPARE(ca.accessLevel, 0);
        QVERIFY(ca.pubkeys.isEmpty());
        QVERIFY(ca.connectedSince <= before && ca.connectedSince > before - 60);
        QCOMPARE(cb.pubkeys, QStringList{QString::fromStdString(nostr::toHex(nostr::publicKeyOf(ownerKey())))});
        QCOMPARE(cb.accessLevel, 4); // the owner
        QCOMPARE(cb.subscriptions, 0);
        QVERIFY(s.messagesIn >= 3 && s.messagesOut >= 4);
        QVERIFY(s.bytesIn >= ca.bytesIn + cb.bytesIn);
        QVERIFY(s.uptimeSeconds >= 0);

        // CLOSE lowers the count.
        a.sendText("[\"CLOSE\",\"s1\"]");
        const RelaySnapshot closed = waitFor(*m_relay, [](const RelaySnapshot& s) {
            return !s.connectionList.isEmpty() && s.connectionList[0].subscriptions == 1;
        });
        QCOMPARE(closed.connectionList.value(0).subscriptions, 1);
        newestId();
    }

    void storedEventsAndKinds() {
        WsTestClient c;
        QVERIFY(c.connectTo(m_port));
        nostr::Event e;
        e.kind = 30023;
        e.createdAt = QDateTime::currentSecsSinceEpoch();
        e.content = "long form";
        e.tags = {{"d", "x"}};
        nostr::signEvent(e, ownerKey());
        c.sendText("[\"EVENT\"," + nostr::serializeEvent(e) + "]");
        QVERIFY(c.nextStartingWith("[\"OK\"").find(",true,") != std::string::npos);
        // Counted at once (written since the last sample); per kind at the next 10 s store sample.
        QVERIFY(waitFor(*m_relay, [](const RelaySnapshot& s) { return s.eventsStored >= 1; }).eventsStored >= 1);
        const RelaySnapshot s = waitFor(*m_relay, [](const RelaySnapshot& s) {
            return std::any_of(s.kinds.begin(), s.kinds.end(), [](const KindCount& k) { return k.kind == 30023; });
        }, 15000);
        QCOMPARE(s.eventsStored, 1u);
        QVERIFY(s.dbSizeBytes > 0);
        QCOMPARE(s.kinds.size(), 1);
        QCOMPARE(s.kinds[0].events, 1u);
        newestId();
    }

    void closeConnectionClosesTheSocket() {
        WsTestClient c;
        QVERIFY(c.connectTo(m_port));
        // The clients of earlier test functions are gone; this one has the highest id so far.
        const quint64 newest = newestId();
        const RelaySnapshot s = waitFor(*m_relay, [newest](const RelaySnapshot& s) {
            return s.connectionList.size() == 1 && s.connectionList[0].id > newest;
        });
        QCOMPARE(s.connectionList.size(), 1);
        m_seenId = s.connectionList[0].id;
        m_relay->closeConnection(s.connectionList[0].id);
        QCOMPARE(c.nextStartingWith("[\"NOTICE\""), std::string("[\"NOTICE\",\"error: closed by the relay operator\"]"));
        QTRY_COMPARE_WITH_TIMEOUT(c.socket().state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(waitFor(*m_relay, [](const RelaySnapshot& s) { return s.connectionList.isEmpty(); }).connectionList.isEmpty());
    }

    void blockIpPersistsAndCloses() {
        WsTestClient c;
        QVERIFY(c.connectTo(m_port));
        const quint64 newest = newestId();
        QVERIFY(waitFor(*m_relay, [newest](const RelaySnapshot& s) {
                    return s.connectionList.size() == 1 && s.connectionList[0].id > newest;
                }).connectionList.size() == 1);
        QString error;
        QVERIFY(!m_relay->setIpBlocked(QStringLiteral("not an address"), true, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(m_relay->setIpBlocked(QStringLiteral("127.0.0.1"), true, &error), qPrintable(error));
        QCOMPARE(m_relay->config().access.blockedIps, QStringList{QStringLiteral("127.0.0.1")});
        QFile file(m_settings.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("blocked_ips=127.0.0.1"));
        QCOMPARE(c.nextStartingWith("[\"NOTICE\""), std::string("[\"NOTICE\",\"blocked: your address is blocked here\"]"));
        QTRY_COMPARE_WITH_TIMEOUT(c.socket().state(), QAbstractSocket::UnconnectedState, 5000);
        WsTestClient refused;
        QVERIFY(!refused.connectTo(m_port));
        QVERIFY2(m_relay->setIpBlocked(QStringLiteral("127.0.0.1"), false, &error), qPrintable(error));
        QVERIFY(m_relay->config().access.blockedIps.isEmpty());
        WsTestClient again;
        QVERIFY(again.connectTo(m_port));
    }

    // Issue 10: a live sync peer added through Settings runs at once and shows every field of
    // its SyncPeerStatus; syncNow runs it again; a peer that stops answering backs off; removing
    // it empties the list. The peer is a second real relay on loopback.
    void syncPeersInTheSnapshot() {
        QTemporaryDir peerDir;
        QVERIFY(peerDir.isValid());
        RelayConfig peerConfig;
        peerConfig.dataDir = peerDir.path();
        peerConfig.port = 0;
        std::unique_ptr<Relay> peer = createRelay(peerConfig);
        QString error;
        QVERIFY2(peer->start(&error), qPrintable(error));
        const QString url = peer->url();
        QVERIFY(m_settings.setValue(QStringLiteral("sync/peer"), QStringList{url + QStringLiteral(" both live {\"kinds\":[1]}")}, &error));

        RelaySnapshot s = waitFor(*m_relay, [&](const RelaySnapshot& x) {
            return x.syncPeers.size() == 1 && x.syncPeers[0].state == QLatin1String("live");
        }, 15000);
        QCOMPARE(s.syncPeers.size(), 1);
        SyncPeerStatus p = s.syncPeers[0];
        QCOMPARE(p.state, QStringLiteral("live"));
        QCOMPARE(p.url, url);
        QCOMPARE(p.direction, QStringLiteral("both"));
        QVERIFY(p.live);
        QCOMPARE(p.filter, QStringLiteral("{\"kinds\":[1]}"));
        QVERIFY(p.enabled);
        QVERIFY(!p.discovered);
        QCOMPARE(p.stateText, QStringLiteral("live"));
        QVERIFY(p.lastError.isEmpty());
        QVERIFY(p.lastSuccessMs > 0);
        QCOMPARE(p.nextAttemptMs, p.lastSuccessMs + 24 * 3600 * 1000); // the daily full reconciliation
        QCOMPARE(p.consecutiveFailures, 0);
        QVERIFY(!p.negentropyUnsupported);
        QVERIFY(p.bytesIn > 0 && p.bytesOut > 0);
        QVERIFY(!p.running);

        const qint64 first = p.lastSuccessMs;
        m_relay->syncNow(url);
        s = waitFor(*m_relay, [&](const RelaySnapshot& x) {
            return x.syncPeers.size() == 1 && x.syncPeers[0].lastSuccessMs > first && x.syncPeers[0].state == QLatin1String("live");
        }, 15000);
        QVERIFY2(s.syncPeers.value(0).lastSuccessMs > first, qPrintable(s.syncPeers.value(0).stateText));

        peer->stop();
        s = waitFor(*m_relay, [&](const RelaySnapshot& x) {
            return x.syncPeers.size() == 1 && x.syncPeers[0].consecutiveFailures >= 1 && !x.syncPeers[0].running;
        }, 15000);
        p = s.syncPeers.value(0);
        QVERIFY2(p.state == QLatin1String("backing off") || p.state == QLatin1String("failing"), qPrintable(p.stateText));
        QVERIFY2(!p.lastError.isEmpty(), qPrintable(p.stateText));
        QVERIFY(p.nextAttemptMs > 0);

        QVERIFY(m_settings.setValue(QStringLiteral("sync/peer"), QStringList{}, &error));
        s = waitFor(*m_relay, [](const RelaySnapshot& x) { return x.syncPeers.isEmpty(); });
        QVERIFY(s.syncPeers.isEmpty());
    }

    void stopClearsTheSnapshot() {
        m_relay->stop();
        QVERIFY(!m_relay->snapshot().running);
        QString error;
        QSignalSpy spy(m_relay.get(), &Relay::snapshotTaken);
        QVERIFY2(m_relay->start(&error), qPrintable(error));
        QVERIFY(spy.wait(5000));
        QVERIFY(m_relay->snapshot().running);
    }
};

QTEST_GUILESS_MAIN(TestRelaySnapshot)
#include "TestRelaySnapshot.moc"
