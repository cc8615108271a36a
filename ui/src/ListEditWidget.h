#pragma once
// An editable list of short strings (keys, addresses, kind numbers) with add and remove.
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace roost::ui {

/// Shows `items`; the user adds one with the line edit (Enter or Add) and removes the selected
/// ones (Remove or Delete). Every edit emits edited() with the whole list; setItems() does not.
class ListEditWidget : public QWidget {
    Q_OBJECT
public:
    explicit ListEditWidget(QWidget* parent = nullptr);

    void setItems(const QStringList& items);
    QStringList items() const;
    /// Placeholder text of the line edit (what one item looks like).
    void setPlaceholder(const QString& text);
    /// Adds `item` (trimmed; ignored when empty or already there) and emits edited().
    void addItem(const QString& item);
    /// Removes the selected items and emits edited() when any was selected.
    void removeSelected();

signals:
    void edited(const QStringList& items);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QListWidget* m_list;
    QLineEdit* m_input;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace roost::ui
