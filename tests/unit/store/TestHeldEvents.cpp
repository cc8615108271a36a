// unit.store.HeldEvents: the hold-for-review queue (schema v6 held_events): held events stay out
// of `events`, duplicates (held or stored) are not held twice, the queue is bounded, listed newest
// first, found and dropped by id, and a v5 store gains the table on open.
#include "StoreTestSupport.h"

#include "nostr/EventParser.h"
#include "store/FilterScan.h"
#include "store/HeldEvents.h"
#include "store/Statement.h"
#include "store/Tombstones.h"

using namespace roost;
using namespace roost::testsupport;

namespace {

uint64_t storedEvents(store::Database& db) {
    store::Statement q(db, "SELECT COUNT(*) FROM events");
    q.step();
    return uint64_t(q.columnInt(0));
}

} // namespace

class TestHeldEvents : public QObject {
    Q_OBJECT
private slots:
    void heldEventsStayOutOfTheStore() {
        TempStore tmp;
        auto db = tmp.open();
        const auto a = signedEvent(1, 1, 1000, {}, "first stranger");
        const auto b = signedEvent(2, 30023, 1001, {{"d", "x"}}, "second stranger");
        const auto stored = signedEvent(3, 1, 1002, {}, "already published");
        writeEvents(*db, {stored});

        QCOMPARE(store::holdEvent(*db, a, 5000), store::HoldStatus::Held);
        QCOMPARE(store::holdEvent(*db, b, 5001), store::HoldStatus::Held);
        QCOMPARE(store::holdEvent(*db, a, 5002), store::HoldStatus::Duplicate);      // held already
        QCOMPARE(store::holdEvent(*db, stored, 5003), store::HoldStatus::Duplicate); // published already
        QCOMPARE(storedEvents(*db), uint64_t(1));
        QCOMPARE(store::heldCount(*db), uint64_t(2));

        const auto list = store::heldEvents(*db, 10);
        QCOMPARE(list.size(), size_t(2));
        QCOMPARE(hex(list[0].id), hex(b.id)); // most recently held first
        QCOMPARE(list[0].heldAt, int64_t(5001));
        QCOMPARE(list[0].kind, 30023u);
        QCOMPARE(nostr::toHex(list[0].pubkey), nostr::toHex(b.pubkey));
        QCOMPARE(list[1].createdAt, int64_t(1000));
        // The JSON is the event as received: it parses back to the same id and content.
        const nostr::Event back = nostr::parseEvent(list[1].json);
        QCOMPARE(hex(back.id), hex(a.id));
        QCOMPARE(back.content, a.content);
        QCOMPARE(store::heldEvents(*db, 1).size(), size_t(1));

        QVERIFY(store::findHeld(*db, a.id).has_value());
        QVERIFY(!store::findHeld(*db, stored.id).has_value());
        QVERIFY(store::dropHeld(*db, a.id));
        QVERIFY(!store::dropHeld(*db, a.id));
        QVERIFY(!store::findHeld(*db, a.id).has_value());
        QCOMPARE(store::heldCount(*db), uint64_t(1));
        // Dropped: it may be held again.
        QCOMPARE(store::holdEvent(*db, a, 6000), store::HoldStatus::Held);

        // A banned id is refused with the tombstone's reason, not held.
        const auto banned = signedEvent(4, 1, 1003, {}, "banned by the operator");
        store::banEvent(*db, banned.id, "spam", 6500); // not stored: only the tombstone
        std::string why;
        QCOMPARE(store::holdEvent(*db, banned, 7000, &why), store::HoldStatus::Refused);
        QVERIFY2(why.rfind("blocked:", 0) == 0, why.c_str());
        QVERIFY(!store::findHeld(*db, banned.id).has_value());
    }

    void theQueueIsBounded() {
        TempStore tmp;
        auto db = tmp.open();
        // Fill to the cap with rows written directly (signing 10000 events is slow).
        {
            store::Transaction txn(*db, true);
            store::Statement ins(*db, "INSERT INTO held_events(id, pubkey, kind, created_at, held_at, json) VALUES(?1, ?2, 1, 1, 1, '{}')");
            for (uint64_t i = 0; i < store::kMaxHeldEvents; ++i) {
                nostr::Id id{};
                for (int b = 0; b < 8; ++b) id[size_t(b)] = uint8_t(i >> (8 * b));
                ins.bindBlob(1, id).bindBlob(2, id).run();
            }
            txn.commit();
        }
        QCOMPARE(store::holdEvent(*db, signedEvent(1, 1, 1000, {}, "one too many"), 7000), store::HoldStatus::Full);
        QCOMPARE(store::heldCount(*db), store::kMaxHeldEvents);
    }

    void aVersion5StoreGainsTheQueue() {
        TempStore tmp;
        const auto a = signedEvent(1, 1, 1000, {}, "kept across the migration");
        {
            auto db = tmp.open();
            writeEvents(*db, {a});
            db->exec("DROP TABLE held_events; PRAGMA user_version=5");
        }
        auto db = tmp.open();
        QCOMPARE(db->schemaVersion(), 6);
        QCOMPARE(storedEvents(*db), uint64_t(1));
        QCOMPARE(store::heldCount(*db), uint64_t(0));
        QCOMPARE(store::holdEvent(*db, signedEvent(2, 1, 1000, {}, "new"), 8000), store::HoldStatus::Held);
    }
};

QTEST_GUILESS_MAIN(TestHeldEvents)
#include "TestHeldEvents.moc"
