// unit.store.EventWriter: duplicates, replaceable and addressable replacement (NIP-01 §Kinds),
// ephemeral events, sequence numbers, deletion, and all-or-nothing batches.
#include "StoreTestSupport.h"

#include <QTest>

#include <algorithm>

using namespace roost;
using namespace roost::testsupport;
using store::WriteStatus;

namespace {

constexpr int64_t T0 = 1700000000;

/// Ids of every stored event, in seq order.
std::vector<std::string> storedIds(store::Database& db) {
    return idsOf(store::eventsAfter(db, 0, 100000));
}

/// Two events with the same key and created_at; returns {lower id, higher id}.
std::pair<nostr::Event, nostr::Event> sameSecond(uint8_t key, uint32_t kind, std::vector<nostr::Tag> tags) {
    nostr::Event a = signedEvent(key, kind, T0, tags, "version a");
    nostr::Event b = signedEvent(key, kind, T0, tags, "version b");
    if (b.id < a.id)
        std::swap(a, b);
    return {a, b};
}

} // namespace

class TestEventWriter : public QObject {
    Q_OBJECT
private slots:
    void storesAndReportsDuplicates() {
        TempStore tmp;
        auto db = tmp.open();
        const nostr::Event event = signedEvent(1, 1, T0, {}, "hello");
        const store::WriteResult first = writeEvent(*db, event);
        QCOMPARE(first.status, WriteStatus::Stored);
        QCOMPARE(first.reason, std::string());
        QCOMPARE(first.seq, uint64_t(1));
        QVERIFY(first.accepted());

        const store::WriteResult again = writeEvent(*db, event);
        QCOMPARE(again.status, WriteStatus::Duplicate);
        QCOMPARE(again.reason, std::string("duplicate: already have this event"));
        QVERIFY(again.accepted()); // OK true: the event is on disk

        const nostr::Event other = signedEvent(1, 1, T0, {}, "other");
        const auto batch = writeEvents(*db, {other, other});
        QCOMPARE(batch[0].status, WriteStatus::Stored);
        QCOMPARE(batch[1].status, WriteStatus::Duplicate);
        QCOMPARE(storedIds(*db), (std::vector<std::string>{hex(event.id), hex(other.id)}));
    }

    void replaceableNewerReplacesOlder_data() {
        QTest::addColumn<uint32_t>("kind");
        QTest::newRow("kind 0") << 0u;
        QTest::newRow("kind 3") << 3u;
        QTest::newRow("kind 10002") << 10002u;
    }
    void replaceableNewerReplacesOlder() {
        QFETCH(uint32_t, kind);
        TempStore tmp;
        auto db = tmp.open();
        const nostr::Event older = signedEvent(1, kind, T0, {{"p", "aa"}});
        const nostr::Event newer = signedEvent(1, kind, T0 + 10, {{"p", "bb"}});
        const nostr::Event otherAuthor = signedEvent(2, kind, T0);
        QCOMPARE(writeEvent(*db, older).status, WriteStatus::Stored);
        QCOMPARE(writeEvent(*db, otherAuthor).status, WriteStatus::Stored);
        const store::WriteResult replaced = writeEvent(*db, newer);
        QCOMPARE(replaced.status, WriteStatus::Stored);
        QCOMPARE(storedIds(*db), (std::vector<std::string>{hex(otherAuthor.id), hex(newer.id)}));
        // The replaced version's tag rows went with it.
        QCOMPARE(queryInt(*db, "SELECT count(*) FROM tags WHERE value = CAST('aa' AS BLOB)"), int64_t(0));
        QCOMPARE(queryInt(*db, "SELECT count(*) FROM tags WHERE value = CAST('bb' AS BLOB)"), int64_t(1));
    }

    void replaceableOlderIsSuperseded_data() { replaceableNewerReplacesOlder_data(); }
    void replaceableOlderIsSuperseded() {
        QFETCH(uint32_t, kind);
        TempStore tmp;
        auto db = tmp.open();
        const nostr::Event newer = signedEvent(1, kind, T0 + 10);
        const nostr::Event older = signedEvent(1, kind, T0);
        QCOMPARE(writeEvent(*db, newer).status, WriteStatus::Stored);
        const store::WriteResult late = writeEvent(*db, older);
        QCOMPARE(late.status, WriteStatus::Superseded);
        QCOMPARE(late.reason, std::string("duplicate: a newer version of this event is stored"));
        QVERIFY(!late.accepted());
        QCOMPARE(late.seq, uint64_t(0));
        QCOMPARE(storedIds(*db), (std::vector<std::string>{hex(newer.id)}));
    }

    void equalCreatedAtKeepsLowestId_data() {
        QTest::addColumn<uint32_t>("kind");
        QTest::addColumn<bool>("lowerFirst");
        for (uint32_t kind : {0u, 10002u, 30023u}) {
            QTest::addRow("kind %u, lower id first", kind) << kind << true;
            QTest::addRow("kind %u, higher id first", kind) << kind << false;
        }
    }
    void equalCreatedAtKeepsLowestId() {
        QFETCH(uint32_t, kind);
        QFETCH(bool, lowerFirst);
        TempStore tmp;
        auto db = tmp.open();
        const auto [lower, higher] = sameSecond(1, kind, {{"d", "article"}});
        QVERIFY(lower.id < higher.id);
        if (lowerFirst) {
            QCOMPARE(writeEvent(*db, lower).status, WriteStatus::Stored);
            QCOMPARE(writeEvent(*db, higher).status, WriteStatus::Superseded);
        } else {
            QCOMPARE(writeEvent(*db, higher).status, WriteStatus::Stored);
            QCOMPARE(writeEvent(*db, lower).status, WriteStatus::Stored);
        }
        QCOMPARE(storedIds(*db), (std::vector<std::string>{hex(lower.id)}));
    }

    void addressableByDTag() {
        TempStore tmp;
        auto db = tmp.open();
        const nostr::Event x1 = signedEvent(1, 30023, T0, {{"d", "x"}}, "x v1");
        const nostr::Event y1 = signedEvent(1, 30023, T0, {{"d", "y"}}, "y v1");
        const nostr::Event x2 = signedEvent(1, 30023, T0 + 1, {{"d", "x"}}, "x v2");
        const nostr::Event xOld = signedEvent(1, 30023, T0 - 1, {{"d", "x"}}, "x v0");
        const nostr::Event otherKind = signedEvent(1, 30024, T0, {{"d", "x"}});
        const nostr::Event otherAuthor = signedEvent(2, 30023, T0, {{"d", "x"}});
        for (const nostr::Event* e : {&x1, &y1, &otherKind, &otherAuthor})
            QCOMPARE(writeEvent(*db, *e).status, WriteStatus::Stored);
        QCOMPARE(writeEvent(*db, x2).status, WriteStatus::Stored);
        QCOMPARE(writeEvent(*db, xOld).status, WriteStatus::Superseded);
        QCOMPARE(storedIds(*db),
                 (std::vector<std::string>{hex(y1.id), hex(otherKind.id), hex(otherAuthor.id), hex(x2.id)}));
    }

    void addressableMissingDIsEmptyD() {
        TempStore tmp;
        auto db = tmp.open();
        const nostr::Event noD = signedEvent(1, 30000, T0, {{"p", "aa"}});
        const nostr::Event emptyD = signedEvent(1, 30000, T0 + 1, {{"d", ""}});
        const nostr::Event firstDCounts = signedEvent(1, 30000, T0 + 2, {{"d", ""}, {"d", "later"}});
        QCOMPARE(writeEvent(*db, noD).status, WriteStatus::Stored);
        QCOMPARE(writeEvent(*db, emptyD).status, WriteStatus::Stored);
        QCOMPARE(storedIds(*db), (std::vector<std::string>{hex(emptyD.id)}));
        QCOMPARE(writeEvent(*db, firstDCounts).status, WriteStatus::Stored);
        QCOMPARE(storedIds(*db), (std::vector<std::string>{hex(firstDCounts.id)}));
        QCOMPARE(writeEvent(*db, signedEvent(1, 30000, T0, {{"d", ""}})).status, WriteStatus::Superseded);
    }

    void regularEventsAreNeverReplaced() {
        TempStore tmp;
        auto db = tmp.open();
        const auto [a, b] = sameSecond(1, 1, {{"d", "same"}});
        const nostr::Event c = signedEvent(1, 1, T0 + 5, {{"d", "same"}});
        QCOMPARE(writeEvent(*db, a).status, WriteStatus::Stored);
        QCOMPARE(writeEvent(*db, b).status, WriteStatus::Stored);
        QCOMPARE(writeEvent(*db, c).status, WriteStatus::Stored);
        QCOMPARE(storedIds(*db).size(), size_t(3));
        QCOMPARE(queryInt(*db, "SELECT count(*) FROM events WHERE d_tag IS NOT NULL"), int64_t(0));
    }

    void replacementInsideOneBatch() {
        TempStore tmp;
        auto db = tmp.open();
        const nostr::Event v1 = signedEvent(1, 3, T0);
        const nostr::Event v2 = signedEvent(1, 3, T0 + 1);
        const nostr::Event v3 = signedEvent(1, 3, T0 + 2);
        const auto results = writeEvents(*db, {v1, v3, v2});
        QCOMPARE(results[0].status, WriteStatus::Stored);
        QCOMPARE(results[1].status, WriteStatus::Stored);
        QCOMPARE(results[2].status, WriteStatus::Superseded);
        QVERIFY(results[1].seq > results[0].seq);
        QCOMPARE(storedIds(*db), (std::vector<std::string>{hex(v3.id)}));
    }

    void ephemeralIsRejected() {
        TempStore tmp;
        auto db = tmp.open();
        for (uint32_t kind : {20000u, 22242u, 29999u}) {
            const store::WriteResult r = writeEvent(*db, signedEvent(1, kind, T0));
            QCOMPARE(r.status, WriteStatus::Rejected);
            QCOMPARE(r.reason, std::string("invalid: ephemeral events are not stored"));
            QVERIFY(!r.accepted());
        }
        QCOMPARE(writeEvent(*db, signedEvent(1, 19999, T0)).status, WriteStatus::Stored); // replaceable
        QCOMPARE(writeEvent(*db, signedEvent(1, 30000, T0)).status, WriteStatus::Stored); // addressable
        QCOMPARE(storedIds(*db).size(), size_t(2));
    }

    void seqsIncreaseAndAreNeverReused() {
        TempStore tmp;
        auto db = tmp.open();
        const auto first =
            writeEvents(*db, {signedEvent(1, 1, T0), signedEvent(1, 1, T0 + 1), signedEvent(1, 1, T0 + 2)});
        QCOMPARE(first[0].seq, uint64_t(1));
        QCOMPARE(first[1].seq, uint64_t(2));
        QCOMPARE(first[2].seq, uint64_t(3));

        const uint64_t highest[] = {3};
        QCOMPARE(store::EventWriter(*db).deleteBySeq(highest), uint64_t(1));
        QCOMPARE(db->maxSeq(), uint64_t(2));
        const store::WriteResult next = writeEvent(*db, signedEvent(1, 1, T0 + 3));
        QCOMPARE(next.seq, uint64_t(4)); // 3 is gone for good

        // A replacement gets a fresh, higher seq too.
        const store::WriteResult profile = writeEvent(*db, signedEvent(1, 0, T0));
        const store::WriteResult newer = writeEvent(*db, signedEvent(1, 0, T0 + 1));
        QCOMPARE(profile.seq, uint64_t(5));
        QCOMPARE(newer.seq, uint64_t(6));
        const uint64_t replaced[] = {5};
        QCOMPARE(store::EventWriter(*db).deleteBySeq(replaced), uint64_t(0));
    }

    void deleteBySeqRemovesEventAndTagRows() {
        TempStore tmp;
        auto db = tmp.open();
        const nostr::Event tagged = signedEvent(
            1, 1, T0, {{"e", std::string(64, 'a')}, {"t", "x"}, {"t", "x"}, {"title", "long name"}});
        const nostr::Event keep = signedEvent(2, 1, T0, {{"t", "x"}});
        const auto results = writeEvents(*db, {tagged, keep});
        QCOMPARE(queryInt(*db, "SELECT count(*) FROM tags"), int64_t(3)); // e, t (once), t of keep
        const uint64_t seqs[] = {results[0].seq, 999};
        QCOMPARE(store::EventWriter(*db).deleteBySeq(seqs), uint64_t(1));
        QCOMPARE(queryInt(*db, "SELECT count(*) FROM tags"), int64_t(1));
        QCOMPARE(storedIds(*db), (std::vector<std::string>{hex(keep.id)}));
    }

    void failedBatchStoresNothing() {
        TempStore tmp;
        auto db = tmp.open();
        // A statement failing in the middle of a batch (here forced by a trigger) must undo the
        // whole batch, and the connection must stay usable.
        db->exec("CREATE TEMP TRIGGER refuse_kind_4242 AFTER INSERT ON events WHEN NEW.kind = 4242 "
                 "BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
        const nostr::Event good = signedEvent(1, 1, T0);
        const nostr::Event bad = signedEvent(1, 4242, T0);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, writeEvents(*db, {good, bad}));
        QCOMPARE(db->maxSeq(), uint64_t(0));
        QCOMPARE(queryInt(*db, "SELECT count(*) FROM events"), int64_t(0));
        QCOMPARE(writeEvent(*db, good).status, WriteStatus::Stored);
    }

    void lockedDatabaseThrowsAndStoresNothing() {
        TempStore tmp;
        auto other = tmp.open();
        store::Database::Options impatient;
        impatient.busyTimeoutMs = 0;
        auto db = store::Database::open(tmp.path(), impatient);
        other->exec("BEGIN IMMEDIATE");
        QVERIFY_THROWS_EXCEPTION(store::StoreError, writeEvent(*db, signedEvent(1, 1, T0)));
        other->exec("ROLLBACK");
        QCOMPARE(db->maxSeq(), uint64_t(0));
        QCOMPARE(writeEvent(*db, signedEvent(1, 1, T0)).status, WriteStatus::Stored);
    }
};

QTEST_GUILESS_MAIN(TestEventWriter)
#include "TestEventWriter.moc"
