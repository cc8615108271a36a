// unit.store.Reports: the moderation queue filled by NIP-56 reports (kind 1984) about events and
// keys on this relay, counted once per reporter and type, dismissed, and emptied by a ban.
#include "StoreTestSupport.h"

#include "store/EventWriter.h"
#include "store/Reports.h"
#include "store/Tombstones.h"

using namespace roost;
using namespace roost::testsupport;

namespace {

nostr::Event reportOfEvent(uint8_t reporter, const nostr::Event& target, const std::string& type, int64_t at) {
    return signedEvent(reporter, 1984, at, {{"e", hex(target.id), type}, {"p", nostr::toHex(target.pubkey)}});
}

nostr::Event reportOfKey(uint8_t reporter, const nostr::PubKey& key, const std::string& type, int64_t at) {
    return signedEvent(reporter, 1984, at, {{"p", nostr::toHex(key), type}});
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT
private slots:
    void reportsOfStoredEventsAndKeysFillTheQueue() {
        TempStore tmp;
        auto db = tmp.open();
        const auto spam = signedEvent(1, 1, 1000, {}, "buy now");
        const auto fine = signedEvent(2, 1, 1000, {}, "hello");
        writeEvents(*db, {spam, fine});
        const auto notHere = signedEvent(3, 1, 1000, {}, "never stored");

        QVERIFY(writeEvent(*db, reportOfEvent(10, spam, "spam", 1100)).accepted());
        QVERIFY(writeEvent(*db, reportOfEvent(11, spam, "spam", 1101)).accepted());
        QVERIFY(writeEvent(*db, reportOfEvent(11, spam, "spam", 1102)).accepted()); // the same key again: once
        QVERIFY(writeEvent(*db, reportOfEvent(12, spam, "illegal", 1103)).accepted());
        QVERIFY(writeEvent(*db, reportOfEvent(12, notHere, "spam", 1104)).accepted()); // not on this relay
        QVERIFY(writeEvent(*db, reportOfKey(13, fine.pubkey, "impersonation", 1105)).accepted());
        QVERIFY(writeEvent(*db, reportOfKey(13, notHere.pubkey, "spam", 1106)).accepted()); // no events here

        const auto queue = store::reportQueue(*db, 100);
        QCOMPARE(queue.size(), size_t(3));
        QCOMPARE(hex(queue[0].target), hex(spam.id));
        QVERIFY(queue[0].isEvent);
        QCOMPARE(queue[0].reportType, std::string("spam"));
        QCOMPARE(queue[0].count, uint64_t(2));
        QCOMPARE(queue[0].reporters.size(), size_t(2));
        QCOMPARE(queue[0].lastAt, int64_t(1102));
        // Ties on count: newest first.
        QCOMPARE(hex(queue[1].target), nostr::toHex(fine.pubkey));
        QVERIFY(!queue[1].isEvent);
        QCOMPARE(queue[1].reportType, std::string("impersonation"));
        QCOMPARE(hex(queue[2].target), hex(spam.id));
        QCOMPARE(queue[2].reportType, std::string("illegal"));
        QCOMPARE(store::reportQueue(*db, 1).size(), size_t(1));
    }

    void dismissAndBanEmptyTheQueue() {
        TempStore tmp;
        auto db = tmp.open();
        const auto a = signedEvent(1, 1, 1000, {}, "a");
        const auto b = signedEvent(2, 1, 1000, {}, "b");
        writeEvents(*db, {a, b});
        writeEvent(*db, reportOfEvent(10, a, "spam", 1100));
        writeEvent(*db, reportOfEvent(10, b, "nudity", 1100));
        writeEvent(*db, reportOfKey(11, b.pubkey, "spam", 1100));
        QCOMPARE(store::reportQueue(*db, 100).size(), size_t(3));
        QCOMPARE(store::dismissReports(*db, b.pubkey), uint64_t(1));
        QCOMPARE(store::reportQueue(*db, 100).size(), size_t(2));
        // Banning an event deals with its reports, and a ban sticks: the event is refused again.
        QVERIFY(store::EventWriter(*db).banEvent(a.id, "spam", 1200));
        const auto left = store::reportQueue(*db, 100);
        QCOMPARE(left.size(), size_t(1));
        QCOMPARE(hex(left[0].target), hex(b.id));
        const auto again = writeEvent(*db, a);
        QVERIFY(!again.accepted());
        QVERIFY(again.reason.rfind("blocked:", 0) == 0);
    }

    void malformedReportsRecordNothing() {
        TempStore tmp;
        auto db = tmp.open();
        const auto a = signedEvent(1, 1, 1000, {}, "a");
        writeEvent(*db, a);
        writeEvent(*db, signedEvent(10, 1984, 1100, {{"e", "nothex"}, {"p"}, {"e", hex(a.id).substr(0, 10), "spam"}}));
        QVERIFY(store::reportQueue(*db, 100).empty());
        // An unknown report type is kept as "other".
        writeEvent(*db, reportOfEvent(10, a, "i-do-not-like-it", 1101));
        const auto queue = store::reportQueue(*db, 100);
        QCOMPARE(queue.size(), size_t(1));
        QCOMPARE(queue[0].reportType, std::string("other"));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "TestReports.moc"
