// unit.sync.JobThread: the thread under SyncRunner and NotesBackup. The job is made on the new
// thread and runs in its event loop; post() reaches it there; quit() from the job ends the loop
// and the job is deleted on its thread; join() returns only once the thread has ended
// completely, thread-local destructors included (QThread::wait() returns before them: the
// cause of a heap corruption at the exit of `roost backup-notes`, where OpenSSL's per-thread
// state was freed while the process was already freeing its globals).
#include "sync/JobThread.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <thread>

using namespace roost::sync;

namespace {

std::atomic<bool> g_threadLocalDestroyed{false};

/// A thread_local whose destructor is slow: it runs after the thread's function has returned.
struct SlowThreadLocal {
    bool touched = false;
    ~SlowThreadLocal() {
        // Widens the window in which a join that does not cover thread-local destructors would
        // already have returned (the ordering is what is checked, not a duration).
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        g_threadLocalDestroyed = true;
    }
};
thread_local SlowThreadLocal t_slow;

class Job : public QObject {
    Q_OBJECT
public:
    std::atomic<bool>* destroyedFlag = nullptr;
    ~Job() override {
        if (destroyedFlag) *destroyedFlag = true;
    }
signals:
    void pinged(QThread* on);
};

} // namespace

class TestJobThread : public QObject {
    Q_OBJECT
private slots:
    void jobRunsOnItsOwnThreadAndIsDeletedThere() {
        std::atomic<bool> jobDeleted{false};
        std::atomic<QThread*> madeOn{nullptr};
        Job* job = nullptr;
        JobThread thread(QStringLiteral("roost-test-job"));
        QObject receiver;
        QThread* pingedOn = nullptr;
        bool pinged = false;
        thread.start([&]() -> QObject* {
            madeOn = QThread::currentThread();
            job = new Job;
            job->destroyedFlag = &jobDeleted;
            connect(job, &Job::pinged, &receiver, [&](QThread* on) {
                pingedOn = on;
                pinged = true;
            });
            return job;
        });
        // post() runs on the job's thread, in its event loop; the signal comes back queued.
        QTRY_VERIFY(thread.post([](QObject* j) { emit static_cast<Job*>(j)->pinged(QThread::currentThread()); }));
        QTRY_VERIFY(pinged);
        QVERIFY(pingedOn != QThread::currentThread());
        QCOMPARE(pingedOn, madeOn.load());
        QCOMPARE(pingedOn->objectName(), QStringLiteral("roost-test-job"));
        QVERIFY(!jobDeleted);
        thread.quit();
        thread.join();
        QVERIFY(jobDeleted);
        QVERIFY(!thread.post([](QObject*) {})); // the job is gone: nothing is queued
    }

    void quitFromTheJobItself() {
        JobThread thread(QStringLiteral("roost-test-job"));
        std::atomic<bool> jobDeleted{false};
        thread.start([&]() -> QObject* {
            auto* job = new Job;
            job->destroyedFlag = &jobDeleted;
            // As SyncRunner does on the session's finished(): quit from the job's own thread.
            QMetaObject::invokeMethod(job, [&thread] { thread.quit(); }, Qt::QueuedConnection);
            return job;
        });
        thread.join();
        QVERIFY(jobDeleted);
    }

    void joinCoversThreadLocalDestructors() {
        g_threadLocalDestroyed = false;
        JobThread thread(QStringLiteral("roost-test-job"));
        thread.start([&]() -> QObject* {
            t_slow.touched = true; // constructs this thread's instance
            auto* job = new Job;
            QMetaObject::invokeMethod(job, [&thread] { thread.quit(); }, Qt::QueuedConnection);
            return job;
        });
        thread.join();
        QVERIFY2(g_threadLocalDestroyed, "join() returned before the thread's thread_local destructors ran");
    }

    void quitBeforeTheLoopRunsAndDestructorJoins() {
        std::atomic<bool> jobDeleted{false};
        {
            JobThread thread(QStringLiteral("roost-test-job"));
            thread.quit(); // before start: the loop never runs, the job is still deleted
            thread.start([&]() -> QObject* {
                auto* job = new Job;
                job->destroyedFlag = &jobDeleted;
                return job;
            });
        } // ~JobThread joins
        QVERIFY(jobDeleted);
    }
};

QTEST_GUILESS_MAIN(TestJobThread)
#include "TestJobThread.moc"
