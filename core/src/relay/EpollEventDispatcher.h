#pragma once
// The Listener thread's Qt event dispatcher on Linux: epoll instead of poll(). Qt's default
// dispatchers (glib, or poll() with QT_NO_GLIB) hand every socket to the kernel on every
// wake-up, so with hundreds of mostly idle connections each delivered event costs a sweep over
// all of them (docs/PERFORMANCE.md, fan-out at a fixed rate). With epoll a wake-up costs the
// sockets that are ready.
#include "relay/ListenerEventDispatcher.h"

#include <QAbstractEventDispatcher>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

class QSocketNotifier;

namespace roost::relay {

/// A QAbstractEventDispatcher over one epoll instance (level-triggered, like Qt's socket
/// notifiers), an eventfd for wakeUp() from other threads, and a list of timers (millisecond
/// precision for every Qt::TimerType). Socket activation and timer events are delivered as
/// QEvent::SockAct / QTimerEvent with sendEvent, as Qt's own dispatchers do.
class EpollEventDispatcher final : public QAbstractEventDispatcher {
public:
    /// Throws std::system_error when epoll or eventfd cannot be created.
    explicit EpollEventDispatcher(QObject* parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier* notifier) override;
    void unregisterSocketNotifier(QSocketNotifier* notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject* object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject* object) override;
    QList<TimerInfo> registeredTimers(QObject* object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;
    struct Watch {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
        QSocketNotifier* exception = nullptr;
    };
    struct Timer {
        int id;
        qint64 intervalMs;
        Qt::TimerType type;
        QObject* object;
        Clock::time_point deadline;
    };
    /// Brings the epoll registration of `fd` in line with its notifiers.
    void updateEpoll(int fd, const Watch& watch, bool wasRegistered);
    /// Milliseconds until the next timer is due (0 when one is due, -1 when there is none).
    int nextTimeoutMs() const;
    /// Sends a QTimerEvent for every timer that is due; returns how many fired.
    int fireTimers();

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::unordered_map<int, Watch> m_watches;
    // Each registered notifier's descriptor, recorded at registration: unregistration may come
    // from a notifier under destruction (~QSocketNotifier, or a subclass already destroyed), on
    // which no member function may be called (UBSan: invalid vptr), so it is looked up here.
    std::unordered_map<const QSocketNotifier*, int> m_notifierFds;
    std::vector<Timer> m_timers;
    std::atomic<bool> m_interrupted{false};
    std::atomic<bool> m_wakePending{false};
};

} // namespace roost::relay
