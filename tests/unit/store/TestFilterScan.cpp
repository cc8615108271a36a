// unit.store.FilterScan: the index plan, every index path, NIP-01 result order and limits,
// since/until, snapshots, pausing and interleaving scans, tag semantics, counts.
#include "StoreTestSupport.h"

#include "nostr/Filter.h"
#include "store/IndexScan.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <map>

using namespace roost;
using namespace roost::testsupport;
using store::ScanIndex;

Q_DECLARE_METATYPE(ScanIndex)

namespace {

std::string pubkeyHex(uint8_t key) {
    return nostr::toHex(nostr::publicKeyOf(testKey(key)));
}

/// The fixture: small and hand-made, so each test can name the events it expects.
struct Fixture {
    std::map<std::string, nostr::Event> byName;
    const nostr::Event& operator[](const std::string& name) const { return byName.at(name); }
    std::string id(const std::string& name) const { return hex(byName.at(name).id); }
};

Fixture makeFixture(store::Database& db) {
    Fixture f;
    const std::string x(64, 'e');
    f.byName = {
        {"e1", signedEvent(1, 1, 100, {{"t", "a"}}, "e1")},
        {"e2", signedEvent(1, 7, 200, {{"e", x}, {"p", pubkeyHex(2)}}, "e2")},
        {"e3", signedEvent(2, 1, 200, {{"t", "a"}, {"t", "b"}}, "e3")},
        {"e4", signedEvent(2, 1, 200, {{"t", "b"}}, "e4")},
        {"e5", signedEvent(3, 7, 300, {{"t", "c"}, {"p", pubkeyHex(1)}}, "e5")},
        {"e6", signedEvent(3, 1, 50, {{"t", "z", "a"}, {"t"}}, "e6")},
        {"e7", signedEvent(1, 1, 200, {{"tt", "a"}, {"T", "a"}}, "e7")},
        {"e8", signedEvent(2, 30023, 150, {{"d", "x"}, {"t", "a"}}, "e8")},
    };
    std::vector<nostr::Event> all;
    for (const auto& [name, event] : f.byName)
        all.push_back(event);
    writeEvents(db, all);
    return f;
}

nostr::Filter filter(const std::string& json) {
    return nostr::parseFilter(json);
}

std::vector<std::string> query(store::Database& db, const std::string& json, uint32_t defaultLimit = 100) {
    return idsOf(store::queryEvents(db, {filter(json)}, defaultLimit));
}

/// The named events in NIP-01 order: created_at descending, then lowest id first.
std::vector<std::string> expected(const Fixture& f, std::vector<std::string> names) {
    std::vector<const nostr::Event*> events;
    for (const std::string& name : names)
        events.push_back(&f[name]);
    std::sort(events.begin(), events.end(), [](const nostr::Event* a, const nostr::Event* b) {
        return a->createdAt != b->createdAt ? a->createdAt > b->createdAt : a->id < b->id;
    });
    std::vector<std::string> ids;
    for (const nostr::Event* e : events)
        ids.push_back(hex(e->id));
    return ids;
}

/// Runs a scan to the end in steps of `step` results; fails the test if next() reports done
/// before the end or results after it.
std::vector<std::string> runScan(store::FilterScan& scan, size_t step) {
    std::vector<store::StoredEvent> out;
    size_t calls = 0;
    while (!scan.next(out, step)) {
        if (++calls > 10000)
            break;
    }
    const size_t size = out.size();
    if (!scan.next(out, step) || out.size() != size)
        return {"next() returned more after done"};
    return idsOf(out);
}

} // namespace

// The slots are defined below the class: moc (Qt 6.4) loses the class when a raw string literal
// appears inside its body.
class TestFilterScan : public QObject {
    Q_OBJECT

    TempStore m_tmp;
    std::unique_ptr<store::Database> m_db;
    Fixture m_f;

private slots:
    void initTestCase();
    void planIndex_data();
    void planIndex();
    void tagScanWalksTheLetterWithFewestValues();
    void eachIndexPath_data();
    void eachIndexPath();
    void newestFirstWithLowestIdOnTies();
    void limits();
    void sinceUntilAreInclusive();
    void snapshotSeqHidesNewerRows();
    void pausingGivesTheSameSequence_data();
    void pausingGivesTheSameSequence();
    void interleavedScansOnOneConnection();
    void eventDeletedWhilePausedIsSkipped();
    void tagsMatchOnlyTheFirstValueOfSingleLetterTags();
    void eventWithTwoMatchingTagValuesComesOnce();
    void queryEventsUnionsFiltersInOrder();
    void countEventsIsExactAndIgnoresLimit();
    void countScanInStepsAgreesWithCountEvents();
    void countScanHonoursItsSnapshot();
    void eventsAfterGivesSeqOrder();
    void manyAuthorsSmallLimitReadsFewRows();
    void walkStatementsAreIndexWalksWithoutSorting_data();
    void walkStatementsAreIndexWalksWithoutSorting();
};

void TestFilterScan::initTestCase() {
    m_db = m_tmp.open();
    m_f = makeFixture(*m_db);
}

void TestFilterScan::planIndex_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<ScanIndex>("index");
    const QString p1 = QString::fromStdString(pubkeyHex(1));
    const QString id = QString(64, QLatin1Char('a'));
    QTest::newRow("nothing") << QStringLiteral("{}") << ScanIndex::CreatedAt;
    QTest::newRow("since/until") << QStringLiteral(R"({"since":1,"until":5})") << ScanIndex::CreatedAt;
    QTest::newRow("kinds") << QStringLiteral(R"({"kinds":[1]})") << ScanIndex::Kind;
    QTest::newRow("authors") << QStringLiteral(R"({"authors":["%1"]})").arg(p1) << ScanIndex::Author;
    QTest::newRow("authors+kinds") << QStringLiteral(R"({"authors":["%1"],"kinds":[1]})").arg(p1)
                                   << ScanIndex::AuthorKind;
    QTest::newRow("tag beats authors+kinds")
        << QStringLiteral(R"({"authors":["%1"],"kinds":[1],"#t":["a"]})").arg(p1) << ScanIndex::Tag;
    QTest::newRow("ids beat everything")
        << QStringLiteral(R"({"ids":["%1"],"authors":["%2"],"#t":["a"]})").arg(id, p1) << ScanIndex::Ids;
}

void TestFilterScan::planIndex() {
    QFETCH(QString, json);
    QFETCH(ScanIndex, index);
    QCOMPARE(int(store::planIndex(filter(json.toStdString()))), int(index));
}

void TestFilterScan::tagScanWalksTheLetterWithFewestValues() {
    QCOMPARE(store::scannedTag(filter(R"({"#d":["1","2"],"#t":["a"]})")).letter, 't');
    QCOMPARE(store::scannedTag(filter(R"({"#d":["1"],"#t":["a"]})")).letter, 'd');
    QCOMPARE(query(*m_db, R"({"#t":["a","b","c"],"#p":[")" + pubkeyHex(1) + R"("]})"), expected(m_f, {"e5"}));
}

void TestFilterScan::eachIndexPath_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("names"); // space-separated fixture names
    const QString p1 = QString::fromStdString(pubkeyHex(1));
    const QString p2 = QString::fromStdString(pubkeyHex(2));
    const QString e1 = QString::fromStdString(m_f.id("e1"));
    const QString e3 = QString::fromStdString(m_f.id("e3"));
    const QString unknown = QString(64, QLatin1Char('0'));
    auto row = [](const char* name, const QString& json, const char* names) {
        QTest::newRow(name) << json << QString::fromLatin1(names);
    };
    row("created_at", QStringLiteral("{}"), "e1 e2 e3 e4 e5 e6 e7 e8");
    row("kind", QStringLiteral(R"({"kinds":[1]})"), "e1 e3 e4 e6 e7");
    row("kinds", QStringLiteral(R"({"kinds":[7,30023,5]})"), "e2 e5 e8");
    row("author", QStringLiteral(R"({"authors":["%1"]})").arg(p1), "e1 e2 e7");
    row("authors", QStringLiteral(R"({"authors":["%1","%2"]})").arg(p1, p2), "e1 e2 e3 e4 e7 e8");
    row("author+kind", QStringLiteral(R"({"authors":["%1","%2"],"kinds":[1]})").arg(p1, p2), "e1 e3 e4 e7");
    row("tag", QStringLiteral(R"({"#t":["a"]})"), "e1 e3 e8");
    row("tag values", QStringLiteral(R"({"#t":["a","b","c"]})"), "e1 e3 e4 e5 e8");
    row("tag + authors", QStringLiteral(R"({"#t":["a"],"authors":["%1"]})").arg(p2), "e3 e8");
    row("tag + kinds", QStringLiteral(R"({"#t":["a","b"],"kinds":[1]})"), "e1 e3 e4");
    row("two letters", QStringLiteral(R"({"#t":["c"],"#p":["%1"]})").arg(p1), "e5");
    row("two letters, no match", QStringLiteral(R"({"#t":["a"],"#p":["%1"]})").arg(p1), "");
    row("#d", QStringLiteral(R"({"#d":["x"]})"), "e8");
    row("uppercase letter", QStringLiteral(R"({"#T":["a"]})"), "e7");
    row("ids", QStringLiteral(R"({"ids":["%1","%2","%3"]})").arg(e1, unknown, e3), "e1 e3");
    row("ids + kinds", QStringLiteral(R"({"ids":["%1","%2"],"kinds":[7]})").arg(e1, e3), "");
    row("ids + tag", QStringLiteral(R"({"ids":["%1","%2"],"#t":["b"]})").arg(e1, e3), "e3");
    row("unknown author", QStringLiteral(R"({"authors":["%1"]})").arg(unknown), "");
}

void TestFilterScan::eachIndexPath() {
    QFETCH(QString, json);
    QFETCH(QString, names);
    std::vector<std::string> expectedNames;
    for (const QString& name : names.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        expectedNames.push_back(name.toStdString());
    QCOMPARE(query(*m_db, json.toStdString()), expected(m_f, expectedNames));
}

void TestFilterScan::newestFirstWithLowestIdOnTies() {
    const auto ids = query(*m_db, "{}");
    QCOMPARE(ids.front(), m_f.id("e5")); // 300
    // e2, e3, e4, e7 share created_at 200: ascending id order.
    std::vector<std::string> tied(ids.begin() + 1, ids.begin() + 5);
    std::vector<std::string> sorted = {m_f.id("e2"), m_f.id("e3"), m_f.id("e4"), m_f.id("e7")};
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(tied, sorted);
    QCOMPARE(ids.back(), m_f.id("e6")); // 50
}

void TestFilterScan::limits() {
    const auto all = expected(m_f, {"e1", "e3", "e4", "e6", "e7"});
    QCOMPARE(query(*m_db, R"({"kinds":[1],"limit":2})"),
             std::vector<std::string>(all.begin(), all.begin() + 2));
    QCOMPARE(query(*m_db, R"({"kinds":[1]})", 3), std::vector<std::string>(all.begin(), all.begin() + 3));
    QCOMPARE(query(*m_db, R"({"kinds":[1],"limit":0})"), std::vector<std::string>());
    QCOMPARE(query(*m_db, R"({"kinds":[1],"limit":500})", 1), all);
    const auto tagged = expected(m_f, {"e1", "e3", "e4", "e5", "e8"});
    QCOMPARE(query(*m_db, R"({"#t":["a","b","c"],"limit":3})"),
             std::vector<std::string>(tagged.begin(), tagged.begin() + 3));
}

void TestFilterScan::sinceUntilAreInclusive() {
    QCOMPARE(query(*m_db, R"({"since":200,"until":200})"), expected(m_f, {"e2", "e3", "e4", "e7"}));
    QCOMPARE(query(*m_db, R"({"since":101})"), expected(m_f, {"e2", "e3", "e4", "e5", "e7", "e8"}));
    QCOMPARE(query(*m_db, R"({"until":100})"), expected(m_f, {"e1", "e6"}));
    QCOMPARE(query(*m_db, R"({"kinds":[1],"since":100,"until":200})"),
             expected(m_f, {"e1", "e3", "e4", "e7"}));
    QCOMPARE(query(*m_db, R"({"#t":["a"],"since":150,"until":150})"), expected(m_f, {"e8"}));
    QCOMPARE(query(*m_db, R"({"since":201,"until":200})"), std::vector<std::string>());
}

void TestFilterScan::snapshotSeqHidesNewerRows() {
    TempStore tmp;
    auto db = tmp.open();
    const Fixture f = makeFixture(*db);
    const uint64_t snapshot = db->maxSeq();
    // One scan starts before the write, one is only created after it: neither sees it.
    store::FilterScan early(*db, filter(R"({"kinds":[1]})"), snapshot, 100);
    std::vector<store::StoredEvent> firstPart;
    QVERIFY(!early.next(firstPart, 1));

    auto writer = tmp.open();
    const nostr::Event later = signedEvent(4, 1, 1000);
    QCOMPARE(writeEvent(*writer, later).status, store::WriteStatus::Stored);
    store::FilterScan late(*db, filter(R"({"kinds":[1]})"), snapshot, 100);
    QCOMPARE(runScan(late, 1), expected(f, {"e1", "e3", "e4", "e6", "e7"}));

    std::vector<store::StoredEvent> rest;
    while (!early.next(rest, 1)) {
    }
    firstPart.insert(firstPart.end(), rest.begin(), rest.end());
    QCOMPARE(idsOf(firstPart), expected(f, {"e1", "e3", "e4", "e6", "e7"}));
    QCOMPARE(idsOf(store::queryEvents(*db, {filter(R"({"kinds":[1]})")}, 100, snapshot)),
             expected(f, {"e1", "e3", "e4", "e6", "e7"}));
    QCOMPARE(store::queryEvents(*db, {filter(R"({"kinds":[1]})")}, 100).front().id, later.id);
    // The ids path honours the snapshot too.
    const std::string byId = R"({"ids":[")" + hex(later.id) + R"("]})";
    QCOMPARE(store::queryEvents(*db, {filter(byId)}, 100, snapshot).size(), size_t(0));
    QCOMPARE(store::queryEvents(*db, {filter(byId)}, 100, snapshot + 1).size(), size_t(1));
}

void TestFilterScan::pausingGivesTheSameSequence_data() {
    QTest::addColumn<QString>("json");
    const QString p1 = QString::fromStdString(pubkeyHex(1));
    const QString p2 = QString::fromStdString(pubkeyHex(2));
    QTest::newRow("created_at") << QStringLiteral("{}");
    QTest::newRow("kinds") << QStringLiteral(R"({"kinds":[1,7]})");
    QTest::newRow("authors") << QStringLiteral(R"({"authors":["%1","%2"]})").arg(p1, p2);
    QTest::newRow("author+kind") << QStringLiteral(R"({"authors":["%1","%2"],"kinds":[1,7]})").arg(p1, p2);
    QTest::newRow("tags") << QStringLiteral(R"({"#t":["a","b","c"]})");
    QTest::newRow("tags, limit") << QStringLiteral(R"({"#t":["a","b","c"],"limit":4})");
    QTest::newRow("ids") << QStringLiteral(R"({"ids":["%1","%2"]})")
                                .arg(QString::fromStdString(m_f.id("e4")),
                                     QString::fromStdString(m_f.id("e6")));
}

void TestFilterScan::pausingGivesTheSameSequence() {
    QFETCH(QString, json);
    const nostr::Filter f = filter(json.toStdString());
    store::FilterScan whole(*m_db, f, UINT64_MAX, 100);
    store::FilterScan paused(*m_db, f, UINT64_MAX, 100);
    const auto expectedIds = runScan(whole, 1000);
    QVERIFY(!expectedIds.empty());
    QCOMPARE(runScan(paused, 1), expectedIds);
    QCOMPARE(paused.rowsExamined(), whole.rowsExamined());
}

void TestFilterScan::interleavedScansOnOneConnection() {
    const nostr::Filter a = filter(R"({"kinds":[1]})");
    const nostr::Filter b = filter(R"({"#t":["a","b"]})");
    const nostr::Filter c = filter(R"({"authors":[")" + pubkeyHex(2) + R"("]})");
    store::FilterScan sa(*m_db, a, UINT64_MAX, 100), sb(*m_db, b, UINT64_MAX, 100),
        sc(*m_db, c, UINT64_MAX, 100);
    std::vector<store::StoredEvent> oa, ob, oc;
    bool da = false, db = false, dc = false;
    while (!(da && db && dc)) {
        if (!da)
            da = sa.next(oa, 1);
        if (!db)
            db = sb.next(ob, 1);
        if (!dc)
            dc = sc.next(oc, 1);
    }
    QCOMPARE(idsOf(oa), query(*m_db, R"({"kinds":[1]})"));
    QCOMPARE(idsOf(ob), expected(m_f, {"e1", "e3", "e4", "e8"}));
    QCOMPARE(idsOf(oc), expected(m_f, {"e3", "e4", "e8"}));
}

void TestFilterScan::eventDeletedWhilePausedIsSkipped() {
    TempStore tmp;
    auto db = tmp.open();
    const Fixture f = makeFixture(*db);
    store::FilterScan scan(*db, filter(R"({"kinds":[1]})"), db->maxSeq(), 100);
    std::vector<store::StoredEvent> out;
    QVERIFY(!scan.next(out, 1));
    auto other = tmp.open();
    const auto gone = store::queryEvents(*other, {filter(R"({"ids":[")" + f.id("e6") + R"("]})")}, 1);
    const uint64_t seqs[] = {gone.at(0).seq};
    QCOMPARE(store::EventWriter(*other).deleteBySeq(seqs), uint64_t(1));
    while (!scan.next(out, 1)) {
    }
    QCOMPARE(idsOf(out), expected(f, {"e1", "e3", "e4", "e7"}));
}

void TestFilterScan::tagsMatchOnlyTheFirstValueOfSingleLetterTags() {
    QCOMPARE(query(*m_db, R"({"#t":["z"]})"), expected(m_f, {"e6"})); // ["t","z","a"]: z, not a
    QCOMPARE(query(*m_db, R"({"#t":["a"],"until":60})"), std::vector<std::string>());
    QCOMPARE(query(*m_db, R"({"#t":[""]})"), std::vector<std::string>()); // ["t"] has no value
    QCOMPARE(query(*m_db, R"({"#e":[")" + std::string(64, 'e') + R"("]})"), expected(m_f, {"e2"}));
    // "tt" is not a single-letter tag; "T" is a different letter from "t".
    QCOMPARE(query(*m_db, R"({"#t":["a"],"authors":[")" + pubkeyHex(1) + R"("]})"), expected(m_f, {"e1"}));
}

void TestFilterScan::eventWithTwoMatchingTagValuesComesOnce() {
    store::FilterScan scan(*m_db, filter(R"({"#t":["a","b"]})"), UINT64_MAX, 100);
    QCOMPARE(runScan(scan, 1), expected(m_f, {"e1", "e3", "e4", "e8"}));
}

void TestFilterScan::queryEventsUnionsFiltersInOrder() {
    const std::string p1 = pubkeyHex(1);
    const auto ids = idsOf(store::queryEvents(
        *m_db, {filter(R"({"kinds":[7]})"), filter(R"({"authors":[")" + p1 + R"("]})")}, 100));
    auto want = expected(m_f, {"e2", "e5"});
    for (const std::string& id : expected(m_f, {"e7", "e1"}))
        want.push_back(id);
    QCOMPARE(ids, want);
    // Each filter keeps its own limit.
    const auto limited = idsOf(store::queryEvents(
        *m_db, {filter(R"({"kinds":[1],"limit":1})"), filter(R"({"kinds":[7],"limit":1})")}, 100));
    QCOMPARE(limited,
             (std::vector<std::string>{expected(m_f, {"e1", "e3", "e4", "e6", "e7"}).front(), m_f.id("e5")}));
}

void TestFilterScan::countEventsIsExactAndIgnoresLimit() {
    QCOMPARE(store::countEvents(*m_db, {filter(R"({"kinds":[1],"limit":1})")}), uint64_t(5));
    QCOMPARE(store::countEvents(*m_db, {filter(R"({"#t":["a","b"]})")}), uint64_t(4));
    QCOMPARE(store::countEvents(*m_db, {filter(R"({"#t":["a","b"],"kinds":[30023]})")}), uint64_t(1));
    QCOMPARE(store::countEvents(*m_db, {filter(R"({"kinds":[1]})"), filter(R"({"#t":["a"]})")}), uint64_t(6));
    QCOMPARE(store::countEvents(*m_db, {filter("{}")}), uint64_t(8));
    QCOMPARE(store::countEvents(*m_db, {filter(R"({"since":300,"until":299})")}), uint64_t(0));
    QCOMPARE(store::countEvents(*m_db, {}), uint64_t(0));
}

void TestFilterScan::countScanInStepsAgreesWithCountEvents() {
    const std::vector<std::vector<std::string>> cases = {
        {R"({"kinds":[1],"limit":1})"}, {R"({"#t":["a","b"]})"}, {R"({"#t":["a","b"],"kinds":[30023]})"},
        {R"({"kinds":[1]})", R"({"#t":["a"]})"}, {"{}"}, {R"({"since":300,"until":299})"}, {}};
    for (const auto& jsons : cases) {
        std::vector<nostr::Filter> filters;
        for (const std::string& j : jsons) filters.push_back(filter(j));
        const uint64_t exact = store::countEvents(*m_db, filters);
        for (size_t step : {size_t(1), size_t(2), size_t(1000)}) {
            store::CountScan scan(*m_db, filters, m_db->maxSeq());
            size_t calls = 0;
            while (!scan.next(step)) QVERIFY(++calls < 1000);
            QCOMPARE(scan.count(), exact);
            // One candidate per call: a multi-row count must take several calls.
            if (step == 1 && exact > 1) QVERIFY(calls > 0);
            QVERIFY(scan.next(step)); // stays done
            QCOMPARE(scan.count(), exact);
        }
    }
}

void TestFilterScan::countScanHonoursItsSnapshot() {
    TempStore tmp;
    auto db = tmp.open();
    makeFixture(*db);
    store::CountScan scan(*db, {filter(R"({"kinds":[1]})")}, db->maxSeq());
    QVERIFY(!scan.next(1));
    auto writer = tmp.open();
    QCOMPARE(writeEvent(*writer, signedEvent(4, 1, 1000)).status, store::WriteStatus::Stored);
    while (!scan.next(1)) {
    }
    QCOMPARE(scan.count(), uint64_t(5)); // the event written while paused is after the snapshot
    QCOMPARE(store::countEvents(*db, {filter(R"({"kinds":[1]})")}), uint64_t(6));
}

void TestFilterScan::eventsAfterGivesSeqOrder() {
    const auto all = store::eventsAfter(*m_db, 0, 100);
    QCOMPARE(all.size(), size_t(8));
    for (size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].seq, uint64_t(i + 1));
        QVERIFY(!all[i].json.empty());
    }
    const auto tail = store::eventsAfter(*m_db, 5, 2);
    QCOMPARE(tail.size(), size_t(2));
    QCOMPARE(tail[0].seq, uint64_t(6));
    QCOMPARE(tail[1].json, all[6].json);
    QVERIFY(store::eventsAfter(*m_db, 8, 10).empty());
}

void TestFilterScan::manyAuthorsSmallLimitReadsFewRows() {
    TempStore tmp;
    auto db = tmp.open();
    constexpr int kAuthors = 40, kPerAuthor = 25, kLimit = 10;
    std::vector<nostr::Event> events;
    std::string authors;
    for (int a = 1; a <= kAuthors; ++a) {
        authors += (a > 1 ? ",\"" : "\"") + pubkeyHex(uint8_t(a)) + "\"";
        for (int i = 0; i < kPerAuthor; ++i)
            events.push_back(signedEvent(uint8_t(a), 1, 1000 + (a * 7 + i * 13) % 97));
    }
    writeEvents(*db, events);
    store::FilterScan scan(*db, filter(R"({"authors":[)" + authors + R"(],"limit":10})"), UINT64_MAX, 100);
    const auto ids = runScan(scan, 1000);
    QCOMPARE(ids, query(*db, R"({"limit":10})"));
    // About one row per author to start the merge, then a few per result: far fewer than
    // limit rows per author, let alone all 1000.
    QVERIFY2(scan.rowsExamined() <= uint64_t(kAuthors + 4 * kLimit),
             qPrintable(QStringLiteral("read %1 rows").arg(scan.rowsExamined())));
    store::FilterScan recent(*db, filter(R"({"limit":10})"), UINT64_MAX, 100);
    runScan(recent, 1000);
    QVERIFY(recent.rowsExamined() <= uint64_t(kLimit + 1));
}

void TestFilterScan::walkStatementsAreIndexWalksWithoutSorting_data() {
    QTest::addColumn<ScanIndex>("index");
    QTest::addColumn<QString>("uses");
    // Walks read only the index (COVERING): the row is looked up once, for the JSON.
    QTest::newRow("author") << ScanIndex::Author << QStringLiteral("COVERING INDEX events_by_pubkey (");
    QTest::newRow("kind") << ScanIndex::Kind << QStringLiteral("COVERING INDEX events_by_kind (");
    QTest::newRow("author+kind") << ScanIndex::AuthorKind
                                 << QStringLiteral("COVERING INDEX events_by_pubkey_kind (");
    QTest::newRow("created_at") << ScanIndex::CreatedAt
                                << QStringLiteral("COVERING INDEX events_by_created (");
    QTest::newRow("tag") << ScanIndex::Tag << QStringLiteral("PRIMARY KEY (letter=? AND value=?");
}

void TestFilterScan::walkStatementsAreIndexWalksWithoutSorting() {
    QFETCH(ScanIndex, index);
    QFETCH(QString, uses);
    const std::string sql = std::string("EXPLAIN QUERY PLAN ") + store::walkSql(index);
    sqlite3_stmt* stmt = nullptr;
    QCOMPARE(sqlite3_prepare_v2(m_db->handle(), sql.c_str(), -1, &stmt, nullptr), SQLITE_OK);
    QString plan;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        plan += QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3))) +
                QLatin1Char('\n');
    sqlite3_finalize(stmt);
    QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
    QVERIFY2(plan.contains(uses), qPrintable(plan));
    QVERIFY2(plan.startsWith(QLatin1String("SEARCH")), qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestFilterScan)
#include "TestFilterScan.moc"
