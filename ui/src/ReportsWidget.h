#pragma once
// The moderation queue in the Events page: NIP-56 reports about this relay's events and keys
// (Relay::listReports), with Ban event, Ban author and Dismiss.
#include "roost/Relay.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace roost {
class Settings;
}

namespace roost::ui {

/// One row per (reported event or key, report type): what is reported (note/npub, hex in the
/// tooltip), the type, how many keys reported it, some reporters (npub) and when. Ban event
/// bans the selected reported events (Relay::banEvent, which also clears their reports); Ban
/// author adds the key, or the reported event's author, to access/banned_pubkeys through
/// Settings (written to the config file) and clears the reports; Dismiss only clears them.
/// Events held for review (access/hold_below; ReportInfo::held) are rows of type "held for
/// review" whose reporter is the author: Approve publishes them (Relay::approveHeld), Dismiss
/// and Ban event drop them (Relay::rejectHeld), Ban author also bans their author.
/// The queue is read when the widget is shown, on Refresh and after every action.
class ReportsWidget : public QWidget {
    Q_OBJECT
public:
    ReportsWidget(Relay& relay, Settings& settings, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// The entries shown, in table order.
    const QList<ReportInfo>& reports() const { return m_reports; }

public slots:
    /// Reads the queue again (asynchronous; refreshed() follows).
    void refresh();
    void banSelectedEvents();
    /// Publishes the selected held events.
    void approveSelected();
    void banSelectedAuthors();
    void dismissSelected();

signals:
    /// The table shows the queue as just read (`error` empty) or the reason it could not be read.
    void refreshed(const QString& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QList<ReportInfo> selected() const;
    void dismiss(const QStringList& targets, const QString& done);
    void updateButtons();

    Relay& m_relay;
    Settings& m_settings;
    QList<ReportInfo> m_reports;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_refresh;
    QPushButton* m_approve;
    QPushButton* m_banEvent;
    QPushButton* m_banAuthor;
    QPushButton* m_dismiss;
};

} // namespace roost::ui
