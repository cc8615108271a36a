#pragma once
// Ingester thread: parses client messages, validates events (shape, limits, id, signature) and
// routes work to the Writer, ReqWorker and ReqMonitor (DESIGN.md §Threads).
#include "relay/Hub.h"
#include "relay/Inbox.h"
#include "roost/RelayConfig.h"

#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <variant>

namespace roost::relay {

class Ingester {
public:
    /// One WebSocket text message from a connection, in arrival order.
    struct ClientText { ConnId conn; std::string text; std::shared_ptr<InputCredit> credit; };
    /// The connection is gone: forget its subscriptions (forwarded to its ReqWorker).
    struct ConnectionClosed { ConnId conn; };
    /// Finish what is queued, then exit the thread.
    struct Stop {};
    using Msg = std::variant<ClientText, ConnectionClosed, Stop>;

    /// `now` returns Unix seconds (injectable clock for tests of the created_at window).
    Ingester(int index, const RelayConfig& config, const Hub& hub, std::function<int64_t()> now = {});
    ~Ingester();

    void post(Msg msg) { m_inbox.push(std::move(msg)); }
    void start();
    void join();

private:
    void run();
    void handleText(ConnId conn, const std::string& text);
    void replyNotice(ConnId conn, std::string_view reason);
    void release(ConnId conn, InputCredit& credit, int64_t bytes);

    int m_index;
    const RelayConfig& m_config;
    const Hub& m_hub;
    std::function<int64_t()> m_now;
    Inbox<Msg> m_inbox;
    std::thread m_thread;
    std::unordered_map<ConnId, std::unordered_set<std::string>> m_subscriptions;
};

} // namespace roost::relay
