#include "relay/RelayImpl.h"

#include "store/RelayKey.h"
#include "nostr/Hex.h"
#include "nostr/Messages.h"
#include "nostr/Verify.h"
#include "policy/Membership.h"
#include "relay/BackupRunner.h"
#include "relay/Cron.h"
#include "relay/FileLimit.h"
#include "relay/Ingester.h"
#include "relay/Listener.h"
#include "relay/ListenerEventDispatcher.h"
#include "relay/ReqMonitor.h"
#include "relay/ReqWorker.h"
#include "relay/Writer.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "relay/SyncManager.h"
#include "sync/ThreadSignals.h"

#include <QAbstractEventDispatcher>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

#include <cstdio>
#include <atomic>

namespace roost {

std::unique_ptr<Relay> createRelay(const RelayConfig& config, QObject* parent) {
    return std::make_unique<relay::RelayImpl>(config, parent);
}

} // namespace roost

namespace roost::relay {

namespace {
/// Release/acquire pairs around what crosses to the listener thread and back (RelayImpl::start,
/// teardown): the same ordering Qt gives with a semaphore or futex inside uninstrumented
/// libQt6Core (BlockingQueuedConnection, QThread::wait), written where ThreadSanitizer sees it.
std::atomic<unsigned> s_listenerHandoff{0};
} // namespace

RelayImpl::RelayImpl(const RelayConfig& config, QObject* parent)
    : Relay(parent), m_config(config), m_live(config) {
    m_listenerThread.setObjectName(QStringLiteral("roost-listener"));
    // Emitted on the listener thread after its event loop returned (a direct connection): what it
    // did is ordered before the acquire after m_listenerThread.wait() in teardown().
    QObject::connect(&m_listenerThread, &QThread::finished,
                     [] { s_listenerHandoff.fetch_add(1, std::memory_order_release); });
    // Emitted on the listener thread as it starts: SIGINT/SIGTERM go to the main thread.
    QObject::connect(&m_listenerThread, &QThread::started, [] { sync::blockTerminationSignals(); });
    qRegisterMetaType<RelaySnapshot>();
    qRegisterMetaType<ConnectionInfo>();
    m_snapshotTimer.setInterval(kSnapshotIntervalMs);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &RelayImpl::requestSnapshot);
}

RelayImpl::~RelayImpl() { stop(); }

QString RelayImpl::url() const {
    const quint16 port = m_listener ? m_listener->boundPort() : m_config.port;
    QString host = m_config.bindAddress;
    if (host.contains(QLatin1Char(':'))) host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("ws://%1:%2").arg(host).arg(port);
}

bool RelayImpl::start(QString* error) {
    if (m_running) return true;
    const QString dataDir = m_config.dataDir.isEmpty() ? defaultDataDir() : m_config.dataDir;
    if (!QDir().mkpath(dataDir)) {
        if (error) *error = QStringLiteral("cannot create data directory %1").arg(dataDir);
        return false;
    }
    const std::string dbPath = QDir(dataDir).filePath(QStringLiteral("roost.db")).toStdString();
    // Faults found before anything opens (issue 14 item 6): a directory we cannot write and a
    // damaged store each get a sentence saying what to do, not SQLite's terse error or a crash.
    {
        QFile probe(QDir(dataDir).filePath(QStringLiteral(".roost-write-test")));
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error) *error = QStringLiteral("the data directory %1 is not writable (%2); roost keeps its event store there: "
                                               "fix its permissions or mount, or choose another --data-dir")
                                    .arg(dataDir, probe.errorString());
            return false;
        }
        probe.close();
        probe.remove();
    }
    if (QFileInfo::exists(QString::fromStdString(dbPath))) {
        const store::CheckReport check = store::checkDatabase(dbPath, true);
        if (check.damaged) {
            if (error) *error = QStringLiteral("the event store %1 is damaged (%2). Nothing was changed. Run `roost check` for "
                                               "details, then `roost restore FILE` to restore a backup, or move roost.db away "
                                               "to start with an empty store")
                                    .arg(QString::fromStdString(dbPath), QString::fromStdString(check.problems.front()));
            return false;
        }
    }
    const auto relayKey = store::loadOrCreateRelayKey(dataDir, error);
    if (!relayKey) return false;
    m_relayKey = *relayKey;
    m_config.selfPubkey = QString::fromStdString(nostr::toHex(nostr::publicKeyOf(*relayKey)));
    {
        RelayConfig live = *m_live.get();
        live.selfPubkey = m_config.selfPubkey;
        m_live.set(live);
    }
    const int cores = std::max(1, QThread::idealThreadCount());
    const int ingesters = m_config.ingesters > 0 ? m_config.ingesters : cores;
    const int reqWorkers = m_config.reqWorkers > 0 ? m_config.reqWorkers : cores;

    try {
        // The Writer opens first: it creates the file and runs the migrations.
        m_writer = std::make_unique<Writer>(dbPath, m_config.synchronousFull, m_hub);
        m_monitor = std::make_unique<ReqMonitor>(dbPath, m_hub);
        for (int i = 0; i < reqWorkers; ++i)
            m_reqWorkers.push_back(std::make_unique<ReqWorker>(i, dbPath, m_hub));
    } catch (const store::StoreError& e) {
        if (error) *error = QStringLiteral("cannot open the event store: %1").arg(QString::fromStdString(e.what()));
        teardown();
        return false;
    }
    for (int i = 0; i < ingesters; ++i) m_ingesters.push_back(std::make_unique<Ingester>(i, m_hub));
    m_listener = std::make_unique<Listener>(m_config, m_hub);
    try {
        m_cron = std::make_unique<Cron>(dbPath, m_hub);
    } catch (const store::StoreError& e) {
        if (error) *error = QStringLiteral("cannot open the event store: %1").arg(QString::fromStdString(e.what()));
        teardown();
        return false;
    }

    m_hub.listener = m_listener.get();
    m_hub.writer = m_writer.get();
    m_hub.monitor = m_monitor.get();
    m_hub.config = &m_live;
    m_hub.metrics = &m_metrics;
    m_filterItems.open = 0;
    m_filterItems.freedSinceTrim = 0;
    m_hub.filterItems = &m_filterItems;
    m_hub.known = &m_known;
    m_hub.relayKey = &m_relayKey;
    if (m_api && m_apiObject) {
        // NIP-86 runs in the API's thread (where Settings lives); the answer goes back through the Listener's inbox.
        // A queued call to a destroyed context object is dropped, so `api` is alive whenever it runs.
        QPointer<QObject> context = m_apiObject;
        ManagementHandler* api = m_api;
        m_hub.management = [context, api, this](ConnId conn, std::string auth, std::string host, std::string target, std::string body) {
            QMetaObject::invokeMethod(context, [api, this, conn, auth = std::move(auth), host = std::move(host),
                                            target = std::move(target), body = std::move(body)] {
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                api->handle(QByteArray::fromStdString(auth), QString::fromStdString(host), QString::fromStdString(target),
                            QByteArray::fromStdString(body), now, [this, conn](const ManagementResponse& r) {
                                if (m_listener) m_listener->post(Listener::HttpResponse{conn, r.httpStatus, r.body});
                            });
            }, Qt::QueuedConnection);
        };
        // NIP-43 join/leave change the member list through the same Settings as NIP-86 and the GUI.
        m_hub.membership = [context, api, this](ConnId conn, nostr::Id eventId, nostr::PubKey pubkey, bool join, std::string claim) {
            QMetaObject::invokeMethod(context, [api, this, conn, eventId, pubkey, join, claim = std::move(claim)] {
                QString error;
                // Single-use codes are claimed here, in the one thread that edits the settings,
                // so two joins with the same code cannot both pass.
                const bool claimed = !join || api->claimInvite(QString::fromStdString(claim), QDateTime::currentSecsSinceEpoch(), &error);
                const bool ok = claimed && api->setMember(QString::fromStdString(nostr::toHex(pubkey)), join, &error);
                const std::string reason = !claimed ? error.toStdString()
                                           : !ok    ? "error: " + error.toStdString()
                                           : join   ? "info: welcome to " + url().toStdString() : std::string();
                if (m_listener) m_listener->post(Listener::SendFrames{conn, {nostr::makeOkMessage(eventId, ok, reason)}});
            }, Qt::QueuedConnection);
        };
    }
    m_hub.rateLimiter = &m_rateLimiter;
    m_backups = std::make_unique<BackupRunner>(dataDir);
    m_backups->seedFrom(backupDirectory(*m_live.get()));
    m_hub.backups = m_backups.get();
    for (auto& i : m_ingesters) m_hub.ingesters.push_back(i.get());
    for (auto& r : m_reqWorkers) m_hub.reqWorkers.push_back(r.get());

    m_listener->moveToThread(&m_listenerThread);
    // Qt deletes a thread's dispatcher when the thread finishes, so each start installs a fresh one.
    if (QAbstractEventDispatcher* dispatcher = createListenerEventDispatcher())
        m_listenerThread.setEventDispatcher(dispatcher);
    m_listenerThread.start();
    // Issue 14 item 4: a desktop session or a systemd service starts us with a soft limit of
    // 1,024 descriptors; take the hard limit and leave room for the store (relay/FileLimit.h).
    const FileLimit files = raiseOpenFileLimit();
    const quint64 socketCap = socketCapFor(files.now);
    if (files.now > 0) {
        const QString raised = files.now != files.before ? QStringLiteral(" (raised from %1)").arg(files.before) : QString();
        std::fprintf(stderr, "roost: open file limit %llu%s: at most %llu client sockets\n",
                     static_cast<unsigned long long>(files.now), qPrintable(raised), static_cast<unsigned long long>(socketCap));
    }
    bool listening = false;
    QString listenError;
    // `listening` and `listenError` cross to the listener thread and back. Qt orders that with a
    // semaphore inside libQt6Core, which ThreadSanitizer cannot see; the release/acquire pairs on
    // `s_listenerHandoff` are the same ordering in plain C++, which it can.
    s_listenerHandoff.fetch_add(1, std::memory_order_release);
    QMetaObject::invokeMethod(m_listener.get(), [&] {
        s_listenerHandoff.load(std::memory_order_acquire);
        listening = m_listener->listen(&listenError, socketCap);
        s_listenerHandoff.fetch_add(1, std::memory_order_release);
    }, Qt::BlockingQueuedConnection);
    s_listenerHandoff.load(std::memory_order_acquire);
    if (!listening) {
        if (error) *error = QStringLiteral("cannot listen on %1:%2: %3")
                                .arg(m_config.bindAddress).arg(m_config.port).arg(listenError);
        teardown();
        return false;
    }
    m_writer->start();
    m_monitor->start();
    for (auto& r : m_reqWorkers) r->start();
    for (auto& i : m_ingesters) i->start();
    m_cron->start();
    {
        RelayConfig syncConfig = *m_live.get();
        syncConfig.dataDir = dataDir;
        m_sync = std::make_unique<SyncManager>(syncConfig, m_hub);
        m_sync->start();
    }
    m_running = true;
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_snapshotPending = false;
    m_snapshotTimer.start();
    requestSnapshot();
    publishMemberList(*m_live.get());
    emit started(url());
    return true;
}

void RelayImpl::applyConfig(const RelayConfig& config) {
    RelayConfig next = config;
    // Restart-only keys stay as started.
    next.bindAddress = m_config.bindAddress;
    next.port = m_config.port;
    next.dataDir = m_config.dataDir;
    next.ingesters = m_config.ingesters;
    next.reqWorkers = m_config.reqWorkers;
    next.synchronousFull = m_config.synchronousFull;
    next.selfPubkey = m_config.selfPubkey;
    m_live.set(next);
    if (m_sync && m_running) {
        RelayConfig syncConfig = next;
        if (syncConfig.dataDir.isEmpty()) syncConfig.dataDir = defaultDataDir();
        m_sync->post(SyncManager::ConfigChanged{std::move(syncConfig)});
    }
    if (m_writer && m_running) m_writer->post(Writer::RefreshKnown{}); // owners or depth may have changed
    for (auto& ingester : m_ingesters) ingester->post(Ingester::ConfigChanged{});
    if (m_running) publishMemberList(next);
    if (m_listener && m_listenerThread.isRunning())
        QMetaObject::invokeMethod(m_listener.get(), &Listener::configChanged, Qt::QueuedConnection);
}

void RelayImpl::publishMemberList(const RelayConfig& config) {
    if (!config.access.nip43Enabled || !m_writer) return;
    QStringList members;
    for (const QString& m : config.access.memberPubkeys) members << m.trimmed().toLower();
    members.sort();
    if (m_memberListPublished && members == m_publishedMembers) return;
    nostr::Event list;
    list.kind = 13534;
    // Strictly newer than the last one, so a second change in the same second still replaces it.
    list.createdAt = std::max<int64_t>(QDateTime::currentSecsSinceEpoch(), m_lastMemberListAt + 1);
    list.tags.push_back({"-"});
    for (const QString& m : members) list.tags.push_back({"member", m.toStdString()});
    nostr::signEvent(list, m_relayKey);
    // NIP-43 §Add User / §Remove User: kind 8000/8001 for each change seen while running (the
    // first list of a run has nothing to compare with).
    if (m_memberListPublished) {
        std::vector<std::string> before, after;
        for (const QString& m : m_publishedMembers) before.push_back(m.toStdString());
        for (const QString& m : members) after.push_back(m.toStdString());
        for (nostr::Event& change : policy::memberChangeEvents(before, after, list.createdAt, m_relayKey))
            m_writer->post(Writer::Write{0, std::move(change)});
    }
    m_lastMemberListAt = list.createdAt;
    m_publishedMembers = members;
    m_memberListPublished = true;
    m_writer->post(Writer::Write{0, std::move(list)});
}

void RelayImpl::syncNow(const QString& url) {
    if (m_sync && m_running) m_sync->post(SyncManager::SyncNow{url});
}

void RelayImpl::backupNow(std::function<void(BackupOutcome)> done, BackupProgressFn progress) {
    auto fail = [this, done](const QString& error) {
        BackupOutcome o;
        o.error = error;
        QMetaObject::invokeMethod(this, [done, o] { if (done) done(o); }, Qt::QueuedConnection);
    };
    if (!m_running || !m_backups) return fail(QStringLiteral("the relay is not running"));
    const auto config = m_live.get();
    QPointer<RelayImpl> self(this);
    // The callbacks run on the backup thread; they reach the caller on this object's thread.
    const bool started = m_backups->start(
        backupDirectory(*config), int(config->backup.keep),
        [self, progress](const QString& phase, int percent) {
            if (progress && self) QMetaObject::invokeMethod(self, [self, progress, phase, percent] { if (self) progress(phase, percent); }, Qt::QueuedConnection);
        },
        [self, done](const BackupOutcome& outcome) {
            if (self) QMetaObject::invokeMethod(self, [self, done, outcome] { if (self && done) done(outcome); }, Qt::QueuedConnection);
        });
    if (!started) fail(QStringLiteral("a backup is already running"));
}

void RelayImpl::closeConnection(quint64 connectionId) {
    if (m_listener && m_running) m_listener->post(Listener::Disconnect{connectionId, "error: closed by the relay operator"});
}

bool RelayImpl::setIpBlocked(const QString& ip, bool blocked, QString* error) {
    if (!m_api || !m_apiObject) {
        if (error) *error = QStringLiteral("no settings to write the blocked address to");
        return false;
    }
    if (!m_api->setIpBlocked(ip, blocked, error)) return false;
    if (blocked && m_listener && m_running) {
        QHostAddress address(ip.trimmed());
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        if (isV4) address = QHostAddress(v4);
        m_listener->post(Listener::DisconnectAddress{address.toString(), "blocked: your address is blocked here"});
    }
    return true;
}

void RelayImpl::requestSnapshot() {
    if (!m_listener || !m_running || m_snapshotPending) return;
    m_snapshotPending = true;
    QPointer<RelayImpl> self(this);
    const uint64_t generation = m_generation;
    m_listener->post(Listener::CollectConnections{[self, generation](QList<ConnectionInfo> connections) {
        // Runs in the Listener's thread: hand the list over to the relay's thread.
        QMetaObject::invokeMethod(self, [self, generation, connections = std::move(connections)]() mutable {
            if (self && self->m_generation == generation) self->finishSnapshot(std::move(connections));
        }, Qt::QueuedConnection);
    }});
}

void RelayImpl::finishSnapshot(QList<ConnectionInfo> connections) {
    m_snapshotPending = false;
    if (!m_running) return;
    RelaySnapshot s;
    s.takenAtMs = QDateTime::currentMSecsSinceEpoch();
    s.running = true;
    s.connections = quint64(std::max<int64_t>(0, m_metrics.connectionsOpen.load(std::memory_order_relaxed)));
    for (const auto& n : m_metrics.messagesIn) s.messagesIn += n.load(std::memory_order_relaxed);
    for (const auto& n : m_metrics.messagesOut) s.messagesOut += n.load(std::memory_order_relaxed);
    s.bytesIn = m_metrics.bytesIn.load(std::memory_order_relaxed);
    s.bytesOut = m_metrics.bytesOut.load(std::memory_order_relaxed);
    const Metrics::StoreSample sample = m_metrics.storeSample();
    const uint64_t written = m_metrics.eventsWritten.load(std::memory_order_relaxed);
    s.eventsStored = sample.events + (written > sample.writtenAtSample ? written - sample.writtenAtSample : 0);
    s.dbSizeBytes = sample.bytes;
    s.uptimeSeconds = (s.takenAtMs - m_startedAtMs) / 1000;
    for (const auto& [kind, n] : sample.byKind) s.kinds.append(KindCount{kind, n});
    s.connectionList = std::move(connections);
    if (m_backups) m_lastBackup = m_backups->status();
    s.lastBackupAtMs = m_lastBackup.lastAtMs;
    s.lastBackupFile = m_lastBackup.lastFile;
    s.lastBackupError = m_lastBackup.lastError;
    s.backupRunning = m_lastBackup.running;
    s.backupPhase = m_lastBackup.phase;
    s.backupPercent = m_lastBackup.percent;
    s.syncPeers = m_metrics.syncPeers();
    m_snapshot = s;
    emit snapshotTaken(m_snapshot);
}

void RelayImpl::stop() {
    if (!m_running) return;
    m_snapshotTimer.stop();
    ++m_generation;
    m_snapshotPending = false;
    teardown();
    m_running = false;
    m_snapshot = RelaySnapshot{};
    emit stopped();
}

// Stops in message-flow order so every queued write commits: the Listener stops reading, the
// Ingesters finish their queues, then the Writer commits what they handed over, then readers.
// Queued reads are not answered (their connections are closing): the ReqWorkers drop them at
// once, so a flood of REQ/COUNT cannot hold the exit back.
void RelayImpl::teardown() {
    m_memberListPublished = false;
    for (auto& r : m_reqWorkers) r->dropQueuedReads();
    if (m_listener && m_listenerThread.isRunning()) {
        s_listenerHandoff.fetch_add(1, std::memory_order_release);
        QMetaObject::invokeMethod(m_listener.get(), [this] {
            s_listenerHandoff.load(std::memory_order_acquire);
            m_listener->shutdown();
            s_listenerHandoff.fetch_add(1, std::memory_order_release);
        }, Qt::BlockingQueuedConnection);
        s_listenerHandoff.load(std::memory_order_acquire);
    }
    // The SyncManager first: its runs and live links write through their own store connections.
    if (m_sync) { m_sync->post(SyncManager::Stop{}); m_sync->join(); }
    for (auto& i : m_ingesters) { i->post(Ingester::Stop{}); i->join(); }
    if (m_cron) { m_cron->post(Cron::Stop{}); m_cron->join(); }
    if (m_backups) m_lastBackup = m_backups->status();
    m_backups.reset(); // cancels a running backup and waits for it
    m_lastBackup.running = false;
    if (m_writer) { m_writer->post(Writer::Stop{}); m_writer->join(); }
    for (auto& r : m_reqWorkers) { r->post(ReqWorker::Stop{}); r->join(); }
    if (m_monitor) { m_monitor->post(ReqMonitor::Stop{}); m_monitor->join(); }
    m_listenerThread.quit();
    m_listenerThread.wait();
    s_listenerHandoff.load(std::memory_order_acquire); // pairs with the release on `finished`
    m_hub = Hub{};
    m_sync.reset();
    m_cron.reset();
    m_ingesters.clear();
    m_listener.reset();
    m_reqWorkers.clear();
    m_monitor.reset();
    m_writer.reset();
}

} // namespace roost::relay
