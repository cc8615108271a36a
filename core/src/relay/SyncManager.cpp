#include "relay/SyncManager.h"

#include "nostr/Canonical.h"
#include "nostr/Hex.h"
#include "nostr/Filter.h"
#include "relay/Metrics.h"
#include "relay/ReqMonitor.h"
#include "store/Database.h"
#include "store/FilterScan.h"
#include "nostr/EventParser.h"
#include "sync/LiveLink.h"
#include "sync/PeerScheduler.h"
#include "sync/SyncSession.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>
#include <map>
#include <set>

namespace roost::relay {

using namespace roost::sync;

namespace {

constexpr int kPublishEveryMs = 1000; // statuses (their "retry in" countdown) and the wake check
const std::string kSubscriptionKey = "sync-manager";

SyncDirection toDirection(SyncPeer::Direction d) {
    switch (d) {
    case SyncPeer::Direction::Down: return SyncDirection::Down;
    case SyncPeer::Direction::Up: return SyncDirection::Up;
    case SyncPeer::Direction::Both: return SyncDirection::Both;
    }
    return SyncDirection::Down;
}

bool wantsUp(const SyncPeer& p) { return p.direction != SyncPeer::Direction::Down; }

} // namespace

/// The role's state, living in its thread for as long as run() runs.
class SyncManagerLoop : public QObject {
public:
    SyncManagerLoop(SyncManager& role, QEventLoop& loop)
        : m_role(role), m_loop(loop),
          m_scheduler([] { return QDateTime::currentMSecsSinceEpoch(); },
                      [] { return QRandomGenerator::global()->generateDouble(); }) {
        m_wake.setSingleShot(true);
        connect(&m_wake, &QTimer::timeout, this, [this] { schedule(); });
        m_publish.setInterval(kPublishEveryMs);
        connect(&m_publish, &QTimer::timeout, this, [this] { schedule(); });
        m_publish.start();
    }

    void begin(const RelayConfig& config) {
        m_healthPath = SyncManager::healthFilePath(dataDir(config));
        QFile file(m_healthPath);
        if (file.open(QIODevice::ReadOnly)) m_scheduler.restore(file.readAll());
        applyConfig(config);
    }

    void drain() {
        std::vector<SyncManager::Msg> batch;
        m_role.m_inbox.tryPopBatch(batch, 4096);
        for (SyncManager::Msg& msg : batch) {
            if (auto* c = std::get_if<SyncManager::ConfigChanged>(&msg)) applyConfig(c->config);
            else if (auto* n = std::get_if<SyncManager::SyncNow>(&msg)) {
                m_scheduler.requestNow(n->url);
            } else if (auto* e = std::get_if<SyncManager::NewEvent>(&msg)) onNewEvent(*e->event);
            else {
                shutdown();
                m_stopped = true;
                m_loop.quit();
                return;
            }
        }
        schedule();
    }

    bool stopped() const { return m_stopped; }

    void shutdown() {
        m_publish.stop();
        m_wake.stop();
        if (m_role.m_hub.monitor) m_role.m_hub.monitor->post(relay::ReqMonitor::UnsubscribeInternal{kSubscriptionKey});
        for (auto& [url, session] : m_sessions) {
            QObject::disconnect(session, nullptr, this, nullptr);
            session->cancel();
            // Its run counts neither as success nor failure: it comes back due at the next start.
            delete session;
        }
        m_sessions.clear();
        for (auto& [url, link] : m_links) {
            link->close();
            delete link;
        }
        m_links.clear();
        save();
        publish();
    }

private:
    static QString dataDir(const RelayConfig& c) { return c.dataDir.isEmpty() ? defaultDataDir() : c.dataDir; }

    void applyConfig(const RelayConfig& config) {
        const bool ownersChanged = config.access.ownerPubkeys != m_config.access.ownerPubkeys || !m_configured;
        m_config = config;
        m_config.dataDir = dataDir(config);
        m_configured = true;
        if (!m_config.syncFollowRelayList) m_ownerLists.clear();
        else if (ownersChanged || m_ownerLists.empty()) loadOwnerLists();
        updatePeers();
    }

    /// The owner's newest kind 10002 from our store, once at start and when the owner keys change;
    /// later ones arrive through the internal subscription.
    void loadOwnerLists() {
        m_ownerLists.clear();
        if (m_config.access.ownerPubkeys.isEmpty()) return;
        try {
            store::Database::Options options;
            options.mode = store::Database::Mode::ReadOnly;
            auto db = store::Database::open(QDir(m_config.dataDir).filePath(QStringLiteral("roost.db")).toStdString(), options);
            const auto rows = store::queryEvents(*db, {ownerListFilter()}, 100);
            for (const store::StoredEvent& row : rows) {
                try {
                    nostr::Event ev = nostr::parseEvent(row.json);
                    takeOwnerList(ev);
                } catch (const nostr::ParseError&) {
                }
            }
        } catch (const std::exception& e) {
            std::fprintf(stderr, "roost: sync: cannot read the owner's relay list: %s\n", e.what());
        }
    }

    nostr::Filter ownerListFilter() const {
        QJsonArray authors;
        for (const QString& k : m_config.access.ownerPubkeys) authors.append(k.trimmed().toLower());
        const QJsonObject f{{QStringLiteral("kinds"), QJsonArray{10002}}, {QStringLiteral("authors"), authors}};
        return nostr::parseFilter(QJsonDocument(f).toJson(QJsonDocument::Compact).toStdString());
    }

    /// Keeps `ev` when it is the newest kind 10002 of its author. Returns whether it changed.
    bool takeOwnerList(const nostr::Event& ev) {
        const std::string author = nostr::toHex(ev.pubkey);
        auto it = m_ownerLists.find(author);
        if (it != m_ownerLists.end() &&
            (it->second.createdAt > ev.createdAt || (it->second.createdAt == ev.createdAt && it->second.id <= ev.id)))
            return false;
        m_ownerLists[author] = ev;
        return true;
    }

    /// NIP-65: "r" tags; no marker = read and write.
    QList<SyncPeer> discoveredPeers() const {
        std::map<QString, std::pair<std::set<std::string>, std::pair<bool, bool>>> relays; // url -> authors, (down, up)
        for (const auto& [author, ev] : m_ownerLists) {
            for (const auto& tag : ev.tags) {
                if (tag.size() < 2 || tag[0] != "r") continue;
                const std::string marker = tag.size() >= 3 ? tag[2] : std::string();
                const bool write = marker.empty() || marker == "write";
                const bool read = marker.empty() || marker == "read";
                const bool down = write, up = read && m_config.syncFollowRelayListUp;
                if (!down && !up) continue;
                auto& entry = relays[QString::fromStdString(tag[1]).trimmed()];
                entry.first.insert(author);
                entry.second.first |= down;
                entry.second.second |= up;
            }
        }
        QList<SyncPeer> out;
        for (const auto& [url, entry] : relays) {
            QJsonArray authors;
            for (const std::string& a : entry.first) authors.append(QString::fromStdString(a));
            const QString filter = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("authors"), authors}}).toJson(QJsonDocument::Compact));
            const QString dir = entry.second.first && entry.second.second ? QStringLiteral("both")
                                : entry.second.first                      ? QStringLiteral("down")
                                                                          : QStringLiteral("up");
            if (auto peer = SyncPeer::parse(url + QLatin1Char(' ') + dir + QStringLiteral(" live ") + filter, nullptr)) {
                if (!m_config.publicUrl.isEmpty() && peer->url == m_config.publicUrl) continue; // not ourselves
                out << *peer;
            }
        }
        return out;
    }

    void updatePeers() {
        const QList<SyncPeer> discovered = m_config.syncFollowRelayList ? discoveredPeers() : QList<SyncPeer>{};
        QStringList urls;
        for (const SyncPeer& p : discovered) urls << p.url;
        const QStringList stop = m_scheduler.setPeers(m_config.syncPeers, discovered);
        for (const QString& url : stop) {
            if (auto it = m_sessions.find(url); it != m_sessions.end()) {
                QObject::disconnect(it->second, nullptr, this, nullptr);
                it->second->cancel();
                it->second->deleteLater();
                m_sessions.erase(it);
            }
            closeLink(url);
        }
        // Links of peers that are gone or no longer live.
        std::vector<QString> gone;
        for (const auto& [url, link] : m_links)
            if (!m_scheduler.isLive(url)) gone.push_back(url);
        for (const QString& url : gone) closeLink(url);
        resubscribe();
        save();
        publish();
        // Said after the statuses are published: whoever reads the line sees them.
        if (urls != m_discoveredUrls) {
            std::fprintf(stderr, "roost: sync: the owner's relay list gives %lld peers%s%s\n", static_cast<long long>(urls.size()),
                         urls.isEmpty() ? "" : ": ", urls.join(QStringLiteral(", ")).toUtf8().constData());
            m_discoveredUrls = urls;
        }
    }

    /// One internal ReqMonitor subscription: the filters of live peers that send up, and the
    /// owner's kind 10002 when following the relay list.
    void resubscribe() {
        relay::ReqMonitor* monitor = m_role.m_hub.monitor;
        if (!monitor) return;
        std::vector<nostr::Filter> filters;
        if (m_config.syncFollowRelayList && !m_config.access.ownerPubkeys.isEmpty()) {
            try {
                filters.push_back(ownerListFilter());
            } catch (const nostr::ParseError&) {
            }
        }
        for (const SyncPeerStatus& s : m_scheduler.statuses()) {
            const SyncPeer* p = m_scheduler.peer(s.url);
            if (!p || !p->enabled || !p->live || !wantsUp(*p)) continue;
            try {
                nostr::FilterLimits limits;
                limits.maxLimit = UINT32_MAX;
                nostr::Filter f = nostr::parseFilter(p->filter.toStdString(), limits);
                f.limit.reset();
                filters.push_back(std::move(f));
            } catch (const nostr::ParseError&) {
            }
        }
        if (filters.empty()) {
            monitor->post(relay::ReqMonitor::UnsubscribeInternal{kSubscriptionKey});
            return;
        }
        SyncManager* role = &m_role;
        monitor->post(relay::ReqMonitor::SubscribeInternal{
            kSubscriptionKey, std::move(filters),
            [role](uint64_t seq, std::shared_ptr<const nostr::Event> ev) { role->post(SyncManager::NewEvent{seq, std::move(ev)}); }});
    }

    void onNewEvent(const nostr::Event& ev) {
        if (ev.kind == 10002 && m_config.syncFollowRelayList) {
            const QString author = QString::fromStdString(nostr::toHex(ev.pubkey));
            if (m_config.access.ownerPubkeys.contains(author) && takeOwnerList(ev)) updatePeers();
        }
        if (m_links.empty()) return;
        const std::string json = nostr::serializeEvent(ev);
        for (auto& [url, link] : m_links) link->push(ev, json);
    }

    void schedule() {
        for (const QString& url : m_scheduler.takeDue()) startRun(url);
        publish();
        const int64_t next = m_scheduler.nextWakeMs();
        if (next >= 0) {
            const int64_t in = next - QDateTime::currentMSecsSinceEpoch();
            if (in < kPublishEveryMs) m_wake.start(int(std::max<int64_t>(0, in)));
        }
    }

    void startRun(const QString& url) {
        const SyncPeer* peer = m_scheduler.peer(url);
        if (!peer) return;
        closeLink(url); // a live peer's daily full reconciliation (or "sync now") replaces its link
        SyncOptions options;
        options.url = QUrl(url);
        options.filterJson = peer->filter.toStdString();
        options.direction = toDirection(peer->direction);
        auto* session = new SyncSession(m_config, options);
        m_sessions[url] = session;
        connect(session, &SyncSession::progress, this, [this, url](const SyncProgress& p) {
            m_scheduler.runProgress(url, QString::fromStdString(p.phase), p.idsLearned, p.down + p.up);
        });
        connect(session, &SyncSession::finished, this, [this, url, session](const SyncReport& r) {
            auto it = m_sessions.find(url);
            if (it == m_sessions.end() || it->second != session) return;
            m_sessions.erase(it);
            session->deleteLater();
            PeerRunResult result;
            result.error = r.error;
            result.usedNegentropy = r.usedNegentropy;
            result.eventsDown = r.added;
            result.eventsUp = r.uploaded - std::min(r.uploaded, r.uploadDuplicate);
            result.bytesIn = r.bytesIn;
            result.bytesOut = r.bytesOut;
            m_scheduler.runFinished(url, result);
            publish();
            if (!r.error.empty())
                std::fprintf(stderr, "roost: sync peer %s failed: %s\n", url.toUtf8().constData(), r.error.c_str());
            else
                std::fprintf(stderr, "roost: sync peer %s: ok (added %llu, sent %llu, %s)\n", url.toUtf8().constData(),
                             static_cast<unsigned long long>(result.eventsDown), static_cast<unsigned long long>(result.eventsUp),
                             r.usedNegentropy ? "NIP-77" : ("by REQ: " + r.fallbackReason).c_str());
            save();
            if (m_scheduler.isLive(url)) openLink(url);
            QTimer::singleShot(0, this, [this] { schedule(); });
        });
        session->start();
    }

    void openLink(const QString& url) {
        const SyncPeer* peer = m_scheduler.peer(url);
        if (!peer) return;
        closeLink(url);
        auto* link = new LiveLink(m_config, QUrl(url), peer->filter.toStdString(), toDirection(peer->direction), this);
        m_links[url] = link;
        connect(link, &LiveLink::traffic, this, [this, url](uint64_t down, uint64_t up, uint64_t in, uint64_t out) {
            m_scheduler.addLiveTraffic(url, down, up, in, out);
        });
        connect(link, &LiveLink::opened, this, [url] {
            std::fprintf(stderr, "roost: sync peer %s: live link open\n", url.toUtf8().constData());
        });
        connect(link, &LiveLink::lost, this, [this, url, link](const std::string& reason) {
            auto it = m_links.find(url);
            if (it == m_links.end() || it->second != link) return;
            m_links.erase(it);
            link->deleteLater();
            std::fprintf(stderr, "roost: sync peer %s: live link lost: %s\n", url.toUtf8().constData(), reason.c_str());
            m_scheduler.liveLost(url, reason);
            save();
            schedule();
        });
        link->open();
    }

    void closeLink(const QString& url) {
        auto it = m_links.find(url);
        if (it == m_links.end()) return;
        LiveLink* link = it->second;
        m_links.erase(it);
        link->close();
        link->deleteLater();
    }

    void publish() {
        if (m_role.m_hub.metrics) m_role.m_hub.metrics->setSyncPeers(m_scheduler.statuses());
    }

    /// Written atomically (QSaveFile: a temporary file renamed over the old one).
    void save() {
        if (m_healthPath.isEmpty()) return;
        const QByteArray json = m_scheduler.saveJson();
        if (json == m_saved) return;
        QSaveFile file(m_healthPath);
        if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit()) m_saved = json;
        else std::fprintf(stderr, "roost: sync: cannot write %s\n", m_healthPath.toUtf8().constData());
    }

    SyncManager& m_role;
    QEventLoop& m_loop;
    PeerScheduler m_scheduler;
    RelayConfig m_config;
    bool m_configured = false;
    bool m_stopped = false;
    QStringList m_discoveredUrls;
    QString m_healthPath;
    QByteArray m_saved;
    QTimer m_wake, m_publish;
    std::map<QString, SyncSession*> m_sessions;
    std::map<QString, LiveLink*> m_links;
    std::map<std::string, nostr::Event> m_ownerLists; ///< author hex -> newest kind 10002
};

SyncManager::SyncManager(const RelayConfig& config, const relay::Hub& hub)
    : RoleThread("roost-sync"), m_initial(config), m_hub(hub) {}

SyncManager::~SyncManager() { join(); }

QString SyncManager::healthFilePath(const QString& dataDir) { return sync::peerHealthFilePath(dataDir); }

void SyncManager::post(Msg msg) {
    m_inbox.push(std::move(msg));
    std::lock_guard lock(m_loopMutex);
    if (auto* loop = static_cast<SyncManagerLoop*>(m_wake))
        QMetaObject::invokeMethod(loop, [loop] { loop->drain(); }, Qt::QueuedConnection);
}

void SyncManager::run() {
    // A std::thread gets Qt's event dispatcher with its first QEventLoop.
    QEventLoop loop;
    SyncManagerLoop state(*this, loop);
    state.begin(m_initial);
    {
        std::lock_guard lock(m_loopMutex);
        m_wake = &state;
    }
    state.drain(); // messages posted before the loop existed
    if (!state.stopped()) loop.exec();
    {
        std::lock_guard lock(m_loopMutex);
        m_wake = nullptr;
    }
}

} // namespace roost::relay
