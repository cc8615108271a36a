#pragma once
// Events: a filter form over the store (Relay::queryEvents), a paged table, the selected
// event's JSON; delete, ban the event, ban the author, copy JSON.
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace roost {
class Relay;
class Settings;
}

namespace roost::ui {

class EventsModel;

/// Every store call is asynchronous (Relay store commands answer on this thread later), so the
/// page never waits. Delete removes the selected events (Relay::deleteEvents by id), Ban event
/// also refuses them from now on (Relay::banEvent, NIP-86 banevent), Ban author adds the
/// authors to access/banned_pubkeys through Settings. Destructive actions ask first (see
/// setConfirmation).
class EventsPage : public QWidget {
    Q_OBJECT
public:
    EventsPage(Relay& relay, Settings& settings, QWidget* parent = nullptr);

    EventsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// The NIP-01 filter the form describes, as compact JSON (without limit).
    QByteArray filterJson() const;
    /// Replaces the question asked before deleting or banning (tests answer it without a dialog).
    void setConfirmation(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }
    /// Selects the rows of these event ids.
    void selectIds(const QStringList& ids);

public slots:
    /// Runs the form's filter (first page) and the matching count.
    void search();
    /// Loads the next page: events older than the oldest shown.
    void loadOlder();
    void deleteSelected();
    void banSelected();
    void banAuthors();
    void copyJson();

signals:
    /// A store call answered (search, page, delete, ban); `error` is "" on success.
    void finished(const QString& error);

private:
    QStringList selectedIds() const;
    QStringList selectedAuthors() const;
    void showSelection();
    void setBusy(bool busy);
    void report(const QString& text, const QString& error);

    Relay& m_relay;
    Settings& m_settings;
    EventsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_kinds;
    QLineEdit* m_authors;
    QLineEdit* m_ids;
    QComboBox* m_period;
    QSpinBox* m_limit;
    QLineEdit* m_textFilter;
    QPushButton* m_search;
    QPushButton* m_older;
    QPushButton* m_delete;
    QPushButton* m_ban;
    QPushButton* m_banAuthor;
    QPushButton* m_copy;
    QTableView* m_view;
    QPlainTextEdit* m_detail;
    QLabel* m_status;
    std::function<bool(const QString&)> m_confirm;
    qint64 m_until = -1; // paging: created_at bound of the next page (-1: none)
};

} // namespace roost::ui
