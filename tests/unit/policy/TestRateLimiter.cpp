// unit.policy.RateLimiter: token buckets per address with an injected clock.
#include "policy/RateLimiter.h"

#include <QTest>

using roost::policy::RateClass;
using roost::policy::RateLimiter;

class TestRateLimiter : public QObject {
    Q_OBJECT
private slots:
    void burstThenRate() {
        double now = 1000;
        RateLimiter limiter([&] { return now; });
        const RateLimiter::Rates rates{0, 2, 0, 3}; // 2 events/s, bucket of 6
        const QString ip = QStringLiteral("10.0.0.1");
        for (int i = 0; i < 6; ++i) QVERIFY(limiter.allow(ip, RateClass::Event, rates));
        QVERIFY(!limiter.allow(ip, RateClass::Event, rates));
        now += 0.5; // one token back
        QVERIFY(limiter.allow(ip, RateClass::Event, rates));
        QVERIFY(!limiter.allow(ip, RateClass::Event, rates));
        now += 100; // refills only up to the burst
        for (int i = 0; i < 6; ++i) QVERIFY(limiter.allow(ip, RateClass::Event, rates));
        QVERIFY(!limiter.allow(ip, RateClass::Event, rates));
    }

    void classesAndAddressesAreSeparate() {
        double now = 0;
        RateLimiter limiter([&] { return now; });
        const RateLimiter::Rates rates{0, 1, 1, 1};
        const QString a = QStringLiteral("a"), b = QStringLiteral("b");
        QVERIFY(limiter.allow(a, RateClass::Event, rates));
        QVERIFY(!limiter.allow(a, RateClass::Event, rates));
        QVERIFY(limiter.allow(a, RateClass::Req, rates));     // its own bucket
        QVERIFY(limiter.allow(a, RateClass::Message, rates)); // no message rate set
        QVERIFY(limiter.allow(b, RateClass::Event, rates));   // another address
    }

    void messageRateCoversEveryVerbAndFailsWithoutSpending() {
        double now = 0;
        RateLimiter limiter([&] { return now; });
        const RateLimiter::Rates rates{1, 10, 0, 2}; // 2 messages, 20 events
        const QString ip = QStringLiteral("x");
        QVERIFY(limiter.allow(ip, RateClass::Event, rates));
        QVERIFY(limiter.allow(ip, RateClass::Req, rates));
        QVERIFY(!limiter.allow(ip, RateClass::Event, rates)); // message bucket empty
        now += 1;
        QVERIFY(limiter.allow(ip, RateClass::Event, rates));
    }

    void unlimitedWhenZeroAndIdleAddressesAreForgotten() {
        double now = 0;
        RateLimiter limiter([&] { return now; });
        for (int i = 0; i < 1000; ++i) QVERIFY(limiter.allow(QStringLiteral("u"), RateClass::Event, {}));
        const RateLimiter::Rates rates{0, 1, 0, 1};
        for (int i = 0; i < 50; ++i) limiter.allow(QString::number(i), RateClass::Event, rates);
        QVERIFY(limiter.trackedAddresses() >= 50);
        now += 3600; // every bucket refilled: a sweep drops them
        limiter.allow(QStringLiteral("new"), RateClass::Event, rates);
        QCOMPARE(limiter.trackedAddresses(), size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
