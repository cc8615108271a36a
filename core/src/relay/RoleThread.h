#pragma once
// What every engine thread has in common (DESIGN.md §Threads): a named std::thread running the
// role's loop, started and joined. Each role keeps its own typed Inbox and post().
#include "relay/Hub.h"
#include "sync/ThreadSignals.h"

#include <string>
#include <thread>

namespace roost::relay {

class RoleThread {
public:
    RoleThread(const RoleThread&) = delete;
    RoleThread& operator=(const RoleThread&) = delete;

    /// Starts the thread under its name (<= 15 characters are shown by `top -H`).
    void start() {
        m_thread = std::thread([this] {
            sync::blockTerminationSignals(); // SIGINT/SIGTERM go to the main thread
            setThreadName(m_name.c_str());
            run();
        });
    }
    /// Waits for run() to return (after the role's Stop message). RelayImpl joins every role
    /// before destroying it: run() uses the derived object, gone by the time ~RoleThread runs.
    void join() {
        if (m_thread.joinable()) m_thread.join();
    }

protected:
    explicit RoleThread(std::string name) : m_name(std::move(name)) {}
    virtual ~RoleThread() { join(); }
    /// The role's loop: take batches from its inbox until Stop.
    virtual void run() = 0;

private:
    std::string m_name;
    std::thread m_thread;
};

} // namespace roost::relay
