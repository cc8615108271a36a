#include "relay/Cron.h"

#include "relay/ReqMonitor.h"
#include "relay/Writer.h"

#include <chrono>

namespace roost::relay {

Cron::Cron(const Hub& hub) : m_hub(hub) {}

Cron::~Cron() { join(); }

void Cron::start() { m_thread = std::thread([this] { run(); }); }

void Cron::join() {
    if (m_thread.joinable()) m_thread.join();
}

void Cron::run() {
    setThreadName("roost-cron");
    using namespace std::chrono;
    std::vector<Msg> batch;
    auto nextCheckpoint = steady_clock::now() + minutes(1);
    for (;;) {
        batch.clear();
        // The inbox wait is the tick: a Stop ends the wait at once.
        if (m_inbox.popBatch(batch, 16, seconds(1)) > 0) return;
        m_hub.monitor->post(ReqMonitor::Poll{});
        if (steady_clock::now() >= nextCheckpoint) {
            m_hub.writer->post(Writer::Checkpoint{});
            nextCheckpoint = steady_clock::now() + minutes(1);
        }
    }
}

} // namespace roost::relay
