// unit.store.StoreStats: the per-kind counts kept by the kind_counts triggers always equal a full
// GROUP BY kind over the unexpired events, through inserts, replacements, deletions, bans,
// expiry clean-up and the migration that fills them in an existing store.
#include "StoreTestSupport.h"

#include "store/StoreStats.h"
#include "store/Statement.h"
#include "store/Tombstones.h"

#include <map>

using namespace roost;
using namespace roost::testsupport;

namespace {

constexpr int64_t kNow = 1700000000;

// The reference: a full scan of the events table, without the expired rows.
std::map<uint32_t, uint64_t> fullCount(store::Database& db, int64_t now) {
    std::map<uint32_t, uint64_t> out;
    store::Statement q(db, "SELECT kind, count(*) FROM events WHERE expiration IS NULL OR expiration > ?1 GROUP BY kind");
    q.bind(1, now);
    while (q.step()) out[uint32_t(q.columnInt(0))] = uint64_t(q.columnInt(1));
    return out;
}

QString describe(const std::map<uint32_t, uint64_t>& m) {
    QStringList parts;
    for (const auto& [k, n] : m) parts << QStringLiteral("%1:%2").arg(k).arg(n);
    return parts.join(QLatin1Char(' '));
}

void expectMatchesFullCount(store::Database& db, int64_t now) {
    const store::StoreStats stats = store::computeStats(db, now);
    const auto reference = fullCount(db, now);
    QVERIFY2(stats.byKind == reference,
             qPrintable(QStringLiteral("kept %1, full count %2").arg(describe(stats.byKind), describe(reference))));
    uint64_t total = 0;
    for (const auto& [k, n] : reference) total += n;
    QCOMPARE(stats.events, total);
}

} // namespace

class TestStoreStats : public QObject {
    Q_OBJECT
private slots:
    void countsFollowEveryWrite() {
        TempStore tmp;
        auto db = tmp.open();
        expectMatchesFullCount(*db, kNow);
        QVERIFY(store::computeStats(*db, kNow).byKind.empty());

        const auto note1 = signedEvent(1, 1, kNow - 50);
        const auto note2 = signedEvent(1, 1, kNow - 40);
        const auto note3 = signedEvent(2, 1, kNow - 30);
        const auto profileOld = signedEvent(1, 0, kNow - 100, {}, "old");
        const auto profileNew = signedEvent(1, 0, kNow - 10, {}, "new");
        const auto listOld = signedEvent(2, 30000, kNow - 100, {{"d", "x"}});
        const auto listNew = signedEvent(2, 30000, kNow - 5, {{"d", "x"}});
        const auto expired = signedEvent(3, 7, kNow - 60, {{"expiration", std::to_string(kNow - 1)}});
        const auto expiresLater = signedEvent(3, 7, kNow - 60, {{"expiration", std::to_string(kNow + 100)}});
        writeEvents(*db, {note1, note2, note3, profileOld, listOld, expired, expiresLater});
        expectMatchesFullCount(*db, kNow);
        QCOMPARE(store::computeStats(*db, kNow).byKind.at(7), uint64_t(1)); // the expired one is not counted
        QCOMPARE(store::computeStats(*db, kNow - 2).byKind.at(7), uint64_t(2));

        // Replacements delete the older version in the same transaction.
        writeEvents(*db, {profileNew, listNew});
        expectMatchesFullCount(*db, kNow);
        QCOMPARE(store::computeStats(*db, kNow).byKind.at(0), uint64_t(1));
        QCOMPARE(store::computeStats(*db, kNow).byKind.at(30000), uint64_t(1));

        // A duplicate changes nothing.
        writeEvents(*db, {note1});
        expectMatchesFullCount(*db, kNow);

        // NIP-09 deletion: the note goes, the kind 5 request is stored.
        writeEvent(*db, signedEvent(1, 5, kNow - 1, {{"e", hex(note1.id)}}));
        expectMatchesFullCount(*db, kNow);
        QCOMPARE(store::computeStats(*db, kNow).byKind.at(1), uint64_t(2));
        QCOMPARE(store::computeStats(*db, kNow).byKind.at(5), uint64_t(1));

        // An operator ban and the expiry clean-up.
        QVERIFY(store::banEvent(*db, note3.id, "spam", kNow));
        expectMatchesFullCount(*db, kNow);
        QCOMPARE(store::EventWriter(*db).deleteExpired(kNow), uint64_t(1));
        expectMatchesFullCount(*db, kNow);
        QCOMPARE(store::EventWriter(*db).deleteExpired(kNow + 200), uint64_t(1));
        expectMatchesFullCount(*db, kNow + 200);
        QVERIFY(!store::computeStats(*db, kNow + 200).byKind.contains(7)); // no kind with 0 events
        QCOMPARE(queryInt(*db, "SELECT sum(n) FROM kind_counts"), queryInt(*db, "SELECT count(*) FROM events"));
    }

    void manyEventsAndTheMigrationThatFillsTheCounts() {
        TempStore tmp;
        {
            auto db = tmp.open();
            std::vector<nostr::Event> events;
            for (int i = 0; i < 300; ++i) {
                const uint32_t kind = uint32_t(i % 3 == 0 ? 1 : i % 3 == 1 ? 7 : 10000 + i % 5); // 10000+: replaceable
                std::vector<nostr::Tag> tags;
                if (i % 11 == 0) tags.push_back({"expiration", std::to_string(kNow + (i % 2 ? 50 : -50))});
                events.push_back(signedEvent(uint8_t(1 + i % 4), kind, kNow - 1000 + i, tags, std::to_string(i)));
            }
            writeEvents(*db, events);
            expectMatchesFullCount(*db, kNow);
            // Back to schema 3, as a store written by an earlier build: no counts table.
            db->exec("DROP TABLE held_events; DROP TRIGGER kind_counts_insert; DROP TRIGGER kind_counts_delete; DROP TABLE kind_counts;"
                     "DROP TABLE reports; PRAGMA user_version=3");
        }
        auto db = tmp.open();
        QCOMPARE(db->schemaVersion(), store::Database::kSchemaVersion);
        expectMatchesFullCount(*db, kNow);
        expectMatchesFullCount(*db, kNow + 100);
        QVERIFY(store::computeStats(*db, kNow).events > 100);
        writeEvent(*db, signedEvent(9, 1, kNow));
        expectMatchesFullCount(*db, kNow);
    }
};

QTEST_GUILESS_MAIN(TestStoreStats)
#include "TestStoreStats.moc"
