#pragma once
// Cron thread: periodic jobs. Every second asks the ReqMonitor to look for external writes;
// every 10 s samples the store for /metrics; every minute asks the Writer for a WAL checkpoint
// (DESIGN.md §Threads).
#include "relay/Hub.h"
#include "relay/Inbox.h"

#include <memory>
#include <string>
#include <thread>
#include <variant>

namespace roost::store { class Database; }

namespace roost::relay {

class Cron {
public:
    struct Stop {};
    using Msg = std::variant<Stop>;

    /// Opens a read connection to the store at `dbPath` for the store samples; throws store::StoreError.
    Cron(const std::string& dbPath, const Hub& hub);
    ~Cron();
    void post(Msg msg) { m_inbox.push(std::move(msg)); }
    void start();
    void join();

private:
    void run();
    void sampleStore();
    const Hub& m_hub;
    std::unique_ptr<store::Database> m_db;
    Inbox<Msg> m_inbox;
    std::thread m_thread;
};

} // namespace roost::relay
