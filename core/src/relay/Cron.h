#pragma once
// Cron thread: periodic jobs. Every second asks the ReqMonitor to look for external writes;
// every 10 s samples the store for /metrics; every minute asks the Writer for a WAL checkpoint
// (DESIGN.md §Threads). Starts a scheduled backup (BackupRunner) when backup/interval is due.
// Every 10 s returns freed heap memory to the system after large frees (malloc_trim).
#include "relay/Hub.h"
#include "relay/Inbox.h"
#include "relay/RoleThread.h"

#include <memory>
#include <string>
#include <thread>
#include <variant>

namespace roost::store { class Database; }

namespace roost::relay {

class Cron final : public RoleThread {
public:
    struct Stop {};
    using Msg = std::variant<Stop>;

    /// Opens a read connection to the store at `dbPath` for the store samples; throws store::StoreError.
    Cron(const std::string& dbPath, const Hub& hub);
    ~Cron() override;
    void post(Msg msg) { m_inbox.push(std::move(msg)); }

private:
    void run() override;
    void sampleStore();
    /// Starts a backup when backup/interval hours passed since the last one (a failed attempt
    /// is retried after 10 minutes at the earliest).
    void maybeBackup();
    /// After large frees (subscription filters of closed subscriptions and connections, counted
    /// in Hub::filterItems) gives free heap pages back to the system (glibc malloc_trim; a no-op
    /// elsewhere), so the relay's RSS falls once a burst of big subscriptions is gone.
    void returnFreedMemory();
    const Hub& m_hub;
    std::unique_ptr<store::Database> m_db;
    Inbox<Msg> m_inbox;
};

} // namespace roost::relay
