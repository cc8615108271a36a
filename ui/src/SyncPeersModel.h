#pragma once
// The sync peers as a table (one row per peer): what is configured and how each one is doing.
// Widgets-free.
#include "roost/RelaySnapshot.h"
#include "roost/SyncPeer.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QIcon>

namespace roost::ui {

/// Rows are SyncPeerStatus values (RelaySnapshot::syncPeers, issue 10), one per peer URL, in the
/// order of the last setPeers(); a row keeps its place while its URL stays, so a selection
/// survives the twice-a-second refresh. Qt::DisplayRole is text for people (relative times such
/// as "3 min ago", counts with the locale's separators), SortRole the raw value (Unix ms, counts,
/// text), UrlRole the peer URL on every column, ConfiguredRole whether the peer is a `sync/peer`
/// line (false: discovered from the owner's relay list, not editable), ProgressRole on the
/// Progress column the share (0..1) of differing ids moved in the running run, -1 when idle.
/// The State column has a coloured dot (DecorationRole): green live/idle, blue
/// connecting/reconciling/transferring, orange backing off, red failing, grey disabled/not run yet.
class SyncPeersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Url, Direction, Filter, State, LastSync, EventsDown, EventsUp, NextAttempt, Progress, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, UrlRole, ConfiguredRole, ProgressRole };

    explicit SyncPeersModel(QObject* parent = nullptr);

    /// The rows to show: every configured peer (with its reported status when the snapshot has
    /// one, else state "" = not run yet, or "disabled") followed by the reported peers marked
    /// `discovered` that are not configured; other unconfigured reports (a peer just removed,
    /// in a snapshot older than the change) are left out. `configured` is Settings' `sync/peer`, `reported` the
    /// snapshot's syncPeers. Pure: the result depends on the arguments only.
    static QList<SyncPeerStatus> merge(const QList<SyncPeer>& configured, const QList<SyncPeerStatus>& reported);

    /// Replaces the rows with `peers` (see merge()); `nowMs` (Unix ms) is the moment the
    /// relative times are measured from. Rows of URLs no longer there are removed, new ones
    /// appended, the others updated in place (dataChanged only when something changed).
    void setPeers(const QList<SyncPeerStatus>& peers, qint64 nowMs);
    const QList<SyncPeerStatus>& peers() const { return m_rows; }
    /// The row of `url`, or -1.
    int rowOf(const QString& url) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// `atMs` relative to `nowMs` for people: "just now" (under 45 s ago), "in 20 s", "5 min ago",
    /// "in 3 h", "2 d ago";
    /// `never` when atMs is 0.
    static QString relativeTime(qint64 atMs, qint64 nowMs, const QString& never);
    /// A filter (compact JSON) in a few words: "everything", "kinds 1, 7 · 1 author · #t".
    static QString filterSummary(const QString& filterJson);
    /// The state name (SyncPeerStatus::state) for people, translated; "" reads "not run yet".
    static QString stateName(const QString& state);
    /// The colour of the state's dot.
    static QColor stateColor(const QString& state);

private:
    QList<SyncPeerStatus> m_rows;
    qint64 m_nowMs = 0;
    mutable QHash<QRgb, QIcon> m_dots;
};

} // namespace roost::ui
