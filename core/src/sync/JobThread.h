#pragma once
// A one-off job (a QObject that needs an event loop: a sync run, "Back up my notes") on a
// std::thread of its own, started by a facade object and joined when the job is over.
#include <QObject>
#include <QString>

#include <functional>
#include <mutex>
#include <thread>

class QEventLoop;

namespace roost::sync {

/// Runs a job QObject on its own thread with a Qt event loop (Qt adopts the std::thread), and
/// joins that thread when the job is over. Unlike QThread::wait(), join() returns only once the
/// thread has ended completely: its thread-local destructors have run, OpenSSL's per-thread
/// state (Qt's TLS backend initialises it on any thread that opens a socket) included. So a
/// process that joins its job threads before it exits never frees library state at exit while
/// a job thread still tears its own down (the cause of a rare heap corruption at the exit of
/// `roost backup-notes` when this was a QThread).
///
/// Life cycle: start(make) runs `make` on the new thread; it creates the job there (no
/// moveToThread needed), connects its signals (queued to the facade's thread) and queues the
/// job's first step. The loop runs until quit(); then the job and anything it deleteLater()'d
/// are deleted on the thread, and the thread ends. All members are thread-safe except start(),
/// join() and the destructor, which belong to the facade's thread.
class JobThread {
public:
    /// `name` names the thread (QThread::objectName of the adopted thread, e.g. "roost-backup").
    explicit JobThread(QString name);
    /// quit() and join().
    ~JobThread();
    JobThread(const JobThread&) = delete;
    JobThread& operator=(const JobThread&) = delete;

    /// Starts the thread; `make` runs there first and returns the job (parentless, or null).
    void start(std::function<QObject*()> make);
    /// Queues `call(job)` on the job's thread; false (nothing queued) when the job is gone.
    bool post(std::function<void(QObject*)> call);
    /// Ends the thread's event loop once the events queued before it are handled (callable from
    /// the job itself, e.g. in its finished handler). The job is then deleted on its thread.
    void quit();
    /// Waits until the thread has ended completely (see the class comment). No-op if not started.
    void join();

private:
    void run(const std::function<QObject*()>& make);

    QString m_name;
    std::thread m_thread;
    std::mutex m_mutex;          // guards the three below
    QObject* m_job = nullptr;    // alive while set: cleared on the thread before it is deleted
    QEventLoop* m_loop = nullptr;
    bool m_quit = false;
};

} // namespace roost::sync
