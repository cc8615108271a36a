// unit.relay.QueryScheduler: round robin slices, a huge scan never delays a small one,
// congestion pauses a connection's scans, cancellation and replacement.
#include "relay/QueryScheduler.h"

#include <QTest>

using namespace roost::relay;

namespace {

// A job that needs `slicesNeeded` slices and records when it finished.
class FakeJob : public ScanJob {
public:
    FakeJob(ConnId conn, std::string sub, int slicesNeeded, std::vector<std::string>* log)
        : m_conn(conn), m_sub(std::move(sub)), m_left(slicesNeeded), m_log(log) {}
    ConnId conn() const override { return m_conn; }
    const std::string& subscriptionId() const override { return m_sub; }
    bool runSlice(const SliceBudget& budget) override {
        if (budget.maxEvents == 0) throw std::runtime_error("no budget");
        m_log->push_back(m_sub);
        return --m_left <= 0;
    }

private:
    ConnId m_conn;
    std::string m_sub;
    int m_left;
    std::vector<std::string>* m_log;
};

auto noError = [](ScanJob&, const char* what) { QFAIL(what); };

} // namespace

class TestQueryScheduler : public QObject {
    Q_OBJECT
private slots:
    void smallScanFinishesWhileHugeOneContinues() {
        std::vector<std::string> log;
        QueryScheduler s;
        s.add(std::make_unique<FakeJob>(1, "huge", 1000, &log));
        s.add(std::make_unique<FakeJob>(2, "small", 1, &log));
        QCOMPARE(s.runRound(noError), size_t(1)); // small finished in the first round
        QCOMPARE(s.size(), size_t(1));
        QCOMPARE(log, (std::vector<std::string>{"huge", "small"}));
        int rounds = 1;
        while (!s.empty()) { s.runRound(noError); ++rounds; }
        QCOMPARE(rounds, 1000);
    }

    void congestionPausesOnlyThatConnection() {
        std::vector<std::string> log;
        QueryScheduler s;
        s.add(std::make_unique<FakeJob>(1, "a", 3, &log));
        s.add(std::make_unique<FakeJob>(2, "b", 3, &log));
        s.setCongested(1, true);
        QVERIFY(s.hasRunnable());
        s.runRound(noError);
        s.runRound(noError);
        s.runRound(noError);
        QCOMPARE(log, (std::vector<std::string>{"b", "b", "b"}));
        QVERIFY(!s.hasRunnable());
        QVERIFY(!s.empty());
        s.setCongested(1, false);
        QVERIFY(s.hasRunnable());
        while (!s.empty()) s.runRound(noError);
        QCOMPARE(log.size(), size_t(6));
    }

    void cancelAndReplace() {
        std::vector<std::string> log;
        QueryScheduler s;
        s.add(std::make_unique<FakeJob>(1, "x", 5, &log));
        s.add(std::make_unique<FakeJob>(1, "y", 5, &log));
        s.add(std::make_unique<FakeJob>(2, "x", 5, &log));
        QVERIFY(s.cancel(1, "x"));
        QVERIFY(!s.cancel(1, "x"));
        QCOMPARE(s.size(), size_t(2));
        s.add(std::make_unique<FakeJob>(2, "x", 1, &log)); // replaces conn 2's "x"
        QCOMPARE(s.size(), size_t(2));
        s.setCongested(1, true);
        s.cancelConnection(1);
        QCOMPARE(s.size(), size_t(1));
        QCOMPARE(s.runRound(noError), size_t(1));
        QVERIFY(s.empty());
    }

    void throwingJobIsRemovedAndReported() {
        QueryScheduler s(std::chrono::milliseconds(5), 0); // FakeJob throws on a zero budget
        std::vector<std::string> log;
        s.add(std::make_unique<FakeJob>(7, "bad", 3, &log));
        int errors = 0;
        s.runRound([&](ScanJob& job, const char* what) {
            ++errors;
            QCOMPARE(job.conn(), ConnId(7));
            QCOMPARE(std::string(what), std::string("no budget"));
        });
        QCOMPARE(errors, 1);
        QVERIFY(s.empty());
    }
};

QTEST_APPLESS_MAIN(TestQueryScheduler)
#include "TestQueryScheduler.moc"
