// unit.store.Expiration: NIP-40 events past their expiration are never served by FilterScan,
// and deleteExpired removes exactly them.
#include "StoreTestSupport.h"

#include "nostr/Filter.h"
#include "store/EventWriter.h"
#include "store/FilterScan.h"

#include <ctime>

using namespace roost;
using namespace roost::testsupport;

class TestExpiration : public QObject {
    Q_OBJECT
private slots:
    void expirationTagIsRead() {
        nostr::Event e;
        QVERIFY(!nostr::expirationOf(e));
        e.tags = {{"expiration", "1600000000"}};
        QCOMPARE(*nostr::expirationOf(e), int64_t(1600000000));
        e.tags = {{"expiration", "soon"}};
        QVERIFY(!nostr::expirationOf(e));
    }

    void expiredEventsAreNotServedAndAreDeleted() {
        TempStore tmp;
        auto db = tmp.open();
        const int64_t now = int64_t(std::time(nullptr));
        const auto expired = signedEvent(1, 1, now - 100, {{"expiration", std::to_string(now - 10)}});
        const auto later = signedEvent(1, 1, now - 90, {{"expiration", std::to_string(now + 3600)}});
        const auto plain = signedEvent(1, 1, now - 80);
        writeEvents(*db, {expired, later, plain});
        nostr::Filter all;
        all.authors = std::vector<nostr::PubKey>{expired.pubkey};
        QCOMPARE(idsOf(store::queryEvents(*db, {all}, 100)), idsOf(std::vector<nostr::Event>{plain, later}));

        QCOMPARE(store::EventWriter(*db).deleteExpired(now), uint64_t(1));
        QCOMPARE(queryInt(*db, "SELECT count(*) FROM events"), int64_t(2));
        QCOMPARE(store::EventWriter(*db).deleteExpired(now), uint64_t(0));
        QCOMPARE(store::EventWriter(*db).deleteExpired(now + 7200), uint64_t(1)); // `later` in two hours
    }
};

QTEST_GUILESS_MAIN(TestExpiration)
#include "TestExpiration.moc"
