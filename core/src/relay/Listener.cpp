#include "relay/Listener.h"

#include "relay/Nip11.h"
#include "relay/Connection.h"
#include "relay/Ingester.h"
#include "relay/LiveConfig.h"
#include "relay/Metrics.h"
#include "relay/ReqWorker.h"

#include "relay/Acceptor.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace roost::relay {

Listener::Listener(const RelayConfig& startConfig, const Hub& hub)
    : m_hub(hub), m_startConfig(startConfig), m_nip11(relay::buildNip11Document(startConfig, bool(hub.management))) {}

std::shared_ptr<const RelayConfig> Listener::config() const { return m_hub.config->get(); }

void Listener::configChanged() { m_nip11 = relay::buildNip11Document(*config(), bool(m_hub.management)); }

void releaseInput(const Hub& hub, ConnId conn, InputCredit& credit, int64_t bytes) {
    const int64_t left = credit.pendingBytes.fetch_sub(bytes) - bytes;
    if (left < InputCredit::kResumeBytes && credit.paused.exchange(false)) hub.listener->post(Listener::ResumeReading{conn});
}

bool Listener::onManagementRequest(ConnId conn, std::string authorization, std::string host, std::string target,
                                   std::string body) {
    if (!m_hub.management) return false;
    m_hub.management(conn, std::move(authorization), std::move(host), std::move(target), std::move(body));
    return true;
}

QByteArray Listener::admit(ConnId conn, const QString& ip, std::string host, std::shared_ptr<ConnectionAccess> access,
                           std::string local) {
    const auto cfg = config();
    const AccessConfig& a = cfg->access;
    if (a.maintenance) return "The relay is in maintenance mode; try again later.\n";
    if (a.blockedIps.contains(ip)) return "Your address is blocked here.\n";
    m_admitted.emplace(conn, ip);
    m_hub.metrics->connectionsOpen.fetch_add(1, std::memory_order_relaxed);
    m_hub.metrics->connectionsTotal.fetch_add(1, std::memory_order_relaxed);
    m_hub.ingesterFor(conn).post(Ingester::ConnectionOpened{conn, ip, std::move(host), std::move(access), std::move(local)});
    return {};
}

QByteArray Listener::acceptRefusal(const QString& ip) const {
    // Blocked addresses are refused at the upgrade only (admit): the owner may reach NIP-86 from one.
    const AccessConfig& a = config()->access;
    if (a.maxConnections > 0 && m_sockets.size() >= a.maxConnections) return "Too many connections.\n";
    if (a.maxConnectionsPerIp > 0 && !a.unlimitedIps.contains(ip)) {
        const auto it = m_perIp.find(ip);
        if (it != m_perIp.end() && it->second >= a.maxConnectionsPerIp) return "Too many connections from your address.\n";
    }
    return {};
}

Listener::~Listener() = default;

void Listener::post(Msg msg) {
    m_inbox.push(std::move(msg));
    if (!m_wakePosted.exchange(true))
        QMetaObject::invokeMethod(this, &Listener::drain, Qt::QueuedConnection);
}

bool Listener::listen(QString* error, quint64 socketCap) {
    m_socketCap = socketCap;
    m_acceptor = Acceptor::create(this);
    QHostAddress address;
    if (!address.setAddress(m_startConfig.bindAddress)) {
        if (error) *error = QStringLiteral("invalid bind address: %1").arg(m_startConfig.bindAddress);
        return false;
    }
    if (!m_acceptor->listen(address, m_startConfig.port, error)) return false;
    m_port = m_acceptor->port();
    configChanged(); // the Hub is complete now (NIP-86 known)
    m_acceptor->setHandler([this](qintptr descriptor) { onAccepted(descriptor); });
    return true;
}

void Listener::shutdown() {
    if (m_acceptor) m_acceptor->close();
    // Taken out first: abort() emits disconnected, which would otherwise edit the map mid-loop.
    auto connections = std::move(m_connections);
    m_connections.clear();
    m_hub.metrics->connectionsOpen.fetch_sub(int64_t(m_admitted.size()), std::memory_order_relaxed);
    m_admitted.clear();
    m_sockets.clear();
    m_perIp.clear();
    // RFC 6455 §7.4.1: tell every WebSocket client the relay is going away (1001) rather than
    // dropping the TCP connection (the client would see 1006). Waits up to kCloseGraceMs for the
    // close frames to be written and the sockets closed, then aborts what is left.
    QEventLoop loop;
    int open = 0;
    for (auto& [id, conn] : connections) {
        if (!conn->closeGoingAway()) continue;
        ++open;
        connect(conn, &Connection::finished, &loop, [&open, &loop] {
            if (--open == 0) loop.quit();
        });
    }
    if (open > 0) {
        QTimer::singleShot(kCloseGraceMs, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    for (auto& [id, conn] : connections) {
        conn->disconnect(&loop);
        conn->abort();
        conn->deleteLater();
    }
}

void Listener::onAccepted(qintptr descriptor) {
    // Past the cap from the open file limit: answered and closed on the raw descriptor, so the
    // relay never runs out of descriptors for its store and a flood costs no Qt objects.
    if (m_socketCap > 0 && m_connections.size() >= m_socketCap) {
        m_acceptor->refuse(descriptor, refusalResponse("The relay is at its limit of open connections; try again later.\n"));
        return;
    }
    // The socket is buffered whatever the open mode says: Qt 6.4's setSocketDescriptor leaves a
    // QTcpSocket's own read and write buffers on (QIODevice::Unbuffered takes effect only through
    // connectToHost). Connection bounds the read buffer at 32 KiB, so a paused connection's bytes
    // stay in the kernel, and flushes its writes itself (flushOutput).
    auto* socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor, QAbstractSocket::ConnectedState, QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        delete socket;
        m_acceptor->refuse(descriptor, {});
        return;
    }
    const ConnId id = m_nextConn++;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Every socket counts against the connection caps from here, not from its upgrade, so
    // sockets that never upgrade cannot crowd out WebSockets (they time out, Connection).
    QHostAddress peer = socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4) peer = QHostAddress(v4);
    const QString ip = peer.toString();
    QByteArray refusal = acceptRefusal(ip);
    if (refusal.isEmpty()) {
        ++m_perIp[ip];
        m_sockets.emplace(id, ip);
    }
    auto* conn = new Connection(id, socket, *this, std::move(refusal));
    conn->setParent(this);
    m_connections.emplace(id, conn);
}

void Listener::onClientText(ConnId conn, std::string text, const std::shared_ptr<InputCredit>& credit) {
    credit->pendingBytes += int64_t(text.size());
    m_hub.ingesterFor(conn).post(Ingester::ClientText{conn, std::move(text), credit});
}

void Listener::onConnectionGone(ConnId conn) {
    auto it = m_connections.find(conn);
    if (it == m_connections.end()) return;
    it->second->deleteLater();
    m_connections.erase(it);
    if (auto counted = m_sockets.find(conn); counted != m_sockets.end()) {
        if (auto ip = m_perIp.find(counted->second); ip != m_perIp.end() && --ip->second == 0) m_perIp.erase(ip);
        m_sockets.erase(counted);
    }
    if (auto admitted = m_admitted.find(conn); admitted != m_admitted.end()) {
        m_admitted.erase(admitted);
        m_hub.metrics->connectionsOpen.fetch_sub(1, std::memory_order_relaxed);
    }
    m_hub.ingesterFor(conn).post(Ingester::ConnectionClosed{conn});
}

void Listener::onCongestion(ConnId conn, bool congested) {
    m_hub.reqWorkerFor(conn).post(ReqWorker::Congestion{conn, congested});
}

void Listener::flushLater(ConnId conn) {
    m_dirty.push_back(conn);
    // Written outside a drain (a GUI command, say): make sure a drain comes to flush it.
    if (!m_draining && !m_wakePosted.exchange(true))
        QMetaObject::invokeMethod(this, &Listener::drain, Qt::QueuedConnection);
}

void Listener::flushDirty() {
    for (size_t i = 0; i < m_dirty.size(); ++i) {
        auto it = m_connections.find(m_dirty[i]);
        if (it != m_connections.end()) it->second->flushOutput();
    }
    m_dirty.clear();
}

void Listener::drain() {
    m_wakePosted = false;
    m_draining = true;
    while (m_inbox.tryPopBatch(m_batch, 1024) > 0) {
        for (Msg& msg : m_batch) {
            if (auto* frames = std::get_if<SendFrames>(&msg)) {
                sendFrames(frames->conn, frames->texts);
            } else if (auto* framed = std::get_if<SendFramedEvents>(&msg)) {
                auto it = m_connections.find(framed->conn);
                if (it != m_connections.end()) it->second->sendFramedEvents(framed->frames, framed->messages);
            } else if (auto* fan = std::get_if<Fanout>(&msg)) {
                for (const auto& [connId, subId] : fan->targets) {
                    auto it = m_connections.find(connId);
                    if (it != m_connections.end()) it->second->sendEvent(subId, *fan->eventJson);
                }
            } else if (auto* resume = std::get_if<ResumeReading>(&msg)) {
                auto it = m_connections.find(resume->conn);
                if (it != m_connections.end()) it->second->resumeReading();
            } else if (auto* http = std::get_if<HttpResponse>(&msg)) {
                auto it = m_connections.find(http->conn);
                if (it != m_connections.end()) it->second->respondJson(http->status, http->body);
            } else if (auto* dis = std::get_if<Disconnect>(&msg)) {
                auto it = m_connections.find(dis->conn);
                if (it != m_connections.end()) it->second->closeWithNotice(dis->notice);
            } else if (auto* collect = std::get_if<CollectConnections>(&msg)) {
                if (collect->reply) collect->reply(collectConnections());
            } else if (auto* byAddress = std::get_if<DisconnectAddress>(&msg)) {
                // Closing may drop a connection from m_admitted at once: pick the ids first.
                std::vector<ConnId> doomed;
                for (const auto& [id, ip] : m_admitted)
                    if (ip == byAddress->ip) doomed.push_back(id);
                for (ConnId id : doomed)
                    if (auto it = m_connections.find(id); it != m_connections.end())
                        it->second->closeWithNotice(byAddress->notice);
            }
        }
        m_batch.clear();
    }
    m_draining = false;
    flushDirty();
}

QList<ConnectionInfo> Listener::collectConnections() const {
    QList<ConnectionInfo> out;
    out.reserve(qsizetype(m_admitted.size()));
    for (const auto& [id, ip] : m_admitted)
        if (auto it = m_connections.find(id); it != m_connections.end()) out.append(it->second->info());
    std::sort(out.begin(), out.end(), [](const ConnectionInfo& a, const ConnectionInfo& b) { return a.id < b.id; });
    return out;
}

void Listener::sendFrames(ConnId conn, const std::vector<std::string>& texts) {
    auto it = m_connections.find(conn);
    if (it == m_connections.end()) return;
    for (const std::string& text : texts) it->second->sendText(text);
}

} // namespace roost::relay
