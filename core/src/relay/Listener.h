#pragma once
// Listener thread: accepts TCP connections, answers plain HTTP (NIP-11), upgrades WebSockets,
// moves client messages to the Ingesters and writes outgoing frames. Never parses JSON or
// touches the store (DESIGN.md §Threads). Lives in its own QThread with an event loop.
#include "relay/Hub.h"
#include "relay/Inbox.h"
#include "roost/RelayConfig.h"
#include "roost/RelaySnapshot.h"

#include <QObject>
#include <QHash>
#include <QHostAddress>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

namespace roost::relay {

class Acceptor;
class Connection;

class Listener : public QObject {
    Q_OBJECT
public:
    /// Complete relay messages (OK, EOSE, CLOSED, NOTICE, stored EVENTs, COUNT) for one connection.
    struct SendFrames { ConnId conn; std::vector<std::string> texts; };
    /// `messages` stored EVENT messages already framed (WebSocket text frames, back to back), from
    /// a ReqWorker: appended to the connection's output as they are.
    struct SendFramedEvents { ConnId conn; std::string frames; uint32_t messages; };
    /// One live event for many subscriptions: the JSON is shared, a frame is made per target.
    struct Fanout { std::shared_ptr<const std::string> eventJson; std::vector<std::pair<ConnId, std::string>> targets; };
    /// Send a NOTICE and close the connection.
    struct Disconnect { ConnId conn; std::string notice; };
    /// The connection's Ingester caught up: read its socket again (see InputCredit).
    struct ResumeReading { ConnId conn; };
    /// The answer to a plain HTTP request that was handed elsewhere (NIP-86).
    struct HttpResponse { ConnId conn; int status; QByteArray body; };
    /// Snapshot request: `reply` is called in the Listener's thread with every open WebSocket
    /// connection, ascending id (the caller hands the list on to its own thread).
    struct CollectConnections { std::function<void(QList<ConnectionInfo>)> reply; };
    /// Send a NOTICE and close every open WebSocket connection from address `ip`.
    struct DisconnectAddress { QString ip; std::string notice; };
    using Msg = std::variant<SendFrames, SendFramedEvents, Fanout, Disconnect, ResumeReading, HttpResponse, CollectConnections,
                             DisconnectAddress>;

    /// Output buffer watermarks per connection (bytes): above kHighWater the connection's scans
    /// pause, below kLowWater they resume; live events past kMaxQueued close the connection.
    static constexpr qint64 kHighWater = 4 << 20;
    static constexpr qint64 kLowWater = 1 << 20;
    static constexpr qint64 kMaxQueued = 64 << 20;
    /// shutdown() waits at most this long (ms) for the 1001 close frames to go out.
    static constexpr int kCloseGraceMs = 1000;

    /// `startConfig` gives the restart-only keys (bind address, port); live keys are read from
    /// the Hub's LiveConfig whenever they are needed.
    Listener(const RelayConfig& startConfig, const Hub& hub);
    ~Listener() override;

    /// Thread-safe: queue a message and wake the Listener's event loop.
    void post(Msg msg);

    /// Binds and listens (call in the Listener's thread). Returns false with `error` set.
    /// `socketCap` (0: none) is the most sockets kept open at once, from the open file limit
    /// (relay/FileLimit.h); sockets past it get an HTTP 503 at accept and are closed at once,
    /// before any QTcpSocket is made for them (issue 14 item 4).
    Q_INVOKABLE bool listen(QString* error, quint64 socketCap = 0);
    /// Stops accepting and closes every connection (call in the Listener's thread): WebSocket
    /// clients get a close frame 1001 "going away" first (waits up to kCloseGraceMs for them).
    Q_INVOKABLE void shutdown();
    quint16 boundPort() const { return m_port.load(); }

    // Used by Connection:
    /// NIP-86 request (POST, Content-Type application/nostr+json+rpc); `target` is the request
    /// line's path and query (NIP-98 `u` must name it). False when NIP-86 is off.
    bool onManagementRequest(ConnId conn, std::string authorization, std::string host, std::string target,
                             std::string body);
    void onClientText(ConnId conn, std::string text, const std::shared_ptr<InputCredit>& credit);
    void onConnectionGone(ConnId conn);
    /// `conn` has corked output: flushed at the end of the current (or next) inbox drain.
    void flushLater(ConnId conn);
    void onCongestion(ConnId conn, bool congested);
    std::shared_ptr<const RelayConfig> config() const;
    const QByteArray& nip11Document() const { return m_nip11; }
    Metrics& metrics() const { return *m_hub.metrics; }
    /// Whether a new WebSocket from `ip` may open now (maintenance, blocked address; the caps
    /// were checked at accept, see acceptRefusal). Returns ""
    /// when admitted (and counts it), else the reason for the HTTP 503 answer. `host` is the
    /// upgrade request's Host header (the name the client used for this relay); `access` goes to
    /// the connection's Ingester to fill in for snapshots; `local` is the socket's local
    /// "ip:port" ("[v6]:port"), which a NIP-42 relay tag may name.
    QByteArray admit(ConnId conn, const QString& ip, std::string host, std::shared_ptr<ConnectionAccess> access,
                     std::string local = {});
    /// Re-reads the live settings: NIP-11 document (call in the Listener's thread).
    Q_INVOKABLE void configChanged();

private slots:
    void drain();

private:
    /// A socket descriptor from the Acceptor: refused past the socket cap, else a Connection.
    void onAccepted(qintptr descriptor);
    /// Why a socket just accepted from `ip` is refused ("" when it is not):
    /// access/max_connections or access/max_connections_per_ip reached by the open sockets
    /// (WebSocket or not yet). The Connection answers its request 503 with this text.
    QByteArray acceptRefusal(const QString& ip) const;
    void sendFrames(ConnId conn, const std::vector<std::string>& texts);
    QList<ConnectionInfo> collectConnections() const;
    const Hub& m_hub;
    RelayConfig m_startConfig;
    std::unordered_map<QString, uint32_t> m_perIp;  // open sockets counted at accept, per address
    std::unordered_map<ConnId, QString> m_sockets;  // sockets counted against the caps -> address
    std::unordered_map<ConnId, QString> m_admitted; // upgraded (admitted) WebSocket -> address
    Acceptor* m_acceptor = nullptr;
    quint64 m_socketCap = 0;
    std::atomic<quint16> m_port{0};
    ConnId m_nextConn = 1;
    std::unordered_map<ConnId, Connection*> m_connections;
    std::vector<ConnId> m_dirty; // connections with corked output (Connection::queueFrame)
    bool m_draining = false;
    void flushDirty();
    Inbox<Msg> m_inbox;
    std::atomic<bool> m_wakePosted{false};
    std::vector<Msg> m_batch;
    QByteArray m_nip11;
};

} // namespace roost::relay
