#pragma once
// A thread's inbox: a FIFO of messages that producers push and one consumer pops in batches
// (DESIGN.md §Threads and inboxes).
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <vector>

namespace roost::relay {

/// Multi-producer, single-consumer queue of `Msg`. push() never blocks; popBatch() blocks until
/// at least one message is there (or the timeout passes) and then takes up to `maxBatch`
/// messages at once, so a busy thread pays for one lock per batch instead of one per message.
/// size() is for metrics and backpressure decisions only.
template <class Msg>
class Inbox {
public:
    void push(Msg msg) {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(msg));
        }
        m_cv.notify_one();
    }

    void pushMany(std::vector<Msg>&& msgs) {
        if (msgs.empty()) return;
        {
            std::lock_guard lock(m_mutex);
            for (auto& m : msgs) m_queue.push_back(std::move(m));
        }
        msgs.clear();
        m_cv.notify_one();
    }

    /// Moves up to `maxBatch` messages into `out` (appending), waiting at most `timeout` for the
    /// first one. Returns the number taken (0 on timeout).
    template <class Rep, class Period>
    size_t popBatch(std::vector<Msg>& out, size_t maxBatch, std::chrono::duration<Rep, Period> timeout) {
        std::unique_lock lock(m_mutex);
        if (m_queue.empty() && !m_cv.wait_for(lock, timeout, [this] { return !m_queue.empty(); }))
            return 0;
        return takeLocked(out, maxBatch);
    }

    /// Like popBatch() but waits without a time limit.
    size_t popBatch(std::vector<Msg>& out, size_t maxBatch) {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return !m_queue.empty(); });
        return takeLocked(out, maxBatch);
    }

    /// Takes what is there without waiting.
    size_t tryPopBatch(std::vector<Msg>& out, size_t maxBatch) {
        std::lock_guard lock(m_mutex);
        return takeLocked(out, maxBatch);
    }

    size_t size() const {
        std::lock_guard lock(m_mutex);
        return m_queue.size();
    }

private:
    size_t takeLocked(std::vector<Msg>& out, size_t maxBatch) {
        size_t n = 0;
        while (!m_queue.empty() && n < maxBatch) {
            out.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
            ++n;
        }
        return n;
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Msg> m_queue;
};

} // namespace roost::relay
