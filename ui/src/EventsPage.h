#pragma once
// Events: a filter form over the store (Relay::queryEvents), a paged table, the selected
// event's decoded fields and JSON; delete, ban the event, ban the author, copy, export to
// JSONL, delete everything matching the filter.
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace roost {
class Relay;
class Settings;
}

namespace roost::ui {

class EventDetailWidget;
class EventsFilterForm;
class EventsModel;

/// Every store call is asynchronous (Relay store commands answer on this thread later), so the
/// page never waits. Delete removes the selected events (Relay::deleteEvents by id), Ban event
/// also refuses them from now on (Relay::banEvent, NIP-86 banevent), Ban author adds the
/// authors to access/banned_pubkeys through Settings and then deletes their stored events,
/// Delete matching counts the filter's events (Relay::countEvents), asks, then deletes them.
/// Destructive actions ask first (see setConfirmation; the default ConfirmDialog answers No on
/// Return). A new search clears the selection and the detail pane; a field the form cannot read
/// clears the table and shows the error in red; the status keeps "N of M matching events shown"
/// while paging, and Load older is disabled once the last page is shown.
class EventsPage : public QWidget {
    Q_OBJECT
public:
    EventsPage(Relay& relay, Settings& settings, QWidget* parent = nullptr);

    EventsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    EventsFilterForm* filterForm() const { return m_form; }
    /// The NIP-01 filter the form describes, as compact JSON (without limit); empty when a
    /// field cannot be read (EventsFilterForm::filterJson).
    QByteArray filterJson() const;
    /// Replaces the question asked before deleting or banning (tests answer it without a dialog).
    /// `checkText` non-empty: an explicit confirmation is needed (the default, ConfirmDialog,
    /// shows it as a check box that enables Yes), as for deleting every stored event.
    void setConfirmation(std::function<bool(const QString& question, const QString& checkText)> confirm) {
        m_confirm = std::move(confirm);
    }
    /// The status line under the table ("10 of 12 matching events shown", "Error: …").
    QString statusText() const;
    /// Whether "Load older" can load another page.
    bool hasMorePages() const { return m_morePages; }
    /// Replaces the file dialog of Export (returns the chosen path, "" to cancel).
    void setSaveFileName(std::function<QString()> choose) { m_chooseFile = std::move(choose); }
    /// Selects the rows of these event ids.
    void selectIds(const QStringList& ids);

public slots:
    /// Runs the form's filter (first page) and the matching count.
    void search();
    /// Loads the next page: events older than the oldest shown.
    void loadOlder();
    void deleteSelected();
    void banSelected();
    /// Bans the selected events' authors (access/banned_pubkeys) and deletes their stored events.
    void banAuthors();
    void copyJson();
    /// Writes the selected events' JSON, one per line in table order, to a file chosen by the user.
    void exportSelected();
    /// Counts the events matching the form's filter, asks with that number, deletes them.
    void deleteMatching();

signals:
    /// A store call answered (search, page, delete, ban, export, delete matching); `error` is ""
    /// on success (also when the user declined a confirmation).
    void finished(const QString& error);

private:
    QStringList selectedIds() const;
    QStringList selectedAuthors() const;
    QList<QByteArray> selectedJson() const;
    void showSelection();
    void setBusy(bool busy);
    void report(const QString& text, const QString& error);
    void showStatus(const QString& text, bool error);
    QString shownText() const;
    QByteArray formFilter(qint64 until);

    Relay& m_relay;
    Settings& m_settings;
    EventsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    EventsFilterForm* m_form;
    QLineEdit* m_textFilter;
    QPushButton* m_older;
    QPushButton* m_delete;
    QPushButton* m_ban;
    QPushButton* m_banAuthor;
    QPushButton* m_copy;
    QPushButton* m_export;
    QPushButton* m_deleteMatching;
    QTableView* m_view;
    EventDetailWidget* m_detail;
    QLabel* m_status;
    std::function<bool(const QString&, const QString&)> m_confirm;
    std::function<QString()> m_chooseFile;
    QString m_note;      // said before the next search's result (e.g. how many were deleted)
    qint64 m_until = -1; // paging: created_at bound of the next page (-1: none)
    quint64 m_total = 0;      // events matching the current filter (countEvents)
    bool m_morePages = false; // whether Load older has a page to load
};

} // namespace roost::ui
