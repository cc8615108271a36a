#pragma once
// The one door into Roost's engine (STYLE.md §One door into core): start/stop, snapshots and
// the commands the GUI and NIP-86 share.
#include "roost/Backup.h"
#include "roost/RelayConfig.h"
#include "roost/RelaySnapshot.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace roost {

class ManagementHandler;

/// An event the operator banned (NIP-86 banevent): id as 64 lowercase hex, the reason given,
/// when it was banned (Unix seconds).
struct BannedEventInfo {
    QString id;
    QString reason;
    qint64 bannedAt = 0;
};

/// One entry of the moderation queue (NIP-56 reports, kind 1984, about this relay's events and
/// keys): the reported event id or key (64 lowercase hex; `isEvent` tells which), the NIP-56
/// report type ("spam", "illegal", ...), how many keys reported it so, some of those keys
/// (hex, newest first, at most 5) and when the newest report was made (Unix seconds).
/// An event held for review (access/hold_below) is an entry with `held` true, `isEvent`
/// true, reportType "held for review", count 1, reporters [its author], lastAt when it was held,
/// and `eventJson` its wire JSON (it is not in the store until approveHeld()).
struct ReportInfo {
    QString target;
    bool isEvent = false;
    QString reportType;
    quint64 count = 0;
    QStringList reporters;
    qint64 lastAt = 0;
    bool held = false;
    QByteArray eventJson;
};

/// What the store holds: events stored, file size in bytes (database + WAL), events per kind.
struct StoreSummary {
    quint64 events = 0;
    quint64 fileBytes = 0;
    QMap<quint32, quint64> eventsByKind;
};

/// The relay engine as a QObject. Commands return at once; state arrives as signals emitted on
/// the thread that owns the Relay. Create with createRelay().
class Relay : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Relay() override = default;

    /// Opens the store in config.dataDir and starts every thread and the listener.
    /// Returns false and sets `error` when the store cannot be opened or the port is taken.
    virtual bool start(QString* error) = 0;
    /// Stops accepting, lets queued writes commit, joins every thread. Safe to call twice.
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    /// The relay's WebSocket URL, e.g. "ws://127.0.0.1:4869" (the bound port when 0 was asked).
    virtual QString url() const = 0;
    /// The configuration the relay was started with, with live changes applied.
    virtual RelayConfig config() const = 0;
    /// Applies the live keys of `config` (limits, access, rate limits, NIP-11 info) to the
    /// running relay at once, open connections included; restart-only keys (bind, port,
    /// data_dir, threads, store) are kept until the next start. Safe to call when stopped.
    virtual void applyConfig(const RelayConfig& config) = 0;
    /// Serves NIP-86 on the relay port through `api` (a ManagementApi, roost/ManagementApi.h; its
    /// handlerObject() must live in this object's thread and outlive the relay). Takes effect at
    /// the next start(); nullptr switches it off.
    virtual void setManagementApi(ManagementHandler* api) = 0;

    /// The last snapshot taken (all zero before the first one, `running` false when stopped).
    virtual RelaySnapshot snapshot() const = 0;
    /// Closes connection `connectionId` (ConnectionInfo::id) with a NOTICE (not named disconnect,
    /// which would hide QObject::disconnect); unknown ids are
    /// ignored. Returns at once; the connection leaves the next snapshot.
    virtual void closeConnection(quint64 connectionId) = 0;
    /// Adds `ip` to (or, `blocked` false, removes it from) access/blocked_ips through the
    /// ManagementApi's Settings, the same path as NIP-86 blockip/unblockip, so the config file
    /// keeps it; open connections from a blocked address are closed. Returns false with `error`
    /// when no ManagementApi is set or the address is not a valid IP address.
    virtual bool setIpBlocked(const QString& ip, bool blocked, QString* error = nullptr) = 0;

    /// Runs the sync peer `url` (a `peer=` URL of the config, or a discovered one) now, whatever
    /// its schedule or backoff; an empty `url` runs every enabled peer ("Sync all", the tray's
    /// "Sync now"). A peer already running is left alone. Progress and results show in the
    /// snapshot's syncPeers. Unknown URLs and a stopped relay are ignored (issue 10).
    virtual void syncNow(const QString& url = {}) = 0;

    /// How often snapshotTaken() is emitted while running (milliseconds).
    static constexpr int kSnapshotIntervalMs = 500;

    // Store commands. Each returns at once; the work runs on an engine thread (reads on a query
    // thread, changes on the Writer, ordered after the events already accepted) and `done` is
    // called exactly once on this object's thread. While the relay is stopped, `done` gets the
    // error "the relay is not running". A filter is one NIP-01 filter object as JSON text; a bad
    // one gives the parser's "invalid: ..." / "unsupported: ..." error.

    /// The stored events matching `filterJson`, newest first, at most `limit` (the filter's own
    /// limit applies when smaller), each as its wire JSON (NIP-01). Expired events are not listed.
    virtual void queryEvents(const QByteArray& filterJson, int limit,
                             std::function<void(QList<QByteArray> events, QString error)> done) = 0;
    /// The exact number of stored events matching `filterJson` (its limit ignored) (NIP-45).
    virtual void countEvents(const QByteArray& filterJson, std::function<void(quint64 count, QString error)> done) = 0;
    /// Deletes every stored event matching `filterJson` (its limit ignored). When the filter
    /// names `ids` (the window's Delete), each deleted event is also tombstoned as banned
    /// ("deleted by the operator": refused with "blocked:" when published again, lifted by
    /// unbanEvent / NIP-86 allowevent); other filters leave no tombstone.
    virtual void deleteEvents(const QByteArray& filterJson, std::function<void(quint64 deleted, QString error)> done) = 0;
    /// NIP-86 banevent: deletes the event with id `idHex` (64 hex) whoever signed it and refuses it
    /// from now on ("blocked:"). `done(ok, error)`; ok is true also when the id was not stored.
    virtual void banEvent(const QString& idHex, const QString& reason, std::function<void(bool ok, QString error)> done) = 0;
    /// NIP-86 allowevent: lifts the ban on `idHex` (the event is not restored).
    virtual void unbanEvent(const QString& idHex, std::function<void(bool ok, QString error)> done) = 0;
    /// NIP-86 listbannedevents, most recently banned first.
    virtual void listBannedEvents(std::function<void(QList<BannedEventInfo> banned, QString error)> done) = 0;
    /// The moderation queue, most reported first (NIP-86 listeventsneedingmoderation, the
    /// window's Reports); at most `limit` entries.
    virtual void listReports(int limit, std::function<void(QList<ReportInfo> reports, QString error)> done) = 0;
    /// Removes every report about `targetHex` (an event id or key, 64 hex) from the queue.
    /// `done(removed, error)`.
    virtual void dismissReports(const QString& targetHex, std::function<void(quint64 removed, QString error)> done) = 0;
    /// Publishes the event held for review with id `idHex`: written through the Writer like a
    /// client's event (tombstones, replacement) and delivered to live subscriptions, then removed
    /// from the queue. `done(published, error)` after the commit; published is false (no error)
    /// when no such event is held, or when the store refused it (then `error` says why).
    virtual void approveHeld(const QString& idHex, std::function<void(bool published, QString error)> done) = 0;
    /// Drops the event held for review with id `idHex`. `done(removed, error)`.
    virtual void rejectHeld(const QString& idHex, std::function<void(bool removed, QString error)> done) = 0;
    /// Counts and sizes of the store (NIP-86 stats, `roost stats`).
    virtual void storeSummary(std::function<void(StoreSummary summary, QString error)> done) = 0;

    /// Backs up the store now into backupDirectory(config()) as backupFileName(now), then keeps
    /// the newest backup/keep files (issue 14 item 7). Runs on a thread of its own from one
    /// consistent snapshot (the Writer is not blocked); `progress(phase, percent)` and then
    /// `done(outcome)` once are called on this object's thread. Errors in outcome.error: "the
    /// relay is not running", "a backup is already running", a disk error. The snapshot's
    /// lastBackup* and backup* fields follow it.
    virtual void backupNow(std::function<void(BackupOutcome outcome)> done, BackupProgressFn progress = {}) = 0;

signals:
    /// Emitted once listening, with the URL clients connect to.
    void started(const QString& url);
    /// Emitted after stop() finished.
    void stopped();
    /// A fresh snapshot, about every kSnapshotIntervalMs while running, on the owner's thread.
    void snapshotTaken(const roost::RelaySnapshot& snapshot);
};

/// Creates the engine for `config` (not started).
std::unique_ptr<Relay> createRelay(const RelayConfig& config, QObject* parent = nullptr);

} // namespace roost
