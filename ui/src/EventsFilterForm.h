#pragma once
// The Events page's filter form: kinds, authors (hex or npub), ids (hex or note), one or more
// tag conditions, a period (preset or custom since/until) and the page size.
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace roost::ui {

/// Builds one NIP-01 filter object from what is typed. Field syntax:
/// - Kinds: numbers separated by commas or spaces.
/// - Authors / Ids: 64 hex characters or NIP-19 npub / note (an optional "nostr:" prefix).
/// - Tag: `t=nostr, bitcoin` or `#p=<hex|npub>`: one letter, "=", comma-separated values;
///   several conditions separated by ";". Values of `p` may be npub, values of `e` note.
/// - Period: a preset ("last day") or Custom range with since/until date-times (local time).
/// The Events page uses every field (Use::Search); the Sync page's peer dialog (Use::Filter)
/// shows only kinds, authors, ids and tags: a sync filter has no period, page size or Search.
class EventsFilterForm : public QWidget {
    Q_OBJECT
public:
    enum class Use { Search, Filter };
    explicit EventsFilterForm(QWidget* parent = nullptr) : EventsFilterForm(Use::Search, parent) {}
    explicit EventsFilterForm(Use use, QWidget* parent = nullptr);

    /// The filter as compact JSON (without limit), e.g. {"kinds":[1],"#t":["nostr"]}. `until`
    /// >= 0 (Unix seconds, paging) narrows the form's own until. When a field cannot be read,
    /// returns an empty QByteArray and sets `error` to a translated sentence naming the field.
    QByteArray filterJson(qint64 until = -1, QString* error = nullptr) const;
    /// Events per page.
    int pageSize() const;
    /// The Search button (the page makes it its default button and disables it while busy).
    QPushButton* searchButton() const { return m_search; }
    /// Fills kinds, authors, ids and tags from `filterJson` (one NIP-01 filter object; authors
    /// shown as npub) and resets the period to Any time. Returns false, leaving the form as it
    /// was, when the JSON is not an object or holds anything else (since, until, limit, search,
    /// a non-letter tag, values of the wrong type): the form cannot show it.
    bool setFilterJson(const QByteArray& filterJson);

signals:
    /// Search pressed, or Enter in a text field.
    void searchRequested();
    /// A field was edited by the user (not by setFilterJson).
    void edited();

private:
    void updateRange();

    QLineEdit* m_kinds;
    QLineEdit* m_authors;
    QLineEdit* m_ids;
    QLineEdit* m_tags;
    QComboBox* m_period;
    QDateTimeEdit* m_since;
    QDateTimeEdit* m_until;
    QSpinBox* m_limit;
    QPushButton* m_search;
};

} // namespace roost::ui
