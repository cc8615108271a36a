#include "relay/Cron.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "relay/BackupRunner.h"
#include "relay/LiveConfig.h"
#include "relay/ReqMonitor.h"
#include "relay/Metrics.h"
#include "relay/Writer.h"
#include "store/Database.h"
#include "store/StoreStats.h"

#include <cstdio>

#include <chrono>

namespace roost::relay {

Cron::Cron(const std::string& dbPath, const Hub& hub) : RoleThread("roost-cron"), m_hub(hub) {
    store::Database::Options options;
    options.mode = store::Database::Mode::ReadOnly;
    m_db = store::Database::open(dbPath, options);
}

void Cron::sampleStore() {
    try {
        const uint64_t written = m_hub.metrics->eventsWritten.load(std::memory_order_relaxed);
        store::StoreStats s = store::computeStats(*m_db);
        m_hub.metrics->setStoreSample(std::move(s.byKind), s.events, s.fileBytes, written);
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "roost: store sample failed: %s\n", e.what());
    }
}

Cron::~Cron() { join(); }

void Cron::maybeBackup() {
    if (!m_hub.backups || !m_hub.config) return;
    const auto config = m_hub.config->get();
    const BackupConfig& b = config->backup;
    if (b.intervalHours == 0) return;
    const BackupRunner::Status s = m_hub.backups->status();
    if (s.running) return;
    const int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    const int64_t interval = int64_t(b.intervalHours) * 3600 * 1000;
    if (now < s.lastAtMs + interval) return;
    if (!s.lastError.isEmpty() && now < s.lastAttemptMs + 10 * 60 * 1000) return;
    m_hub.backups->start(backupDirectory(*config), int(b.keep), {}, {});
}

void Cron::returnFreedMemory() {
    // About 220 bytes of heap per filter item (measured, docs/RELIABILITY.md): 50,000 items is
    // some 10 MB, worth a trim; fewer are left for the allocator to reuse.
    constexpr uint64_t kTrimAfterItems = 50000;
    if (!m_hub.filterItems || m_hub.filterItems->freedSinceTrim.load(std::memory_order_relaxed) < kTrimAfterItems) return;
    m_hub.filterItems->freedSinceTrim.store(0, std::memory_order_relaxed);
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void Cron::run() {
    using namespace std::chrono;
    std::vector<Msg> batch;
    auto nextCheckpoint = steady_clock::now() + minutes(1);
    auto nextSample = steady_clock::now();
    auto nextTrim = steady_clock::now() + seconds(10);
    for (;;) {
        batch.clear();
        // The inbox wait is the tick: a Stop ends the wait at once.
        if (m_inbox.popBatch(batch, 16, seconds(1)) > 0) return;
        m_hub.monitor->post(ReqMonitor::Poll{});
        maybeBackup();
        if (steady_clock::now() >= nextSample) {
            sampleStore();
            nextSample = steady_clock::now() + seconds(10);
        }
        if (steady_clock::now() >= nextTrim) {
            returnFreedMemory();
            nextTrim = steady_clock::now() + seconds(10);
        }
        if (steady_clock::now() >= nextCheckpoint) {
            m_hub.writer->post(Writer::DeleteExpired{duration_cast<seconds>(system_clock::now().time_since_epoch()).count()});
            m_hub.writer->post(Writer::Checkpoint{});
            nextCheckpoint = steady_clock::now() + minutes(1);
        }
    }
}

} // namespace roost::relay
