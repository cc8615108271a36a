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
};

} // namespace roost

Q_DECLARE_METATYPE(roost::ConnectionInfo)
Q_DECLARE_METATYPE(roost::RelaySnapshot)
