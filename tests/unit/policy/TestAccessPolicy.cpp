// unit.policy.AccessPolicy: the access ladder per verb, owner/member/ban lists, the owner-inbox
// and relay-list exemptions, NIP-70 protected events and NIP-42 AUTH event checks.
#include "nostr/Hex.h"
#include "nostr/Verify.h"
#include "policy/AccessPolicy.h"

#include <QTest>

using namespace roost;
using namespace roost::policy;

namespace {
nostr::SecretKey secret(uint8_t n) {
    nostr::SecretKey sk{};
    sk[31] = n;
    return sk;
}
nostr::PubKey pub(uint8_t n) { return nostr::publicKeyOf(secret(n)); }
QString hexOf(uint8_t n) { return QString::fromStdString(nostr::toHex(pub(n))); }

nostr::Event signedEvent(uint8_t key, uint32_t kind, std::vector<nostr::Tag> tags = {}, int64_t createdAt = 1700000000) {
    nostr::Event e;
    e.kind = kind;
    e.createdAt = createdAt;
    e.tags = std::move(tags);
    nostr::signEvent(e, secret(key));
    return e;
}

// Owner 1, member 2, banned 3; 4 is anybody.
RelayConfig config(uint32_t eventLevel, uint32_t reqLevel = 0, uint32_t connectionLevel = 0) {
    RelayConfig c;
    c.access.ownerPubkeys = {hexOf(1)};
    c.access.memberPubkeys = {hexOf(2), QStringLiteral("not hex")};
    c.access.bannedPubkeys = {hexOf(3)};
    c.access.minLevelEvent = eventLevel;
    c.access.minLevelReq = reqLevel;
    c.access.minLevelConnection = connectionLevel;
    return c;
}
} // namespace

class TestAccessPolicy : public QObject {
    Q_OBJECT
private slots:
    void levelsFromKeys() {
        const auto rules = compileAccess(config(0));
        QCOMPARE(rules->members.size(), size_t(1)); // the invalid entry is skipped
        QCOMPARE(levelOf({}, *rules), AccessLevel::Anonymous);
        QCOMPARE(levelOf({pub(4)}, *rules), AccessLevel::Authenticated);
        QCOMPARE(levelOf({pub(4), pub(2)}, *rules), AccessLevel::Member);
        QCOMPARE(levelOf({pub(2), pub(1)}, *rules), AccessLevel::Owner);
        QCOMPARE(levelOf({pub(3)}, *rules), AccessLevel::Anonymous); // banned keys do not count
    }

    void knownKeysReachLevelTwo() {
        const auto rules = compileAccess(config(2));
        const std::vector<nostr::PubKey> known{pub(6)};
        QCOMPARE(levelOf({pub(6)}, *rules, known), AccessLevel::Known);
        QCOMPARE(levelOf({pub(7)}, *rules, known), AccessLevel::Authenticated);
        QCOMPARE(levelOf({pub(6), pub(2)}, *rules, known), AccessLevel::Member); // the highest wins
        QVERIFY(checkEvent(signedEvent(6, 1), {pub(6)}, *rules, known) == std::nullopt);
        QVERIFY(checkEvent(signedEvent(6, 1), {pub(6)}, *rules, {})->starts_with("restricted: "));
        RelayConfig off = config(2);
        off.access.knownDepth = 0;
        QCOMPARE(levelOf({pub(6)}, *compileAccess(off), known), AccessLevel::Authenticated);
    }

    void verbMinimumsAndPrefixes() {
        const auto rules = compileAccess(config(3, 1));
        QVERIFY(checkVerb(Verb::Req, AccessLevel::Authenticated, *rules) == std::nullopt);
        QVERIFY(checkVerb(Verb::Req, AccessLevel::Anonymous, *rules)->starts_with("auth-required: "));
        QVERIFY(checkVerb(Verb::Event, AccessLevel::Authenticated, *rules)->starts_with("restricted: "));
        QVERIFY(checkVerb(Verb::Event, AccessLevel::Member, *rules) == std::nullopt);
        QVERIFY(checkVerb(Verb::Count, AccessLevel::Anonymous, *rules) == std::nullopt);
        const auto closed = compileAccess(config(0, 0, 1));
        QVERIFY(checkVerb(Verb::Count, AccessLevel::Anonymous, *closed)->starts_with("auth-required: "));
    }

    void eventRulesAndExemptions() {
        const auto rules = compileAccess(config(3));
        const nostr::Event note = signedEvent(4, 1);
        QVERIFY(checkEvent(note, {}, *rules)->starts_with("auth-required: "));
        QVERIFY(checkEvent(note, {pub(4)}, *rules)->starts_with("restricted: "));
        QVERIFY(checkEvent(signedEvent(2, 1), {pub(2)}, *rules) == std::nullopt);
        // The owner's inbox and relay lists come from anyone.
        QVERIFY(checkEvent(signedEvent(4, 4, {{"p", hexOf(1).toStdString()}}), {}, *rules) == std::nullopt);
        QVERIFY(checkEvent(signedEvent(4, 10002), {}, *rules) == std::nullopt);
        QVERIFY(checkEvent(signedEvent(4, 4, {{"p", hexOf(2).toStdString()}}), {}, *rules).has_value());
        RelayConfig noInbox = config(3);
        noInbox.access.ownerInbox = false;
        QVERIFY(checkEvent(signedEvent(4, 4, {{"p", hexOf(1).toStdString()}}), {}, *compileAccess(noInbox)).has_value());
        // Banned authors are refused whatever the level.
        QVERIFY(checkEvent(signedEvent(3, 1), {pub(1)}, *compileAccess(config(0)))->starts_with("blocked: "));
    }

    void protectedEventsOnlyFromTheirAuthor() {
        const auto rules = compileAccess(config(0));
        const nostr::Event prot = signedEvent(4, 1, {{"-"}});
        QVERIFY(checkEvent(prot, {}, *rules)->starts_with("auth-required: "));
        QVERIFY(checkEvent(prot, {pub(1)}, *rules)->starts_with("auth-required: ")); // another key
        QVERIFY(checkEvent(prot, {pub(4)}, *rules) == std::nullopt);
        RelayConfig off = config(0);
        off.access.authEnabled = false;
        QVERIFY(checkEvent(prot, {}, *compileAccess(off))->starts_with("blocked: "));
    }

    void authEventChecks() {
        RelayConfig c = config(0);
        c.publicUrl = QStringLiteral("wss://Relay.Example.org/");
        const auto rules = compileAccess(c);
        const int64_t now = 1700000000;
        const ConnectedTo to{"127.0.0.1:4869", "127.0.0.1:4869", {}};
        auto auth = [&](uint32_t kind, const char* challenge, const char* relay, int64_t at) {
            return signedEvent(4, kind, {{"relay", relay}, {"challenge", challenge}}, at);
        };
        auto check = [&](const nostr::Event& e) { return verifyAuthEvent(e, "abc", *rules, now, to); };
        QVERIFY(check(auth(22242, "abc", "wss://relay.example.org", now)) == std::nullopt);
        QVERIFY(check(auth(22242, "abc", "wss://RELAY.example.org:443/path", now + 300)) == std::nullopt);
        QVERIFY(check(auth(22242, "abc", "ws://127.0.0.1:4869/", now)) == std::nullopt); // what the client connected to
        QVERIFY(check(auth(22242, "abc", "ws://localhost:4869", now)) == std::nullopt);  // a loopback socket
        QVERIFY(check(auth(1, "abc", "wss://relay.example.org", now)).has_value());
        QVERIFY(check(auth(22242, "abd", "wss://relay.example.org", now)).has_value());
        QVERIFY(check(auth(22242, "abc", "wss://other.example.org", now)).has_value());
        QVERIFY(check(auth(22242, "abc", "ws://relay.example.org", now)).has_value());   // port 80, not 443
        QVERIFY(check(auth(22242, "abc", "ws://127.0.0.1:4870", now)).has_value());      // another port
        QVERIFY(check(auth(22242, "abc", "https://relay.example.org", now)).has_value()); // not a relay URL
        QVERIFY(check(auth(22242, "abc", "relay.example.org", now)).has_value());
        QVERIFY(check(auth(22242, "abc", "wss://relay.example.org", now - 601)).has_value());
        nostr::Event forged = auth(22242, "abc", "wss://relay.example.org", now);
        forged.sig[0] ^= 1;
        QCOMPARE(*check(forged), std::string("invalid: bad signature"));
    }

    // NIP-42 without relay/public_url: the relay tag must still name the relay the client reached.
    void authRelayTagCheckedWithoutPublicUrl() {
        const auto rules = compileAccess(config(0));
        const int64_t now = 1700000000;
        auto auth = [&](const char* relay) { return signedEvent(4, 22242, {{"relay", relay}, {"challenge", "abc"}}, now); };
        const ConnectedTo lan{"192.168.1.20:4869", "192.168.1.20:4869", {}};
        QVERIFY(verifyAuthEvent(auth("ws://192.168.1.20:4869"), "abc", *rules, now, lan) == std::nullopt);
        QCOMPARE(verifyAuthEvent(auth("wss://relay.damus.io"), "abc", *rules, now, lan).value_or(""),
                 std::string("invalid: AUTH relay tag is not this relay"));
        QVERIFY(verifyAuthEvent(auth("ws://192.168.1.21:4869"), "abc", *rules, now, lan).has_value());
        // Behind a TLS proxy: the Host header has no port, the client used wss:// on 443.
        const ConnectedTo proxied{"relay.example.org", "127.0.0.1:4869", {}};
        QVERIFY(verifyAuthEvent(auth("wss://relay.example.org/"), "abc", *rules, now, proxied) == std::nullopt);
        QVERIFY(verifyAuthEvent(auth("wss://relay.example.org:8443/"), "abc", *rules, now, proxied).has_value());
        QVERIFY(verifyAuthEvent(auth("ws://127.0.0.1:4869"), "abc", *rules, now, proxied) == std::nullopt);
    }

    void urlHostLowercasesAndDropsThePath() {
        QCOMPARE(urlHost("WSS://Host:7777/x/"), std::string("host:7777"));
    }
};

QTEST_APPLESS_MAIN(TestAccessPolicy)
#include "TestAccessPolicy.moc"
