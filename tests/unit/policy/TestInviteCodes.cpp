// unit.policy.InviteCodes: NIP-43 invite codes verify only under the key that made them, only
// until they expire, and not when altered.
#include "policy/InviteCodes.h"

#include <QTest>

using namespace roost;

class TestInviteCodes : public QObject {
    Q_OBJECT
private slots:
    void validUntilExpiryUnderItsKey() {
        nostr::SecretKey key{}, other{};
        key[0] = 1;
        other[0] = 2;
        const std::string code = policy::makeInviteCode(key, 2000);
        QVERIFY(policy::checkInviteCode(key, code, 1999));
        QVERIFY(!policy::checkInviteCode(key, code, 2000));
        QVERIFY(!policy::checkInviteCode(other, code, 1000));
        std::string altered = code;
        altered.back() = altered.back() == '0' ? '1' : '0';
        QVERIFY(!policy::checkInviteCode(key, altered, 1000));
        // Moving the expiry breaks the MAC.
        const std::string later = "ffff" + code.substr(code.find('.'));
        QVERIFY(!policy::checkInviteCode(key, later, 1000));
        for (const char* junk : {"", ".", "abc", "zz.00", "7d0."}) QVERIFY(!policy::checkInviteCode(key, junk, 0));
    }
};

QTEST_APPLESS_MAIN(TestInviteCodes)
#include "TestInviteCodes.moc"
