#include "relay/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace roost::relay {

QAbstractEventDispatcher* createListenerEventDispatcher() { return new EpollEventDispatcher; }

namespace {
constexpr int kMaxEvents = 256;
}

EpollEventDispatcher::EpollEventDispatcher(QObject* parent) : QAbstractEventDispatcher(parent) {
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) throw std::system_error(errno, std::generic_category(), "epoll_create1");
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_wakeFd < 0) {
        ::close(m_epoll);
        throw std::system_error(errno, std::generic_category(), "eventfd");
    }
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_wakeFd;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev);
}

EpollEventDispatcher::~EpollEventDispatcher() {
    ::close(m_wakeFd);
    ::close(m_epoll);
}

void EpollEventDispatcher::updateEpoll(int fd, const Watch& watch, bool wasRegistered) {
    uint32_t events = 0;
    if (watch.read) events |= EPOLLIN | EPOLLRDHUP;
    if (watch.write) events |= EPOLLOUT;
    if (watch.exception) events |= EPOLLPRI;
    epoll_event ev{};
    ev.events = events;
    ev.data.fd = fd;
    if (!events) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        return;
    }
    // A descriptor closed and reused behind our back left epoll on its own (close removes it):
    // fall back between ADD and MOD rather than trusting wasRegistered.
    if (epoll_ctl(m_epoll, wasRegistered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev) != 0) {
        if (errno == ENOENT) epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
        else if (errno == EEXIST) epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev);
    }
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier* notifier) {
    const int fd = int(notifier->socket());
    // Registered again under another descriptor (QSocketNotifier::setSocketDescriptor): drop the old watch first.
    if (const auto known = m_notifierFds.find(notifier); known != m_notifierFds.end() && known->second != fd)
        unregisterSocketNotifier(notifier);
    m_notifierFds[notifier] = fd;
    auto [it, added] = m_watches.try_emplace(fd);
    Watch& w = it->second;
    const bool wasRegistered = !added && (w.read || w.write || w.exception);
    switch (notifier->type()) {
    case QSocketNotifier::Read: w.read = notifier; break;
    case QSocketNotifier::Write: w.write = notifier; break;
    case QSocketNotifier::Exception: w.exception = notifier; break;
    }
    updateEpoll(fd, w, wasRegistered);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier* notifier) {
    // Only the pointer is used: the notifier may be under destruction (see m_notifierFds).
    const auto known = m_notifierFds.find(notifier);
    if (known == m_notifierFds.end()) return;
    const int fd = known->second;
    m_notifierFds.erase(known);
    auto it = m_watches.find(fd);
    if (it == m_watches.end()) return;
    Watch& w = it->second;
    if (w.read == notifier) w.read = nullptr;
    if (w.write == notifier) w.write = nullptr;
    if (w.exception == notifier) w.exception = nullptr;
    updateEpoll(fd, w, true);
    if (!w.read && !w.write && !w.exception) m_watches.erase(it);
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject* object) {
    m_timers.push_back({timerId, interval, timerType, object, Clock::now() + std::chrono::milliseconds(interval)});
}

bool EpollEventDispatcher::unregisterTimer(int timerId) {
    const auto it = std::find_if(m_timers.begin(), m_timers.end(), [&](const Timer& t) { return t.id == timerId; });
    if (it == m_timers.end()) return false;
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject* object) {
    const auto before = m_timers.size();
    std::erase_if(m_timers, [&](const Timer& t) { return t.object == object; });
    return m_timers.size() != before;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject* object) const {
    QList<TimerInfo> out;
    for (const Timer& t : m_timers)
        if (t.object == object) out.append(TimerInfo(t.id, int(t.intervalMs), t.type));
    return out;
}

int EpollEventDispatcher::remainingTime(int timerId) {
    for (const Timer& t : m_timers)
        if (t.id == timerId)
            return int(std::max<qint64>(0, std::chrono::duration_cast<std::chrono::milliseconds>(t.deadline - Clock::now()).count()));
    return -1;
}

void EpollEventDispatcher::wakeUp() {
    if (m_wakePending.exchange(true)) return;
    const uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
}

void EpollEventDispatcher::interrupt() {
    m_interrupted = true;
    wakeUp();
}

int EpollEventDispatcher::nextTimeoutMs() const {
    if (m_timers.empty()) return -1;
    auto next = m_timers.front().deadline;
    for (const Timer& t : m_timers) next = std::min(next, t.deadline);
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(next - Clock::now()).count();
    return int(std::clamp<int64_t>(ms, 0, 24 * 3600 * 1000));
}

int EpollEventDispatcher::fireTimers() {
    const auto now = Clock::now();
    std::vector<int> due;
    for (Timer& t : m_timers) {
        if (t.deadline > now) continue;
        due.push_back(t.id);
        t.deadline += std::chrono::milliseconds(std::max<qint64>(t.intervalMs, 1));
        if (t.deadline <= now) t.deadline = now + std::chrono::milliseconds(t.intervalMs); // fell behind: no burst
    }
    for (int id : due) {
        // A handler may have stopped this timer or others: deliver only to timers still registered.
        const auto it = std::find_if(m_timers.begin(), m_timers.end(), [&](const Timer& t) { return t.id == id; });
        if (it == m_timers.end()) continue;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(it->object, &event);
    }
    return int(due.size());
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags) {
    m_interrupted = false;
    emit awake();
    QCoreApplication::sendPostedEvents();
    if (m_interrupted) return false;

    const bool wait = flags.testFlag(QEventLoop::WaitForMoreEvents);
    int timeout = wait ? nextTimeoutMs() : 0;
    if (wait && timeout != 0) emit aboutToBlock();
    epoll_event events[kMaxEvents];
    int n = epoll_wait(m_epoll, events, kMaxEvents, timeout);
    if (n < 0) n = 0; // EINTR: nothing to do this round
    if (wait && timeout != 0) emit awake();

    int handled = 0;
    for (int i = 0; i < n; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wakeFd) {
            uint64_t value = 0;
            [[maybe_unused]] const ssize_t r = ::read(m_wakeFd, &value, sizeof value);
            m_wakePending = false;
            ++handled;
            continue;
        }
        if (flags.testFlag(QEventLoop::ExcludeSocketNotifiers)) continue;
        const uint32_t e = events[i].events;
        const bool error = e & (EPOLLERR | EPOLLHUP);
        // Each notifier is looked up again before it is activated: an earlier handler may have
        // removed or replaced it (a socket closed during this round).
        auto activate = [&](QSocketNotifier* Watch::*slot) {
            auto it = m_watches.find(fd);
            if (it == m_watches.end() || !(it->second.*slot)) return;
            QEvent event(QEvent::SockAct);
            QCoreApplication::sendEvent(it->second.*slot, &event);
            ++handled;
        };
        if (e & EPOLLPRI) activate(&Watch::exception);
        if (e & (EPOLLIN | EPOLLRDHUP) || error) activate(&Watch::read);
        if (e & EPOLLOUT || error) activate(&Watch::write);
    }
    if (!flags.testFlag(QEventLoop::X11ExcludeTimers)) handled += fireTimers();
    // Posted events that arrived while the handlers ran go out before the next wait.
    QCoreApplication::sendPostedEvents();
    return handled > 0;
}

} // namespace roost::relay
