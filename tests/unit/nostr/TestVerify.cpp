// unit.nostr.Verify: BIP-340 signing and verification round trip, and what breaks it.
#include "nostr/Canonical.h"
#include "nostr/Hex.h"
#include "nostr/Verify.h"

#include <QTest>

using namespace roost::nostr;

namespace {
SecretKey secret(uint8_t n) {
    SecretKey sk{};
    sk[31] = n;
    return sk;
}
} // namespace

class TestVerify : public QObject {
    Q_OBJECT
private slots:
    void publicKeyOfKnownSecret() {
        // BIP-340 test vector 0 style: secret key 3 -> x-only public key.
        QCOMPARE(QString::fromStdString(toHex(publicKeyOf(secret(3)))),
                 QStringLiteral("f9308a019258c31049344f85f89d5229b531c845836f99b08601f113bce036f9"));
    }

    void signThenVerify() {
        Event e;
        e.kind = 1;
        e.createdAt = 1700000000;
        e.content = "hello \"world\" 🤙";
        e.tags = {{"p", std::string(64, 'a')}, {"t", "x"}};
        signEvent(e, secret(9));
        QCOMPARE(e.pubkey, publicKeyOf(secret(9)));
        QCOMPARE(e.id, computeId(e));
        QVERIFY(!verifyEvent(e));

        Event badSig = e;
        badSig.sig[10] ^= 0x01;
        QCOMPARE(verifyEvent(badSig).value_or(""), std::string("invalid: bad signature"));

        Event tampered = e;
        tampered.content += "!";
        QCOMPARE(verifyEvent(tampered).value_or(""), std::string("invalid: event id does not match its content"));

        // A consistent id and a signature by another key.
        Event otherKey = e;
        Event signedByOther = e;
        signEvent(signedByOther, secret(10));
        otherKey.sig = signedByOther.sig;
        QCOMPARE(verifyEvent(otherKey).value_or(""), std::string("invalid: bad signature"));
    }

    void invalidSecretKeyThrows() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, publicKeyOf(SecretKey{}));
    }
};

QTEST_APPLESS_MAIN(TestVerify)
#include "TestVerify.moc"
