#pragma once
// Dashboard: live charts of the last 10 minutes, counters and the kind breakdown.
#include "TrafficHistory.h"

#include <QWidget>

class QChart;
class QGridLayout;
class QLabel;
class QLineSeries;
class QValueAxis;
class QTableView;

namespace roost {
class Relay;
}

namespace roost::ui {

class BackupPanel;
class KindsModel;

/// Follows Relay::snapshotTaken: four line charts (connections; messages/s in and out; bytes/s
/// in and out; bytes/s received from and sent to sync peers) over the last 10 minutes, counters
/// (connections, events stored, database size, uptime, messages in/out), a sortable table of
/// stored events per kind and the backup strip (BackupPanel: last backup, Back up now, Restore…).
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(Relay& relay, QWidget* parent = nullptr);

    /// Shows `snapshot` (normally called for each Relay::snapshotTaken).
    void showSnapshot(const RelaySnapshot& snapshot);
    const TrafficHistory& history() const { return m_history; }
    KindsModel* kindsModel() const { return m_kinds; }
    BackupPanel* backupPanel() const { return m_backup; }
    /// "1 d 02:03:04" / "02:03:04" for a duration in seconds.
    static QString formatUptime(qint64 seconds);

private:
    struct Chart {
        QChart* chart = nullptr;
        QValueAxis* x = nullptr;
        QValueAxis* y = nullptr;
        QLineSeries* a = nullptr;
        QLineSeries* b = nullptr;
    };
    Chart makeChart(const QString& title, const QString& nameA, const QString& nameB, const QString& tip, QWidget*& view);
    QLabel* addCounter(QGridLayout* grid, int column, const QString& title, const QString& tip);
    /// Replaces the series with the history (x in minutes, y divided by `scale`) and rescales y.
    void updateChart(Chart& c, TrafficHistory::Series a, TrafficHistory::Series b, bool hasB, qint64 nowMs,
                     double scale = 1.0);

    TrafficHistory m_history;
    KindsModel* m_kinds;
    BackupPanel* m_backup;
    Chart m_connections, m_messages, m_bytes, m_sync;
    QLabel* m_connectionsValue;
    QLabel* m_eventsValue;
    QLabel* m_dbValue;
    QLabel* m_uptimeValue;
    QLabel* m_messagesValue;
    QLabel* m_trafficValue;
};

} // namespace roost::ui
