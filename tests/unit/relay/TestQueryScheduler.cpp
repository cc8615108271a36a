// unit.relay.QueryScheduler: round robin slices, a huge scan never delays a small one,
// connections are served fairly whatever the number of their jobs, congestion pauses a
// connection's scans, cancellation (also of a closed connection's jobs) and replacement.
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

// A job that works until its slice's deadline each time (a COUNT over a big table).
class BusyJob : public ScanJob {
public:
    BusyJob(ConnId conn, std::string sub, std::vector<std::string>* log, const bool* gone = nullptr)
        : m_conn(conn), m_sub(std::move(sub)), m_log(log), m_gone(gone) {}
    ConnId conn() const override { return m_conn; }
    const std::string& subscriptionId() const override { return m_sub; }
    bool runSlice(const SliceBudget& budget) override {
        m_log->push_back(m_sub);
        while (std::chrono::steady_clock::now() < budget.deadline) {
        }
        return false;
    }
    bool cancelled() const override { return m_gone && *m_gone; }

private:
    ConnId m_conn;
    std::string m_sub;
    std::vector<std::string>* m_log;
    const bool* m_gone;
};

// A FakeJob of another type (a COUNT next to a REQ of the same id).
class OtherJob : public FakeJob {
    using FakeJob::FakeJob;
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

    void eachConnectionGetsOneSlicePerRoundWhateverItsJobs() {
        std::vector<std::string> log;
        QueryScheduler s(std::chrono::milliseconds(2));
        // Two flooders with 1000 busy jobs each, queued before the small one arrives.
        for (int i = 0; i < 1000; ++i) {
            s.add(std::make_unique<BusyJob>(1, "a" + std::to_string(i), &log));
            s.add(std::make_unique<BusyJob>(2, "b" + std::to_string(i), &log));
        }
        s.add(std::make_unique<FakeJob>(3, "small", 1, &log));
        QCOMPARE(s.size(), size_t(2001));
        QCOMPARE(s.size(ConnId(1)), size_t(1000));
        const auto start = std::chrono::steady_clock::now();
        QCOMPARE(s.runRound(noError), size_t(1)); // the small job finished in the first round
        // One slice for each flooder (their budget ends after one busy job), not 1000 each.
        QCOMPARE(log, (std::vector<std::string>{"a0", "b0", "small"}));
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(500));
        log.clear();
        s.runRound(noError); // the flooders' next jobs take their turn
        QCOMPARE(log, (std::vector<std::string>{"a1", "b1"}));
    }

    void jobsOfAClosedConnectionAreDroppedUnrun() {
        std::vector<std::string> log;
        bool gone = false;
        QueryScheduler s(std::chrono::milliseconds(1));
        s.add(std::make_unique<BusyJob>(1, "x", &log, &gone));
        s.add(std::make_unique<BusyJob>(1, "y", &log, &gone));
        s.runRound(noError);
        QCOMPARE(log.size(), size_t(1));
        gone = true;
        QCOMPARE(s.runRound(noError), size_t(0)); // dropped, not finished
        QCOMPARE(log.size(), size_t(1));
        QVERIFY(s.empty());
    }

    void countDoesNotReplaceTheReqOfItsId() {
        std::vector<std::string> log;
        QueryScheduler s;
        s.add(std::make_unique<FakeJob>(1, "x", 5, &log));
        s.add(std::make_unique<OtherJob>(1, "x", 5, &log));
        QCOMPARE(s.size(), size_t(2));
        s.add(std::make_unique<OtherJob>(1, "x", 5, &log)); // same type: replaced
        QCOMPARE(s.size(), size_t(2));
        s.clear();
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
