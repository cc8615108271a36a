// unit.sync.ReqPager: REQ paging by `until` against a simulated relay (newest first, ties by
// lowest id, at most `limit` per page): every record is reported new exactly once, whatever the
// page size and however many records share a second; the stops (empty page, since, a second
// fuller than a page, a remote that ignores until).
#include "sync/ReqPager.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <random>

using namespace roost;
using namespace roost::sync;

namespace {

NegItem item(uint64_t t, uint32_t n) {
    NegItem it;
    it.timestamp = t;
    for (int i = 0; i < 4; ++i) it.id[size_t(i)] = uint8_t(n >> (24 - 8 * i));
    it.id[31] = uint8_t(t);
    return it;
}

/// What a NIP-01 relay answers to {until, limit}: created_at <= until, newest first, ties by id.
std::vector<NegItem> servePage(const std::vector<NegItem>& all, int64_t until, uint32_t limit, int64_t since) {
    std::vector<NegItem> page;
    for (const NegItem& it : all)
        if (int64_t(it.timestamp) <= until && int64_t(it.timestamp) >= since) page.push_back(it);
    std::sort(page.begin(), page.end(), [](const NegItem& a, const NegItem& b) {
        return a.timestamp != b.timestamp ? a.timestamp > b.timestamp : a.id < b.id;
    });
    if (page.size() > limit) page.resize(limit);
    return page;
}

struct Run {
    std::map<NegItem, int> reported; // record -> times reported new
    int pages = 0;
    bool truncated = false;
};

Run runPager(const std::vector<NegItem>& all, uint32_t pageSize, int64_t since = std::numeric_limits<int64_t>::min(),
             int64_t until = std::numeric_limits<int64_t>::max()) {
    ReqPager pager(since, until, pageSize);
    Run run;
    while (!pager.done()) {
        if (++run.pages > 100000) break; // a bug, not a hang: the checks below fail
        const auto page = servePage(all, pager.nextUntil(), pager.pageSize(), since);
        const auto fresh = pager.acceptPage(page);
        for (size_t i = 0; i < page.size(); ++i)
            if (fresh[i]) ++run.reported[page[i]];
    }
    run.truncated = pager.truncated();
    return run;
}

} // namespace

class TestReqPager : public QObject {
    Q_OBJECT
private slots:
    void everyRecordOnceOverRandomSets_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("empty") << 0 << 10 << 50;
        QTest::newRow("one page") << 30 << 1000 << 50;
        QTest::newRow("distinct seconds") << 1000 << 100000 << 50;
        QTest::newRow("many per second") << 2000 << 100 << 50;      // ~20 per second, under a page
        QTest::newRow("page of one") << 60 << 1000000 << 1;
        QTest::newRow("exactly full pages") << 500 << 500 << 100;
    }
    void everyRecordOnceOverRandomSets() {
        QFETCH(int, count);
        QFETCH(int, seconds);
        QFETCH(int, pageSize);
        std::mt19937 rng(uint32_t(count * 31 + seconds));
        std::vector<NegItem> all;
        for (int i = 0; i < count; ++i) all.push_back(item(1'700'000'000 + rng() % uint32_t(seconds), uint32_t(i)));
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        std::map<uint64_t, int> perSecond;
        for (const NegItem& it : all) ++perSecond[it.timestamp];
        for (const auto& [_, n] : perSecond)
            if (n >= pageSize) QSKIP("this seed put a page's worth into one second; covered by fullSecond");

        const Run run = runPager(all, uint32_t(pageSize));
        QCOMPARE(run.reported.size(), all.size());
        for (const auto& [record, times] : run.reported) QCOMPARE(times, 1);
        QVERIFY(!run.truncated);
        // Progress: at most about two pages per page of records (the boundary second repeats).
        QVERIFY2(run.pages <= 2 * int(all.size()) / pageSize + 3, qPrintable(QString::number(run.pages)));
    }

    void sinceAndUntilBoundTheWalk() {
        std::vector<NegItem> all;
        for (uint32_t i = 0; i < 100; ++i) all.push_back(item(1000 + i, i));
        const Run run = runPager(all, 7, 1020, 1079);
        QCOMPARE(run.reported.size(), size_t(60));
        for (const auto& [record, _] : run.reported) QVERIFY(record.timestamp >= 1020 && record.timestamp <= 1079);
    }

    void fullSecondIsSteppedOverAndFlagged() {
        std::vector<NegItem> all;
        for (uint32_t i = 0; i < 10; ++i) all.push_back(item(500, i)); // 10 in one second, pages of 4
        for (uint32_t i = 0; i < 5; ++i) all.push_back(item(400 + i, 100 + i));
        const Run run = runPager(all, 4);
        QVERIFY(run.truncated);
        // The first page of second 500 and every older record arrive; the pager does not loop.
        QCOMPARE(run.reported.size(), size_t(4 + 5));
        for (const auto& [record, times] : run.reported) QCOMPARE(times, 1);
    }

    void duplicatesInsideAPageCountOnce() {
        ReqPager pager(0, 1000, 10);
        const std::vector<NegItem> page{item(900, 1), item(900, 1), item(800, 2)};
        const auto fresh = pager.acceptPage(page);
        QCOMPARE(std::count(fresh.begin(), fresh.end(), true), 2);
        QCOMPARE(pager.nextUntil(), int64_t(800));
    }

    void remoteIgnoringUntilStops() {
        ReqPager pager(0, 1000, 10);
        pager.acceptPage(std::vector<NegItem>{item(900, 1), item(950, 2)});
        QVERIFY(!pager.done());
        // Asked for until 900, the remote answers with newer events only.
        const auto fresh = pager.acceptPage(std::vector<NegItem>{item(990, 3), item(995, 4)});
        QVERIFY(pager.done());
        QVERIFY(pager.remoteIgnoresUntil());
        QCOMPARE(std::count(fresh.begin(), fresh.end(), true), 0);
    }

    void emptyPageEnds() {
        ReqPager pager(0, std::numeric_limits<int64_t>::max(), 10);
        QVERIFY(!pager.done());
        pager.acceptPage({});
        QVERIFY(pager.done());
        QVERIFY(!pager.truncated());
    }
};

QTEST_APPLESS_MAIN(TestReqPager)
#include "TestReqPager.moc"
