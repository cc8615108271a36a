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

    // nips issue 1403: a control character other than \b \t \n \f \r is hashed verbatim by
    // NIP-01's text and as \u00XX by JSON.stringify (nostr-tools). Either id is accepted.
    void controlCharactersHashedEitherWay() {
        Event e;
        e.kind = 1;
        e.createdAt = 1700000000;
        e.content = std::string("bell\x07 nul", 9) + std::string(1, '\0') + "\x1f end\n";
        e.tags = {{"t", std::string("x\x01y")}};
        QVERIFY(hasAmbiguousControlChars(e));
        QVERIFY(serializeCanonicalEscaped(e).find("\\u0007") != std::string::npos);
        QVERIFY(serializeCanonicalEscaped(e).find("\\u0000") != std::string::npos);
        QVERIFY(serializeCanonical(e).find('\x07') != std::string::npos);
        QVERIFY(computeId(e) != computeIdEscaped(e));

        signEvent(e, secret(9)); // verbatim (NIP-01)
        QVERIFY(!verifyEvent(e));

        Event stringified = e;
        stringified.id = computeIdEscaped(stringified);
        stringified.sig = signId(stringified.id, secret(9));
        QVERIFY(!verifyEvent(stringified));

        Event tampered = stringified;
        tampered.content.back() = '!';
        QCOMPARE(verifyEvent(tampered).value_or(""), std::string("invalid: event id does not match its content"));

        // Without such characters the two forms are the same bytes: only one id is valid.
        Event plain;
        plain.kind = 1;
        plain.content = "tab\tnewline\n\x7f";
        QVERIFY(!hasAmbiguousControlChars(plain));
        QCOMPARE(serializeCanonical(plain), serializeCanonicalEscaped(plain));
    }

    void invalidSecretKeyThrows() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, publicKeyOf(SecretKey{}));
    }
};

QTEST_APPLESS_MAIN(TestVerify)
#include "TestVerify.moc"
