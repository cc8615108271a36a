// unit.policy.InviteCodes: NIP-43 invite codes verify only under the key that made them, only
// until they expire, not when altered, not once revoked, and once only when single-use.
#include "policy/InviteCodes.h"

#include <QTest>

using namespace roost;
using policy::InviteStatus;

class TestInviteCodes : public QObject {
    Q_OBJECT
private slots:
    void validUntilExpiryUnderItsKey() {
        nostr::SecretKey key{}, other{};
        key[0] = 1;
        other[0] = 2;
        const std::string code = policy::makeInviteCode(key, 1000, 2000);
        QCOMPARE(policy::inviteStatus(key, code, 1999), InviteStatus::Valid);
        QCOMPARE(policy::inviteStatus(key, code, 2000), InviteStatus::Expired);
        QCOMPARE(policy::inviteStatus(other, code, 1000), InviteStatus::Invalid);
        QCOMPARE(*policy::inviteExpiry(code), int64_t(2000));
        std::string altered = code;
        altered.back() = altered.back() == '0' ? '1' : '0';
        QCOMPARE(policy::inviteStatus(key, altered, 1000), InviteStatus::Invalid);
        // Moving the expiry or the issue time breaks the MAC.
        const size_t firstDot = code.find('.'), secondDot = code.find('.', firstDot + 1);
        const std::string later = code.substr(0, firstDot) + ".ffff" + code.substr(secondDot);
        QCOMPARE(policy::inviteStatus(key, later, 1000), InviteStatus::Invalid);
        const std::string reissued = "fff" + code.substr(firstDot);
        QCOMPARE(policy::inviteStatus(key, reissued, 1000), InviteStatus::Invalid);
        for (const char* junk : {"", ".", "..", "abc", "zz.00.00", "7d0.", "1.7d0."})
            QCOMPARE(policy::inviteStatus(key, junk, 0), InviteStatus::Invalid);
        QCOMPARE(policy::inviteRefusal(InviteStatus::Expired), std::string("restricted: that invite code is expired"));
        QVERIFY(policy::inviteRefusal(InviteStatus::Invalid).starts_with("restricted: "));
        QVERIFY(policy::inviteRefusal(InviteStatus::Valid).empty());
    }

    void revokedAndSingleUse() {
        nostr::SecretKey key{};
        key[5] = 7;
        const std::string early = policy::makeInviteCode(key, 1000, 9000);
        const std::string late = policy::makeInviteCode(key, 3000, 9000);
        policy::InviteRules rules;
        rules.revokedBefore = 2000; // "revoke every code issued so far" at t=2000
        QCOMPARE(policy::inviteStatus(key, early, 2500, rules), InviteStatus::Revoked);
        QCOMPARE(policy::inviteStatus(key, late, 3500, rules), InviteStatus::Valid);
        rules.revoked = {late};
        QCOMPARE(policy::inviteStatus(key, late, 3500, rules), InviteStatus::Revoked);
        rules = {};
        rules.used = {late};
        QCOMPARE(policy::inviteStatus(key, late, 3500, rules), InviteStatus::Valid); // reusable unless single-use
        rules.singleUse = true;
        QCOMPARE(policy::inviteStatus(key, late, 3500, rules), InviteStatus::Used);
        QCOMPARE(policy::inviteStatus(key, early, 3500, rules), InviteStatus::Valid);
    }
};

QTEST_APPLESS_MAIN(TestInviteCodes)
#include "TestInviteCodes.moc"
