#pragma once
// Cron thread: periodic jobs. Every second asks the ReqMonitor to look for external writes;
// every minute asks the Writer for a WAL checkpoint (DESIGN.md §Threads).
#include "relay/Hub.h"
#include "relay/Inbox.h"

#include <thread>
#include <variant>

namespace roost::relay {

class Cron {
public:
    struct Stop {};
    using Msg = std::variant<Stop>;

    explicit Cron(const Hub& hub);
    ~Cron();
    void post(Msg msg) { m_inbox.push(std::move(msg)); }
    void start();
    void join();

private:
    void run();
    const Hub& m_hub;
    Inbox<Msg> m_inbox;
    std::thread m_thread;
};

} // namespace roost::relay
