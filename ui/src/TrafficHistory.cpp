#include "TrafficHistory.h"

#include <algorithm>

namespace roost::ui {

namespace {

double rate(quint64 now, quint64 before, double seconds) {
    return now >= before ? double(now - before) / seconds : double(now) / seconds;
}

double valueOf(const TrafficHistory::Point& p, TrafficHistory::Series which) {
    switch (which) {
    case TrafficHistory::Series::Connections: return p.connections;
    case TrafficHistory::Series::MessagesIn: return p.messagesIn;
    case TrafficHistory::Series::MessagesOut: return p.messagesOut;
    case TrafficHistory::Series::BytesIn: return p.bytesIn;
    case TrafficHistory::Series::BytesOut: return p.bytesOut;
    case TrafficHistory::Series::SyncBytesIn: return p.syncBytesIn;
    case TrafficHistory::Series::SyncBytesOut: return p.syncBytesOut;
    }
    return 0;
}

} // namespace

void TrafficHistory::add(const RelaySnapshot& s) {
    if (!s.running) {
        m_haveLast = false;
        return;
    }
    if (m_haveLast && s.takenAtMs <= m_last.takenAtMs) return;
    Point p;
    p.atMs = s.takenAtMs;
    p.connections = double(s.connections);
    if (m_haveLast) {
        const double seconds = double(s.takenAtMs - m_last.takenAtMs) / 1000.0;
        p.messagesIn = rate(s.messagesIn, m_last.messagesIn, seconds);
        p.messagesOut = rate(s.messagesOut, m_last.messagesOut, seconds);
        p.bytesIn = rate(s.bytesIn, m_last.bytesIn, seconds);
        p.bytesOut = rate(s.bytesOut, m_last.bytesOut, seconds);
        double syncIn = 0, syncOut = 0;
        for (const SyncPeerStatus& peer : s.syncPeers) {
            for (const SyncPeerStatus& before : m_last.syncPeers) {
                if (before.url != peer.url) continue;
                syncIn += rate(peer.bytesIn, before.bytesIn, seconds);
                syncOut += rate(peer.bytesOut, before.bytesOut, seconds);
                break;
            }
        }
        p.syncBytesIn = syncIn;
        p.syncBytesOut = syncOut;
    }
    m_last = s;
    m_haveLast = true;
    m_points.push_back(p);
    while (!m_points.empty() && m_points.front().atMs < s.takenAtMs - m_windowMs) m_points.pop_front();
}

void TrafficHistory::clear() {
    m_points.clear();
    m_haveLast = false;
}

QList<QPointF> TrafficHistory::series(Series which, qint64 nowMs) const {
    QList<QPointF> out;
    out.reserve(qsizetype(m_points.size()));
    for (const Point& p : m_points) out.append(QPointF(double(p.atMs - nowMs) / 1000.0, valueOf(p, which)));
    return out;
}

double TrafficHistory::maximum(Series which) const {
    double m = 0;
    for (const Point& p : m_points) m = std::max(m, valueOf(p, which));
    return m;
}

} // namespace roost::ui
