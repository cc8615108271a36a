// unit.store.Tombstones: NIP-09 deletion requests, NIP-62 requests to vanish, NIP-86 banned
// events, moderation deletes, exact COUNT with expired rows, and the in-place schema migration.
#include "StoreTestSupport.h"

#include "nostr/Filter.h"
#include "nostr/Hex.h"
#include "store/EventWriter.h"
#include "store/FilterScan.h"
#include "store/Tombstones.h"

#include <ctime>

using namespace roost;
using namespace roost::testsupport;

namespace {

nostr::Filter byAuthor(const nostr::Event& e) {
    nostr::Filter f;
    f.authors = std::vector<nostr::PubKey>{e.pubkey};
    return f;
}

std::string address(const nostr::Event& e, std::string_view d) {
    return std::to_string(e.kind) + ":" + nostr::toHex(e.pubkey) + ":" + std::string(d);
}

bool stored(store::Database& db, const nostr::Event& e) {
    nostr::Filter f;
    f.ids = std::vector<nostr::Id>{e.id};
    return store::countEvents(db, {f}) == 1;
}

} // namespace

class TestTombstones : public QObject {
    Q_OBJECT
private slots:
    void deletionByIdRemovesOnlyTheAuthorsEventsAndKeepsTheRequest() {
        TempStore tmp;
        auto db = tmp.open();
        const auto mine = signedEvent(1, 1, 1000, {}, "mine");
        const auto theirs = signedEvent(2, 1, 1000, {}, "theirs");
        writeEvents(*db, {mine, theirs});
        const auto request = signedEvent(1, 5, 1100, {{"e", hex(mine.id)}, {"e", hex(theirs.id)}, {"k", "1"}});
        QVERIFY(writeEvent(*db, request).accepted());
        QVERIFY(!stored(*db, mine));
        QVERIFY(stored(*db, theirs)); // another author's event is not the requester's to delete
        QVERIFY(stored(*db, request)); // NIP-09: deletion requests are kept and served

        const auto again = writeEvent(*db, mine);
        QCOMPARE(again.status, store::WriteStatus::Rejected);
        QVERIFY(again.reason.starts_with("blocked:"));
        QVERIFY(!stored(*db, mine));
    }

    void deletionBeforeTheEventKeepsItOut() {
        TempStore tmp;
        auto db = tmp.open();
        const auto late = signedEvent(3, 1, 1000, {}, "arrives after its deletion");
        QVERIFY(writeEvent(*db, signedEvent(3, 5, 1100, {{"e", hex(late.id)}})).accepted());
        QCOMPARE(writeEvent(*db, late).status, store::WriteStatus::Rejected);
        // The same id claimed by a different author's deletion request does not block the author.
        const auto other = signedEvent(4, 1, 1000, {}, "not deleted");
        QVERIFY(writeEvent(*db, signedEvent(5, 5, 1100, {{"e", hex(other.id)}})).accepted());
        QCOMPARE(writeEvent(*db, other).status, store::WriteStatus::Stored);
    }

    void deletingADeletionRequestHasNoEffect() {
        TempStore tmp;
        auto db = tmp.open();
        const auto note = signedEvent(1, 1, 1000);
        const auto request = signedEvent(1, 5, 1100, {{"e", hex(note.id)}});
        writeEvents(*db, {note, request});
        QVERIFY(writeEvent(*db, signedEvent(1, 5, 1200, {{"e", hex(request.id)}})).accepted());
        QVERIFY(stored(*db, request));
        QVERIFY(!stored(*db, note));
    }

    void deletionByAddressRemovesVersionsUpToTheRequest() {
        TempStore tmp;
        auto db = tmp.open();
        const auto v1 = signedEvent(1, 30023, 1000, {{"d", "post"}}, "v1");
        const auto otherD = signedEvent(1, 30023, 1000, {{"d", "other"}});
        const auto profile = signedEvent(1, 0, 1000, {}, "{}");
        writeEvents(*db, {v1, otherD, profile});
        const auto request = signedEvent(1, 5, 1500,
                                         {{"a", address(v1, "post")}, {"a", address(profile, "")},
                                          {"a", "30023:" + nostr::toHex(signedEvent(2, 1, 0).pubkey) + ":post"}});
        QVERIFY(writeEvent(*db, request).accepted());
        QVERIFY(!stored(*db, v1));
        QVERIFY(!stored(*db, profile));
        QVERIFY(stored(*db, otherD));

        const auto older = signedEvent(1, 30023, 1400, {{"d", "post"}}, "older than the request");
        QCOMPARE(writeEvent(*db, older).status, store::WriteStatus::Rejected);
        const auto newer = signedEvent(1, 30023, 1600, {{"d", "post"}}, "newer than the request");
        QCOMPARE(writeEvent(*db, newer).status, store::WriteStatus::Stored);
        // Another author's address with the same kind and d is untouched by this request.
        QCOMPARE(writeEvent(*db, signedEvent(2, 30023, 1000, {{"d", "post"}})).status, store::WriteStatus::Stored);
    }

    void vanishDeletesEverythingOfThePubkeyAndItsGiftWraps() {
        TempStore tmp;
        auto db = tmp.open();
        const auto note = signedEvent(7, 1, 1000);
        const auto deletion = signedEvent(7, 5, 1010, {{"e", "00"}});
        const auto profile = signedEvent(7, 0, 1020, {}, "{}");
        const auto afterwards = signedEvent(7, 1, 3000, {}, "after the request");
        const std::string who = nostr::toHex(note.pubkey);
        const auto wrap = signedEvent(8, 1059, 900, {{"p", who}}, "sealed");
        const auto wrapToOther = signedEvent(8, 1059, 900, {{"p", nostr::toHex(wrap.pubkey)}}, "sealed");
        const auto bystander = signedEvent(9, 1, 1000);
        writeEvents(*db, {note, deletion, profile, afterwards, wrap, wrapToOther, bystander});

        const auto vanish = signedEvent(7, 62, 2000, {{"relay", "ALL_RELAYS"}}, "gone");
        QCOMPARE(writeEvent(*db, vanish).status, store::WriteStatus::Stored);
        QCOMPARE(store::countEvents(*db, {byAuthor(note)}), uint64_t(2)); // the request and `afterwards`
        QVERIFY(stored(*db, vanish));
        QVERIFY(stored(*db, afterwards));
        QVERIFY(!stored(*db, wrap));
        QVERIFY(stored(*db, wrapToOther));
        QVERIFY(stored(*db, bystander));

        for (const auto& e : {note, profile, wrap}) {
            const auto r = writeEvent(*db, e);
            QCOMPARE(r.status, store::WriteStatus::Rejected);
            QVERIFY(r.reason.starts_with("blocked:"));
        }
        QCOMPARE(writeEvent(*db, signedEvent(7, 1, 2500)).status, store::WriteStatus::Stored);
        // A deletion request cannot undo a request to vanish.
        QVERIFY(writeEvent(*db, signedEvent(7, 5, 2600, {{"e", hex(vanish.id)}})).accepted());
        QVERIFY(stored(*db, vanish));
    }

    void bannedEventsAreDeletedKeptOutAndListed() {
        TempStore tmp;
        auto db = tmp.open();
        const auto spam = signedEvent(1, 1, 1000, {}, "spam");
        writeEvent(*db, spam);
        store::EventWriter writer(*db);
        QVERIFY(writer.banEvent(spam.id, "spam", 5000));
        QVERIFY(!stored(*db, spam));
        QVERIFY(writeEvent(*db, spam).reason.starts_with("blocked:"));
        const auto list = store::bannedEvents(*db);
        QCOMPARE(list.size(), size_t(1));
        QCOMPARE(hex(list[0].id), hex(spam.id));
        QCOMPARE(list[0].reason, std::string("spam"));
        QCOMPARE(list[0].bannedAt, int64_t(5000));
        QVERIFY(writer.unbanEvent(spam.id));
        QVERIFY(!writer.unbanEvent(spam.id));
        QCOMPARE(writeEvent(*db, spam).status, store::WriteStatus::Stored);
        // Banning an id not stored still keeps it out.
        const auto future = signedEvent(2, 1, 1000);
        QVERIFY(!writer.banEvent(future.id, "", 5000));
        QCOMPARE(writeEvent(*db, future).status, store::WriteStatus::Rejected);
    }

    void deleteMatchingIgnoresLimitsAndLeavesNoTombstone() {
        TempStore tmp;
        auto db = tmp.open();
        std::vector<nostr::Event> events;
        for (int i = 0; i < 5; ++i) events.push_back(signedEvent(1, 1, 1000 + i));
        events.push_back(signedEvent(2, 1, 1000));
        writeEvents(*db, events);
        nostr::Filter f = byAuthor(events[0]);
        f.limit = 2;
        QCOMPARE(store::EventWriter(*db).deleteMatching({f}), uint64_t(5));
        QCOMPARE(queryInt(*db, "SELECT count(*) FROM events"), int64_t(1));
        QCOMPARE(writeEvent(*db, events[0]).status, store::WriteStatus::Stored);
    }

    void countSkipsExpiredRowsOnAPureIndexWalk() {
        TempStore tmp;
        auto db = tmp.open();
        const int64_t now = int64_t(std::time(nullptr));
        writeEvents(*db, {signedEvent(1, 1, now - 100, {{"expiration", std::to_string(now - 10)}}),
                          signedEvent(1, 1, now - 90), signedEvent(2, 1, now - 80)});
        nostr::Filter kinds;
        kinds.kinds = std::vector<uint32_t>{1};
        QCOMPARE(store::countEvents(*db, {kinds}), uint64_t(2));
        nostr::Filter everything;
        QCOMPARE(store::countEvents(*db, {everything, kinds}), uint64_t(2));
    }

    void version1StoreIsMigratedInPlace() {
        TempStore tmp;
        const auto expiring = signedEvent(1, 1, 1000, {{"expiration", "4000000000"}});
        const auto bogus = signedEvent(1, 1, 1001, {{"expiration", "soon"}});
        const auto plain = signedEvent(2, 1, 1002);
        {
            auto db = tmp.open();
            writeEvents(*db, {expiring, bogus, plain});
            // Take the file back to schema 1, as an earlier build left it.
            db->exec("DROP TABLE held_events; DROP TRIGGER kind_counts_insert; DROP TRIGGER kind_counts_delete; DROP TABLE kind_counts;"
                     "DROP TABLE deleted_ids; DROP TABLE deleted_addresses; DROP TABLE vanished;"
                     "DROP TABLE banned_events; DROP TABLE reports; DROP INDEX events_by_expiration;"
                     "ALTER TABLE events DROP COLUMN expiration; PRAGMA user_version=1");
        }
        auto db = tmp.open();
        QCOMPARE(db->schemaVersion(), store::Database::kSchemaVersion);
        QCOMPARE(queryInt(*db, "SELECT count(*) FROM events"), int64_t(3));
        QCOMPARE(queryInt(*db, "SELECT count(*) FROM events WHERE expiration = 4000000000"), int64_t(1));
        QCOMPARE(queryInt(*db, "SELECT count(*) FROM events WHERE expiration IS NOT NULL"), int64_t(1));
        QCOMPARE(queryInt(*db, "SELECT count(*) FROM banned_events"), int64_t(0));
        QCOMPARE(queryInt(*db, "SELECT count(*) FROM reports"), int64_t(0));
        QVERIFY(writeEvent(*db, signedEvent(2, 5, 1100, {{"e", hex(plain.id)}})).accepted());
        QVERIFY(!stored(*db, plain));
    }
};

QTEST_GUILESS_MAIN(TestTombstones)
#include "TestTombstones.moc"
