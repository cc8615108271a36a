// unit.policy.Membership: NIP-43 kind 8000/8001 events for member list changes, signed by the
// relay's key, and invites only for a REQ that asks for kind 28935.
#include "nostr/Hex.h"
#include "nostr/Verify.h"
#include "policy/Membership.h"

#include <QTest>

#include <algorithm>

using namespace roost;

namespace {
nostr::SecretKey relayKey() {
    nostr::SecretKey k{};
    k[31] = 42;
    return k;
}
std::string key(char c) { return std::string(64, c); }
// Filters written with single quotes (moc does not read raw string literals well).
nostr::Filter filter(std::string json) {
    std::replace(json.begin(), json.end(), '\'', '"');
    return nostr::parseFilter(json);
}
} // namespace

class TestMembership : public QObject {
    Q_OBJECT
private slots:
    void addedAndRemovedMembersGetSignedEvents() {
        const auto events = policy::memberChangeEvents({key('a'), key('b'), "junk"}, {key('b'), key('c'), key('d'), key('c')},
                                                       1700000000, relayKey());
        QCOMPARE(events.size(), size_t(3));
        const nostr::PubKey self = nostr::publicKeyOf(relayKey());
        std::vector<std::pair<uint32_t, std::string>> got;
        for (const nostr::Event& e : events) {
            QVERIFY(!nostr::verifyEvent(e));
            QCOMPARE(e.pubkey, self);
            QCOMPARE(e.createdAt, int64_t(1700000000));
            QCOMPARE(e.tags.size(), size_t(2));
            QCOMPARE(e.tags[0], nostr::Tag{"-"});
            QCOMPARE(e.tags[1][0], std::string("p"));
            got.emplace_back(e.kind, e.tags[1][1]);
        }
        const std::vector<std::pair<uint32_t, std::string>> expected{{8000, key('c')}, {8000, key('d')}, {8001, key('a')}};
        QVERIFY(got == expected);
        QVERIFY(policy::memberChangeEvents({key('a')}, {key('a')}, 1, relayKey()).empty());
    }

    void inviteOnlyWhenAskedFor() {
        const nostr::PubKey self = nostr::publicKeyOf(relayKey());
        const std::string selfHex = nostr::toHex(self);
        const int64_t now = 1700000000;
        auto asks = [&](std::vector<nostr::Filter> filters) { return policy::asksForInvite(filters, self, now); };
        QVERIFY(asks({filter("{'kinds':[28935]}")}));
        QVERIFY(asks({filter("{'kinds':[1]}"), filter("{'kinds':[28935],'limit':1}")}));
        QVERIFY(asks({filter(("{'kinds':[28935],'authors':['" + selfHex + "']}").c_str())}));
        QVERIFY(!asks({filter("{'kinds':[1]}")}));
        QVERIFY(!asks({filter("{}")})); // "everything" does not ask for an invite
        QVERIFY(!asks({filter("{'authors':['" + selfHex + "']}")}));
        QVERIFY(!asks({filter(("{'kinds':[28935],'authors':['" + key('e') + "']}").c_str())}));
        QVERIFY(!asks({filter("{'kinds':[28935],'until':5}")}));
        QVERIFY(!asks({filter("{'kinds':[28935],'limit':0}")}));
        QVERIFY(!asks({filter(("{'kinds':[28935],'ids':['" + key('f') + "']}").c_str())}));
        QVERIFY(!asks({filter("{'kinds':[28935],'#t':['x']}")}));
    }

    void invitesCarryTheConfiguredValidity() {
        RelayConfig config;
        config.access.nip43InviteValidity = 600;
        const nostr::Event invite = policy::makeInvite(relayKey(), 1000, config);
        QCOMPARE(invite.kind, 28935u);
        QVERIFY(!nostr::verifyEvent(invite));
        QCOMPARE(invite.tags.size(), size_t(2));
        QCOMPARE(invite.tags[1][0], std::string("claim"));
        const std::string& code = invite.tags[1][1];
        QCOMPARE(policy::inviteStatus(relayKey(), code, 1599), policy::InviteStatus::Valid);
        QCOMPARE(policy::inviteStatus(relayKey(), code, 1600), policy::InviteStatus::Expired);
        config.access.nip43InvitesRevokedBefore = 1001;
        QCOMPARE(policy::inviteStatus(relayKey(), code, 1100, policy::inviteRulesOf(config)), policy::InviteStatus::Revoked);
        config.access.nip43InvitesRevokedBefore = 0;
        config.access.nip43SingleUseInvites = true;
        config.access.nip43UsedInvites = {QString::fromStdString(code)};
        QCOMPARE(policy::inviteStatus(relayKey(), code, 1100, policy::inviteRulesOf(config)), policy::InviteStatus::Used);
    }
};

QTEST_APPLESS_MAIN(TestMembership)
#include "TestMembership.moc"
