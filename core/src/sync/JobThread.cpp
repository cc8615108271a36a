#include "sync/JobThread.h"

#include "sync/ThreadSignals.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QThread>

namespace roost::sync {

JobThread::JobThread(QString name) : m_name(std::move(name)) {}

JobThread::~JobThread() {
    quit();
    join();
}

void JobThread::start(std::function<QObject*()> make) {
    m_thread = std::thread([this, make = std::move(make)] { run(make); });
}

void JobThread::run(const std::function<QObject*()>& make) {
    blockTerminationSignals(); // SIGINT/SIGTERM go to the main thread
    QThread::currentThread()->setObjectName(m_name);
    {
        QEventLoop loop;
        QObject* job = make();
        bool quitEarly;
        {
            std::lock_guard lock(m_mutex);
            m_job = job;
            m_loop = &loop;
            quitEarly = m_quit;
        }
        if (!quitEarly) loop.exec();
        {
            std::lock_guard lock(m_mutex);
            m_job = nullptr;
            m_loop = nullptr;
        }
        delete job;
        // What the job handed to deleteLater() (sockets, sessions) goes now, on this thread.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

bool JobThread::post(std::function<void(QObject*)> call) {
    std::lock_guard lock(m_mutex);
    if (!m_job) return false;
    QObject* job = m_job;
    // Posted under the lock: the job cannot be deleted before the event is queued, and Qt drops
    // queued calls to an object deleted before they run.
    QMetaObject::invokeMethod(job, [job, call = std::move(call)] { call(job); }, Qt::QueuedConnection);
    return true;
}

void JobThread::quit() {
    std::lock_guard lock(m_mutex);
    m_quit = true;
    if (m_loop) QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
}

void JobThread::join() {
    if (m_thread.joinable()) m_thread.join();
}

} // namespace roost::sync
