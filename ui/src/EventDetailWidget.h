#pragma once
// The Events page's detail pane: the selected event's decoded fields above its pretty-printed JSON.
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace roost::ui {

/// Shows one event (wire JSON, NIP-01): created_at as local date-time, kind with its name
/// (KindsModel::kindName), author as hex and npub, id as hex and note (NIP-19), the tags one
/// per line, then the JSON indented. Fields are selectable so they can be copied.
class EventDetailWidget : public QWidget {
    Q_OBJECT
public:
    explicit EventDetailWidget(QWidget* parent = nullptr);

    /// Shows the event `json`; an unparsable object shows empty fields and the raw text.
    void setEvent(const QByteArray& json);
    /// Clears the fields and shows `message` (e.g. "3 events selected"; empty: the placeholder).
    void showMessage(const QString& message);

private:
    QLabel* m_created;
    QLabel* m_kind;
    QLabel* m_author;
    QLabel* m_id;
    QListWidget* m_tags;
    QPlainTextEdit* m_json;
};

} // namespace roost::ui
