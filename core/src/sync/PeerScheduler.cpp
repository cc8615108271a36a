#include "sync/PeerScheduler.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace roost::sync {

QString peerHealthFilePath(const QString& dataDir) { return QDir(dataDir).filePath(QStringLiteral("sync-health.json")); }


namespace {

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

} // namespace

PeerError classifyRunError(const std::string& error) {
    std::string lower = error;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (contains(lower, "auth-required:")) return PeerError::AuthRequired;
    if (contains(lower, "rate-limited:")) return PeerError::RateLimited;
    if (contains(lower, "timeout") || contains(lower, "timed out")) return PeerError::Timeout;
    if (contains(lower, "refused")) return PeerError::Refused;
    if (contains(lower, "not found") || contains(lower, "host lookup") || contains(lower, "unknown host") ||
        contains(lower, "name resolution"))
        return PeerError::Dns;
    if (contains(lower, "ssl") || contains(lower, "tls") || contains(lower, "certificate")) return PeerError::Tls;
    if (contains(lower, "connection lost") || contains(lower, "closed") || contains(lower, "remote host closed"))
        return PeerError::Closed;
    if (contains(lower, "invalid:") || contains(lower, "blocked:") || contains(lower, "restricted:") ||
        contains(lower, "error:") || contains(lower, "ignores"))
        return PeerError::Protocol;
    return PeerError::Other;
}

PeerScheduler::PeerScheduler(PeerHealth::Clock clock, PeerHealth::Random random, int maxRunning)
    : m_clock(std::move(clock)), m_random(std::move(random)), m_maxRunning(std::max(1, maxRunning)) {}

PeerScheduler::Entry* PeerScheduler::find(const QString& url) {
    for (Entry& e : m_peers)
        if (e.peer.url == url) return &e;
    return nullptr;
}

const PeerScheduler::Entry* PeerScheduler::find(const QString& url) const {
    return const_cast<PeerScheduler*>(this)->find(url);
}

QStringList PeerScheduler::setPeers(const QList<SyncPeer>& configured, const QList<SyncPeer>& discovered) {
    std::vector<Entry> next;
    QStringList stop;
    auto take = [&](const SyncPeer& p, bool isDiscovered) {
        for (const Entry& e : next)
            if (e.peer.url == p.url) return; // first one wins (configured before discovered)
        auto old = std::find_if(m_peers.begin(), m_peers.end(), [&](const Entry& e) { return e.peer.url == p.url; });
        if (old != m_peers.end()) {
            const bool reshaped = old->peer.direction != p.direction || old->peer.filter != p.filter ||
                                  old->peer.live != p.live || !p.enabled;
            if (reshaped && (old->running || old->health.state() == PeerState::Live)) {
                stop << p.url;
                // The stopped run or live link must not count as a failure: start over, due now.
                old->running = false;
                old->forced = p.enabled;
            }
            Entry e{p, isDiscovered, old->health, old->running, old->forced, old->phase, old->idsLearned, old->transferred};
            e.health.configure(p.live, p.everyMinutes, p.enabled);
            if (reshaped && p.enabled && !e.running) e.forced = true;
            m_peers.erase(old);
            next.push_back(std::move(e));
            return;
        }
        Entry e{p, isDiscovered, PeerHealth(m_clock, m_random), false, false, QString(), 0, 0};
        if (auto saved = m_restored.find(p.url); saved != m_restored.end()) e.health.restore(saved->second, nullptr);
        e.health.configure(p.live, p.everyMinutes, p.enabled);
        // A peer never synced (or just added) runs at once.
        if (p.enabled && e.health.lastSuccessMs() == 0 && e.health.consecutiveFailures() == 0) e.forced = true;
        next.push_back(std::move(e));
    };
    for (const SyncPeer& p : configured) take(p, false);
    for (const SyncPeer& p : discovered) take(p, true);
    for (const Entry& gone : m_peers) {
        if (gone.running || gone.health.state() == PeerState::Live) stop << gone.peer.url;
        m_restored.erase(gone.peer.url);
    }
    m_peers = std::move(next);
    return stop;
}

QByteArray PeerScheduler::saveJson() const {
    QJsonObject o;
    for (const Entry& e : m_peers)
        o.insert(e.peer.url, QJsonDocument::fromJson(e.health.toJson()).object());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void PeerScheduler::restore(const QByteArray& json) {
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QByteArray blob = QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact);
        if (Entry* e = find(it.key())) {
            if (!e->running && e->health.restore(blob, nullptr)) {
                e->health.configure(e->peer.live, e->peer.everyMinutes, e->peer.enabled);
                e->forced = false;
            }
        } else {
            m_restored[it.key()] = blob;
        }
    }
}

QStringList PeerScheduler::takeDue() {
    QStringList out;
    int free = m_maxRunning - running();
    for (int pass = 0; pass < 2 && free > 0; ++pass) {
        for (Entry& e : m_peers) {
            if (free <= 0) break;
            if (e.running || !e.peer.enabled) continue;
            const bool go = pass == 0 ? e.forced : e.health.isDue();
            if (!go) continue;
            e.running = true;
            e.forced = false;
            e.phase = QStringLiteral("connecting");
            e.idsLearned = e.transferred = 0;
            e.health.connecting();
            out << e.peer.url;
            --free;
        }
    }
    return out;
}

bool PeerScheduler::requestNow(const QString& url) {
    bool any = false;
    for (Entry& e : m_peers) {
        if (!url.isEmpty() && e.peer.url != url) continue;
        if (!e.peer.enabled || e.running) continue;
        e.forced = true;
        any = true;
    }
    return any;
}

void PeerScheduler::runProgress(const QString& url, const QString& phase, uint64_t idsLearned, uint64_t transferred) {
    Entry* e = find(url);
    if (!e || !e->running) return;
    e->phase = phase;
    e->idsLearned = idsLearned;
    e->transferred = transferred;
    if (phase == QLatin1String("reconciling") || phase == QLatin1String("paging") || phase == QLatin1String("learning")) {
        if (e->health.state() == PeerState::Connecting) e->health.reconciling();
    } else if (phase == QLatin1String("downloading") || phase == QLatin1String("uploading")) {
        if (e->health.state() != PeerState::Transferring) e->health.transferring();
    }
}

void PeerScheduler::runFinished(const QString& url, const PeerRunResult& result) {
    Entry* e = find(url);
    if (!e || !e->running) return;
    e->running = false;
    e->phase.clear();
    e->health.addTraffic(result.eventsDown, result.eventsUp, result.bytesIn, result.bytesOut);
    if (result.error.empty()) {
        e->health.setNegentropyUnsupported(!result.usedNegentropy);
        e->health.succeeded(true);
    } else {
        e->health.failed(classifyRunError(result.error), QString::fromStdString(result.error));
    }
}

void PeerScheduler::addLiveTraffic(const QString& url, uint64_t down, uint64_t up, uint64_t bytesIn, uint64_t bytesOut) {
    if (Entry* e = find(url)) e->health.addTraffic(down, up, bytesIn, bytesOut);
}

void PeerScheduler::liveLost(const QString& url, const std::string& error) {
    Entry* e = find(url);
    if (!e || e->running || e->health.state() != PeerState::Live) return;
    e->health.failed(classifyRunError(error), QString::fromStdString(error));
}

int64_t PeerScheduler::nextWakeMs() const {
    int64_t best = -1;
    if (running() >= m_maxRunning) return -1;
    for (const Entry& e : m_peers) {
        if (e.running || !e.peer.enabled) continue;
        const int64_t at = e.forced ? m_clock() : e.health.nextAttemptMs();
        if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    return best;
}

const SyncPeer* PeerScheduler::peer(const QString& url) const {
    const Entry* e = find(url);
    return e ? &e->peer : nullptr;
}

bool PeerScheduler::isLive(const QString& url) const {
    const Entry* e = find(url);
    return e && !e->running && e->health.state() == PeerState::Live;
}

bool PeerScheduler::isRunning(const QString& url) const {
    const Entry* e = find(url);
    return e && e->running;
}

int PeerScheduler::running() const {
    return int(std::count_if(m_peers.begin(), m_peers.end(), [](const Entry& e) { return e.running; }));
}

const PeerHealth* PeerScheduler::health(const QString& url) const {
    const Entry* e = find(url);
    return e ? &e->health : nullptr;
}

QList<SyncPeerStatus> PeerScheduler::statuses() const {
    QList<SyncPeerStatus> out;
    for (const Entry& e : m_peers) {
        SyncPeerStatus s;
        s.url = e.peer.url;
        s.direction = SyncPeer::directionName(e.peer.direction);
        s.live = e.peer.live;
        s.everyMinutes = e.peer.everyMinutes;
        s.filter = e.peer.filter;
        s.enabled = e.peer.enabled;
        s.discovered = e.discovered;
        s.state = peerStateName(e.health.state());
        s.stateText = e.health.stateText();
        s.lastError = e.health.lastError();
        s.lastSuccessMs = e.health.lastSuccessMs();
        const int64_t next = e.running || !e.peer.enabled ? -1 : e.forced ? m_clock() : e.health.nextAttemptMs();
        s.nextAttemptMs = next < 0 ? 0 : next;
        s.consecutiveFailures = e.health.consecutiveFailures();
        s.negentropyUnsupported = e.health.negentropyUnsupported();
        s.eventsDown = e.health.eventsDown();
        s.eventsUp = e.health.eventsUp();
        s.bytesIn = e.health.bytesIn();
        s.bytesOut = e.health.bytesOut();
        s.running = e.running;
        s.runPhase = e.phase;
        s.runIdsLearned = e.idsLearned;
        s.runTransferred = e.transferred;
        out << s;
    }
    return out;
}

} // namespace roost::sync
