#pragma once
// The relay's current configuration as an immutable snapshot that any thread can read without
// locks; a settings change publishes a new snapshot (live keys apply at once).
#include "roost/RelayConfig.h"

#include <atomic>
#include <memory>

namespace roost::relay {

class LiveConfig {
public:
    explicit LiveConfig(const RelayConfig& initial) : m_current(std::make_shared<const RelayConfig>(initial)) {}
    /// The current snapshot; hold it for the duration of one unit of work.
    std::shared_ptr<const RelayConfig> get() const { return m_current.load(std::memory_order_acquire); }
    void set(const RelayConfig& next) {
        m_current.store(std::make_shared<const RelayConfig>(next), std::memory_order_release);
    }

private:
    std::atomic<std::shared_ptr<const RelayConfig>> m_current;
};

} // namespace roost::relay
