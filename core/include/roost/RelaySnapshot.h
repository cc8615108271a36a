#pragma once
// What the Relay facade reports about itself a few times a second (Relay::snapshotTaken): plain
// copies the GUI (or any other consumer) can keep, compare and show without touching the engine.
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace roost {

/// One open WebSocket connection. Counters are cumulative since the connection opened.
struct ConnectionInfo {
    quint64 id = 0;              ///< connection id: starts at 1, never reused while the relay runs
    QString address;             ///< peer IP address as text ("127.0.0.1", "2001:db8::1"); IPv4-mapped IPv6 as IPv4
    QStringList pubkeys;         ///< keys proven with NIP-42 AUTH, lowercase hex (64 characters each)
    int accessLevel = 0;         ///< 0 Anonymous, 1 Authenticated, 2 Known, 3 Member, 4 Owner (DESIGN.md §Access levels)
    qint64 connectedSince = 0;   ///< Unix seconds when the WebSocket was admitted
    int subscriptions = 0;       ///< open REQ subscriptions
    quint64 messagesIn = 0;      ///< WebSocket messages received from the client
    quint64 messagesOut = 0;     ///< relay messages sent (EVENT, OK, EOSE, CLOSED, NOTICE, ...)
    quint64 bytesIn = 0;         ///< bytes read from the socket after the upgrade
    quint64 bytesOut = 0;        ///< bytes written to the socket after the upgrade (frame headers included)
};

/// Stored events of one kind.
struct KindCount {
    quint32 kind = 0;
    quint64 events = 0;
};

/// One configured sync peer as the SyncManager sees it (issue 10): its `peer=` settings, its
/// health (sync/PeerHealth) and the run in progress. Times are Unix milliseconds (0 = never /
/// not scheduled); counters are cumulative and survive restarts (persisted in the data dir).
struct SyncPeerStatus {
    QString url;                 ///< ws:// or wss:// URL, as configured
    QString direction;           ///< "down", "up" or "both"
    bool live = false;           ///< live mode (else periodic)
    quint32 everyMinutes = 0;    ///< periodic: minutes between runs
    QString filter;              ///< NIP-01 filter, compact JSON ("{}" = every event)
    bool enabled = true;
    bool discovered = false;     ///< added from the owner's kind 10002 relay list ("follow my relay list")
    QString state;               ///< sync::peerStateName(): "connecting", "reconciling", "transferring", "live", "idle", "backing off", "failing", "disabled"
    QString stateText;           ///< PeerHealth::stateText(): state with retry time and last error, for people
    QString lastError;           ///< last error in words ("" = none)
    qint64 lastSuccessMs = 0;    ///< last successful run
    qint64 nextAttemptMs = 0;    ///< next scheduled run (0 = none: disabled or running)
    int consecutiveFailures = 0;
    bool negentropyUnsupported = false; ///< the peer has no NIP-77; synced by REQ
    quint64 eventsDown = 0;      ///< events stored here from the peer
    quint64 eventsUp = 0;        ///< events the peer accepted from us
    quint64 bytesIn = 0;         ///< WebSocket payload bytes received from the peer
    quint64 bytesOut = 0;        ///< WebSocket payload bytes sent to the peer
    bool running = false;        ///< a run is in progress (the three fields below describe it)
    QString runPhase;            ///< SyncProgressInfo::phase of the running run
    quint64 runIdsLearned = 0;   ///< ids learned so far in the running run (have + need)
    quint64 runTransferred = 0;  ///< events moved so far in the running run (down + up)
};

/// The relay's state at one moment. Totals are cumulative since start() (except `connections`,
/// `eventsStored` and `dbSizeBytes`, which are current values).
struct RelaySnapshot {
    qint64 takenAtMs = 0;        ///< Unix milliseconds when the snapshot was taken
    bool running = false;        ///< whether the relay was running
    quint64 connections = 0;     ///< open WebSocket connections
    quint64 messagesIn = 0;      ///< client messages received since start
    quint64 messagesOut = 0;     ///< relay messages sent since start
    quint64 bytesIn = 0;         ///< WebSocket bytes received since start
    quint64 bytesOut = 0;        ///< WebSocket bytes sent since start
    /// Events in the store: the last store sample (taken every 10 s) plus the events written
    /// since, so it moves at once when events arrive (replacements and deletions show at the next sample).
    quint64 eventsStored = 0;
    quint64 dbSizeBytes = 0;     ///< database + WAL file size in bytes (store sample, every 10 s)
    qint64 uptimeSeconds = 0;    ///< seconds since start()
    QList<KindCount> kinds;      ///< stored events per kind, ascending kind (store sample, every 10 s)
    QList<ConnectionInfo> connectionList; ///< open connections, ascending id
    QList<SyncPeerStatus> syncPeers; ///< configured (and discovered) sync peers, in config order
    // Backups (issue 14 item 7; Relay::backupNow, backup/interval).
    qint64 lastBackupAtMs = 0;   ///< Unix ms of the last successful backup (this run, or the newest file in backup/dir at start); 0 = none
    QString lastBackupFile;      ///< its file (absolute path)
    QString lastBackupError;     ///< error of the last attempt ("" = it succeeded or none was made)
    bool backupRunning = false;  ///< a backup is in progress
    QString backupPhase;         ///< while running: "copying", "checking" or "compressing"
    int backupPercent = -1;      ///< while running: 0..100 within the phase (-1 = unknown)
};

} // namespace roost

Q_DECLARE_METATYPE(roost::ConnectionInfo)
Q_DECLARE_METATYPE(roost::SyncPeerStatus)
Q_DECLARE_METATYPE(roost::RelaySnapshot)
