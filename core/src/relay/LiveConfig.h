#pragma once
// The relay's current configuration as an immutable snapshot that any thread can read (a mutex
// held only to copy the pointer: libstdc++ 12's std::atomic<std::shared_ptr> releases its internal
// lock in load() with memory_order_relaxed, a data race ThreadSanitizer reports); a settings change
// publishes a new snapshot (live keys apply at once).
#include "roost/RelayConfig.h"

#include <memory>
#include <mutex>

namespace roost::relay {

class LiveConfig {
public:
    explicit LiveConfig(const RelayConfig& initial) : m_current(std::make_shared<const RelayConfig>(initial)) {}
    /// The current snapshot; hold it for the duration of one unit of work.
    std::shared_ptr<const RelayConfig> get() const {
        std::lock_guard lock(m_mutex);
        return m_current;
    }
    void set(const RelayConfig& next) {
        auto snapshot = std::make_shared<const RelayConfig>(next);
        std::lock_guard lock(m_mutex);
        m_current.swap(snapshot); // the old snapshot is released after the lock, by `snapshot`
    }

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const RelayConfig> m_current;
};

} // namespace roost::relay
