#pragma once
// The engine behind the Relay facade: owns the threads of DESIGN.md and wires their inboxes.
#include "policy/KnownKeys.h"
#include "relay/BackupRunner.h"
#include "policy/RateLimiter.h"
#include "relay/Hub.h"
#include "relay/LiveConfig.h"
#include "relay/Metrics.h"
#include "roost/ManagementHandler.h"
#include "roost/Relay.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>
#include <vector>

namespace roost::relay {

class BackupRunner;
class SyncManager;
class Cron;

class RelayImpl final : public Relay {
    Q_OBJECT
public:
    explicit RelayImpl(const RelayConfig& config, QObject* parent = nullptr);
    ~RelayImpl() override;

    bool start(QString* error) override;
    void stop() override;
    bool isRunning() const override { return m_running; }
    QString url() const override;
    RelayConfig config() const override { return *m_live.get(); }
    void applyConfig(const RelayConfig& config) override;
    void setManagementApi(ManagementHandler* api) override {
        m_api = api;
        m_apiObject = api ? api->handlerObject() : nullptr;
    }
    RelaySnapshot snapshot() const override { return m_snapshot; }
    void closeConnection(quint64 connectionId) override;
    void syncNow(const QString& url) override;
    void backupNow(std::function<void(BackupOutcome)> done, BackupProgressFn progress) override;
    bool setIpBlocked(const QString& ip, bool blocked, QString* error) override;

    // Store commands (RelayStoreCommands.cpp).
    void queryEvents(const QByteArray& filterJson, int limit,
                     std::function<void(QList<QByteArray>, QString)> done) override;
    void countEvents(const QByteArray& filterJson, std::function<void(quint64, QString)> done) override;
    void deleteEvents(const QByteArray& filterJson, std::function<void(quint64, QString)> done) override;
    void banEvent(const QString& idHex, const QString& reason, std::function<void(bool, QString)> done) override;
    void unbanEvent(const QString& idHex, std::function<void(bool, QString)> done) override;
    void listBannedEvents(std::function<void(QList<BannedEventInfo>, QString)> done) override;
    void listReports(int limit, std::function<void(QList<ReportInfo>, QString)> done) override;
    void approveHeld(const QString& idHex, std::function<void(bool, QString)> done) override;
    void rejectHeld(const QString& idHex, std::function<void(bool, QString)> done) override;
    void dismissReports(const QString& targetHex, std::function<void(quint64, QString)> done) override;
    void storeSummary(std::function<void(StoreSummary, QString)> done) override;

private:
    /// Runs `work(db)` on the Writer (`onWriter`) or a ReqWorker, then calls done(result, error)
    /// on this thread; a StoreError becomes the error text. Not running: done gets an error.
    template <class Result, class Work>
    void runStoreJob(bool onWriter, Work work, std::function<void(Result, QString)> done);
    void teardown();
    /// Asks the Listener for its connections; the answer completes the snapshot in this thread.
    void requestSnapshot();
    void finishSnapshot(QList<ConnectionInfo> connections);
    /// NIP-43: signs the member list as kind 13534 with the relay's key and stores it, when
    /// NIP-43 is on and the list differs from the last one published.
    void publishMemberList(const RelayConfig& config);

    RelayConfig m_config; // as started: restart-only keys come from here
    LiveConfig m_live;
    Metrics m_metrics;
    FilterItemCount m_filterItems; // relay-wide filter items of open subscriptions (Ingesters)
    policy::KnownKeys m_known;
    policy::RateLimiter m_rateLimiter;
    Hub m_hub;
    bool m_running = false;
    ManagementHandler* m_api = nullptr; ///< valid while m_apiObject is (the same object, ManagementApi)
    QPointer<QObject> m_apiObject;
    std::array<uint8_t, 32> m_relayKey{};
    QStringList m_publishedMembers;
    int64_t m_lastMemberListAt = 0;
    bool m_memberListPublished = false;
    QTimer m_snapshotTimer;
    RelaySnapshot m_snapshot;
    qint64 m_startedAtMs = 0;
    uint64_t m_generation = 0; // bumped by stop(): a late Listener answer of an older run is dropped
    bool m_snapshotPending = false;
    QThread m_listenerThread;
    std::unique_ptr<Listener> m_listener;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<ReqMonitor> m_monitor;
    std::vector<std::unique_ptr<Ingester>> m_ingesters;
    std::vector<std::unique_ptr<ReqWorker>> m_reqWorkers;
    std::unique_ptr<Cron> m_cron;
    std::unique_ptr<BackupRunner> m_backups;
    BackupRunner::Status m_lastBackup; // kept across stop() for the snapshot
    std::unique_ptr<SyncManager> m_sync;
    size_t m_nextReader = 0;
};

} // namespace roost::relay
