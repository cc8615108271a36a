// unit.admin.ManagementApi: NIP-86 methods change Settings (the GUI's functions) and NIP-98
// authorisation admits only a fresh, matching, owner-signed request.
#include "nostr/Canonical.h"
#include "nostr/Hex.h"
#include "nostr/Verify.h"
#include "roost/ManagementApi.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace roost;

namespace {
constexpr qint64 kNow = 1700000000;

nostr::SecretKey secret(uint8_t n) {
    nostr::SecretKey sk{};
    sk[31] = n;
    return sk;
}
QString hexOf(uint8_t n) { return QString::fromStdString(nostr::toHex(nostr::publicKeyOf(secret(n)))); }

QByteArray body(const char* method, const QJsonArray& params = {}) {
    return QJsonDocument(QJsonObject{{QStringLiteral("method"), QLatin1String(method)}, {QStringLiteral("params"), params}})
        .toJson(QJsonDocument::Compact);
}

// A NIP-98 Authorization header for `payload` signed by key `signer`.
QByteArray authFor(const QByteArray& payload, uint8_t signer = 1, const char* url = "http://127.0.0.1:4869",
                   qint64 createdAt = kNow, const char* method = "POST") {
    nostr::Event e;
    e.kind = 27235;
    e.createdAt = createdAt;
    e.tags = {{"u", url}, {"method", method},
              {"payload", QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex().toStdString()}};
    nostr::signEvent(e, secret(signer));
    return "Nostr " + QByteArray::fromStdString(nostr::serializeEvent(e)).toBase64();
}

// Runs one request and returns its answer (settings methods answer before handle() returns).
ManagementResponse handled(ManagementApi& api, const QByteArray& auth, const QString& host, const QByteArray& request,
                           qint64 now, const QString& target = QStringLiteral("/")) {
    std::optional<ManagementResponse> answer;
    api.handle(auth, host, target, request, now, [&](const ManagementResponse& r) { answer = r; });
    [&] { QTRY_VERIFY(answer.has_value()); }();
    return answer.value_or(ManagementResponse{0, {}});
}

QJsonObject call(ManagementApi& api, const QByteArray& request, int expectStatus = 200) {
    const ManagementResponse r = handled(api, authFor(request), QStringLiteral("127.0.0.1:4869"), request, kNow);
    [&] { QCOMPARE(r.httpStatus, expectStatus); }();
    return QJsonDocument::fromJson(r.body).object();
}
} // namespace

class TestManagementApi : public QObject {
    Q_OBJECT
private:
    Settings m_settings;

private slots:
    void init() {
        QString error;
        QVERIFY(m_settings.setValue(QStringLiteral("access/owner_pubkeys"), hexOf(1), &error));
        QVERIFY(m_settings.setValue(QStringLiteral("access/banned_pubkeys"), QStringList(), &error));
    }

    void rejectsBadAuthorization() {
        ManagementApi api(m_settings);
        const QByteArray req = body("supportedmethods");
        const QString host = QStringLiteral("127.0.0.1:4869");
        QCOMPARE(handled(api, {}, host, req, kNow).httpStatus, 401);
        QCOMPARE(handled(api, authFor(req, 2), host, req, kNow).httpStatus, 401);                 // not an owner
        QCOMPARE(handled(api, authFor(req, 1, "http://other:1"), host, req, kNow).httpStatus, 401); // wrong u
        QCOMPARE(handled(api, authFor(req, 1, "http://127.0.0.1:4869", kNow - 120), host, req, kNow).httpStatus, 401);
        QCOMPARE(handled(api, authFor(req, 1, "http://127.0.0.1:4869", kNow, "GET"), host, req, kNow).httpStatus, 401);
        QCOMPARE(handled(api, authFor(body("other")), host, req, kNow).httpStatus, 401);           // payload of another body
        QCOMPARE(handled(api, authFor(req), host, req, kNow).httpStatus, 200);
    }

    // NIP-98: `u` must be exactly the request's URL (scheme, host, port, path), not only its host.
    void uTagIsTheFullRequestUrl() {
        ManagementApi api(m_settings);
        const QByteArray req = body("supportedmethods");
        const QString host = QStringLiteral("127.0.0.1:4869");
        auto status = [&](const char* u, const QString& target = QStringLiteral("/"), const QString& h = QStringLiteral("127.0.0.1:4869")) {
            return handled(api, authFor(req, 1, u), h, req, kNow, target).httpStatus;
        };
        QCOMPARE(status("http://127.0.0.1:4869/"), 200);
        QCOMPARE(status("http://127.0.0.1:4869"), 200);                       // an empty path is "/"
        QCOMPARE(status("http://127.0.0.1:4869/admin", QStringLiteral("/admin")), 200);
        QCOMPARE(status("http://127.0.0.1:4869/other"), 401);                 // another path
        QCOMPARE(status("http://127.0.0.1:4870/"), 401);                      // another port
        QCOMPARE(status("http://127.0.0.1/"), 401);                           // port 80, not 4869
        QCOMPARE(status("127.0.0.1:4869"), 401);                              // not an absolute URL
        QCOMPARE(status("https://relay.example.org/", QStringLiteral("/"), QStringLiteral("relay.example.org")), 200);
        QCOMPARE(status("http://relay.example.org/", QStringLiteral("/"), QStringLiteral("relay.example.org")), 200);
        QCOMPARE(status("https://relay.example.org:8443/", QStringLiteral("/"), QStringLiteral("relay.example.org")), 401);
        Q_UNUSED(host);
    }

    // NIP-98: a token is good for one request; the same request signed again is a new token.
    void aTokenIsUsedOnce() {
        ManagementApi api(m_settings);
        const QByteArray req = body("supportedmethods");
        const QString host = QStringLiteral("127.0.0.1:4869");
        const QByteArray token = authFor(req);
        QCOMPARE(handled(api, token, host, req, kNow).httpStatus, 200);
        const ManagementResponse replay = handled(api, token, host, req, kNow + 1);
        QCOMPARE(replay.httpStatus, 401);
        QVERIFY2(replay.body.contains("already used"), replay.body.constData());
        QCOMPARE(handled(api, authFor(req), host, req, kNow + 1).httpStatus, 200);
        // Long after its window the token is forgotten, and still refused as too old.
        QCOMPARE(handled(api, token, host, req, kNow + 600).httpStatus, 401);
    }

    void storeMethodsNeedARelay() {
        ManagementApi api(m_settings);
        const QJsonObject r = call(api, body("banevent", {QString(64, QLatin1Char('a')), QStringLiteral("spam")}));
        QVERIFY(r.value(QStringLiteral("error")).toString().contains(QLatin1String("not available")));
        const QJsonArray methods = call(api, body("supportedmethods")).value(QStringLiteral("result")).toArray();
        for (const char* m : {"banevent", "allowevent", "listbannedevents", "stats"})
            QVERIFY2(methods.contains(QString::fromLatin1(m)), m);
    }

    void pubkeyListsGoThroughSettings() {
        ManagementApi api(m_settings);
        const QString victim = hexOf(9);
        QCOMPARE(call(api, body("banpubkey", {victim, QStringLiteral("spam")})).value(QStringLiteral("result")).toBool(), true);
        QVERIFY(m_settings.config().access.bannedPubkeys.contains(victim));
        const QJsonArray banned = call(api, body("listbannedpubkeys")).value(QStringLiteral("result")).toArray();
        QCOMPARE(banned.size(), 1);
        QCOMPARE(banned.at(0).toObject().value(QStringLiteral("pubkey")).toString(), victim);
        call(api, body("unbanpubkey", {victim}));
        QVERIFY(m_settings.config().access.bannedPubkeys.isEmpty());
        call(api, body("allowpubkey", {hexOf(5)}));
        QVERIFY(m_settings.config().access.memberPubkeys.contains(hexOf(5)));
        QVERIFY(call(api, body("banpubkey", {QStringLiteral("nothex")})).contains(QStringLiteral("error")));
    }

    void syncPeersGoThroughSettings() {
        ManagementApi api(m_settings);
        QCOMPARE(call(api, body("addsyncpeer", {QStringLiteral("wss://peer.example both live")})).value(QStringLiteral("result")).toBool(), true);
        QCOMPARE(call(api, body("addsyncpeer", {QStringLiteral("ws://10.0.0.9 {\"kinds\":[1]}")})).value(QStringLiteral("result")).toBool(), true);
        QCOMPARE(m_settings.config().syncPeers.size(), 2);
        QCOMPARE(m_settings.config().syncPeers[0].direction, SyncPeer::Direction::Both);
        // Without a running relay: the peer lines only (no health fields).
        QCOMPARE(call(api, body("listsyncpeers")).value(QStringLiteral("result")).toArray(),
                 QJsonArray({QJsonObject{{QStringLiteral("peer"), QStringLiteral("wss://peer.example both live")},
                                         {QStringLiteral("url"), QStringLiteral("wss://peer.example")}},
                             QJsonObject{{QStringLiteral("peer"), QStringLiteral("ws://10.0.0.9 down periodic every=60 {\"kinds\":[1]}")},
                                         {QStringLiteral("url"), QStringLiteral("ws://10.0.0.9")}}}));
        QVERIFY(call(api, body("addsyncpeer", {QStringLiteral("https://x.example")})).value(QStringLiteral("error")).toString()
                    .contains(QStringLiteral("is not a ws:// or wss:// URL")));
        QVERIFY(call(api, body("removesyncpeer", {QStringLiteral("wss://nobody.example")})).contains(QStringLiteral("error")));
        QCOMPARE(call(api, body("removesyncpeer", {QStringLiteral("wss://peer.example")})).value(QStringLiteral("result")).toBool(), true);
        QCOMPARE(m_settings.config().syncPeers.size(), 1);
        QCOMPARE(call(api, body("removesyncpeer", {QStringLiteral("ws://10.0.0.9")})).value(QStringLiteral("result")).toBool(), true);
        QVERIFY(m_settings.config().syncPeers.isEmpty());
    }

    void kindsIpsAndRelayInfo() {
        ManagementApi api(m_settings);
        call(api, body("disallowkind", {7}));
        QVERIFY(m_settings.config().access.deniedKinds.contains(7u));
        call(api, body("allowkind", {7}));
        QVERIFY(!m_settings.config().access.deniedKinds.contains(7u));
        call(api, body("blockip", {QStringLiteral("10.1.2.3")}));
        QCOMPARE(call(api, body("listblockedips")).value(QStringLiteral("result")).toArray().size(), 1);
        call(api, body("unblockip", {QStringLiteral("10.1.2.3")}));
        QVERIFY(m_settings.config().access.blockedIps.isEmpty());
        call(api, body("changerelayname", {QStringLiteral("Attic relay")}));
        QCOMPARE(m_settings.config().name, QStringLiteral("Attic relay"));
        const QJsonArray methods = call(api, body("supportedmethods")).value(QStringLiteral("result")).toArray();
        QVERIFY(methods.contains(QStringLiteral("banpubkey")));
        QVERIFY(call(api, body("nosuchmethod")).value(QStringLiteral("error")).toString().contains(QStringLiteral("unsupported")));
    }
};

QTEST_APPLESS_MAIN(TestManagementApi)
#include "TestManagementApi.moc"
