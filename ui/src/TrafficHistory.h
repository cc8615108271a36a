#pragma once
// The Dashboard's time series: snapshots turned into rates over a sliding window. Widgets-free.
#include "roost/RelaySnapshot.h"

#include <QList>
#include <QPointF>

#include <deque>

namespace roost::ui {

/// Keeps one point per snapshot for the last `windowSeconds`. Rates are per second, computed
/// from the difference to the previous snapshot (a counter that went down, as after a restart,
/// counts as a fresh start). Sync traffic is summed over the peers of both snapshots by URL; a
/// peer seen for the first time adds nothing (its counters are cumulative across restarts).
class TrafficHistory {
public:
    struct Point {
        qint64 atMs = 0;          ///< snapshot time, Unix milliseconds
        double connections = 0;   ///< open connections
        double messagesIn = 0;    ///< client messages per second
        double messagesOut = 0;   ///< relay messages per second
        double bytesIn = 0;       ///< bytes per second received
        double bytesOut = 0;      ///< bytes per second sent
        double syncBytesIn = 0;   ///< bytes per second received from sync peers (RelaySnapshot::syncPeers)
        double syncBytesOut = 0;  ///< bytes per second sent to sync peers
    };
    enum class Series { Connections, MessagesIn, MessagesOut, BytesIn, BytesOut, SyncBytesIn, SyncBytesOut };

    explicit TrafficHistory(int windowSeconds = 600) : m_windowMs(qint64(windowSeconds) * 1000) {}

    /// Adds a snapshot (ignored when not running or not newer than the last one).
    void add(const RelaySnapshot& snapshot);
    void clear();
    const std::deque<Point>& points() const { return m_points; }
    /// The series as (seconds relative to `nowMs`, value) points, oldest first: x in [-window, 0].
    QList<QPointF> series(Series which, qint64 nowMs) const;
    /// The largest value of `which` in the window (0 when empty).
    double maximum(Series which) const;
    int windowSeconds() const { return int(m_windowMs / 1000); }

private:
    qint64 m_windowMs;
    std::deque<Point> m_points;
    RelaySnapshot m_last;
    bool m_haveLast = false;
};

} // namespace roost::ui
