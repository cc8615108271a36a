#pragma once
// A single-threaded WebSocket client for many connections: non-blocking sockets and epoll,
// no TLS, no extensions. The load generator's only I/O path (see docs/PERFORMANCE.md for the
// null-relay measurement that bounds its own cost).
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace roost::bench {

/// Connections to one ws://host:port/ endpoint, driven by run(). Not thread-safe.
class WsClient {
public:
    /// Callbacks, all called from run(). `conn` is the index returned by connect().
    struct Handler {
        virtual ~Handler() = default;
        /// The upgrade answered 101; sendText may be used from here on.
        virtual void onOpen(int conn) = 0;
        /// One whole text (or binary) message; the view is valid only during the call.
        virtual void onText(int conn, std::string_view message) = 0;
        /// The connection failed or closed; `why` is a short reason.
        virtual void onClosed(int conn, const std::string& why) {}
    };

    /// Targets `host` (IPv4 dotted quad) and `port`.
    WsClient(std::string host, uint16_t port, Handler& handler);
    ~WsClient();
    WsClient(const WsClient&) = delete;
    WsClient& operator=(const WsClient&) = delete;

    /// Starts a non-blocking connect and the upgrade; returns the connection index, or -1 when
    /// socket() fails (e.g. out of file descriptors).
    int connect();
    /// Queues one masked text frame; it is written at the end of the current run() iteration.
    void sendText(int conn, std::string_view text);
    /// Closes the socket without a closing handshake.
    void close(int conn);

    /// Processes I/O until `done()` returns true or `timeoutSec` passes (returns false then).
    /// `tick` (optional) is called on every loop iteration, at least every millisecond.
    bool run(const std::function<bool()>& done, double timeoutSec, const std::function<void()>& tick = {});

    int openCount() const { return m_open; }
    /// Bytes of unsent output queued for `conn`.
    size_t pendingOutput(int conn) const;

private:
    struct Conn;
    void handleReadable(int conn);
    void flush(int conn);
    void fail(int conn, const std::string& why);

    std::string m_host;
    uint16_t m_port;
    Handler& m_handler;
    int m_epoll = -1;
    int m_open = 0;
    std::vector<std::unique_ptr<Conn>> m_conns;
    std::vector<int> m_dirty;
};

/// Monotonic time in nanoseconds (steady_clock).
int64_t nowNs();

} // namespace roost::bench
