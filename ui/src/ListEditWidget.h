#pragma once
// An editable list of short strings (keys, addresses, kind numbers) with add and remove.
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace roost::ui {

/// Shows `items`; the user adds one with the line edit (Enter or Add) and removes the selected
/// ones (Remove or Delete). Every edit emits edited() with the whole list; setItems() does not.
/// With a parser (setParser) a typed entry is checked first: a refused one stays in the line
/// edit with the error under it, and an accepted one is stored in its normalized form (a key
/// typed as npub is stored as hex). A formatter (setFormatter) decides how a stored item is
/// shown and its tooltip (hex shown as npub); items() always returns the stored values.
class ListEditWidget : public QWidget {
    Q_OBJECT
public:
    /// Normalizes a typed entry; std::nullopt refuses it.
    using Parser = std::function<std::optional<QString>(const QString& text)>;
    /// Turns a stored item into display text (or tooltip text).
    using Formatter = std::function<QString(const QString& item)>;

    explicit ListEditWidget(QWidget* parent = nullptr);

    void setItems(const QStringList& items);
    /// The stored values, in list order.
    QStringList items() const;
    /// Placeholder text of the line edit (what one item looks like).
    void setPlaceholder(const QString& text);
    /// Checks typed entries with `parse`; `errorText` gives the message for a refused entry.
    void setParser(Parser parse, Formatter errorText);
    /// Shows each stored item as display(item) with the tooltip tooltip(item).
    void setFormatter(Formatter display, Formatter tooltip);
    /// Adds "title" to the list's context menu: copies the selected items, each through `format`,
    /// one per line, to the clipboard.
    void addCopyAction(const QString& title, Formatter format);
    /// Adds `item` (trimmed, then parsed when a parser is set; ignored when empty or already
    /// there) and emits edited(). Returns false when the parser refused it (the error is shown).
    bool addItem(const QString& item);
    /// Removes the selected items and emits edited() when any was selected.
    void removeSelected();
    /// The error under the line edit ("" when none is shown).
    QString errorText() const;
    QLineEdit* input() const { return m_input; }
    QListWidget* list() const { return m_list; }

signals:
    void edited(const QStringList& items);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void append(const QString& value);
    void showError(const QString& error);

    QListWidget* m_list;
    QLineEdit* m_input;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_error;
    Parser m_parse;
    Formatter m_errorText;
    Formatter m_display;
    Formatter m_tooltip;
};

} // namespace roost::ui
