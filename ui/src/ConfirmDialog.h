#pragma once
// The question asked before anything destructive (delete, ban, delete everything): No is the
// default button, so Return or Escape never destroys anything.
#include <QMessageBox>

class QCheckBox;

namespace roost::ui {

/// A Yes/No QMessageBox whose default and escape button is No. With a non-empty `checkText`
/// it also shows a check box with that text, and Yes stays disabled until it is checked (for
/// "delete every stored event"): an explicit confirmation, not a reflex on Return.
class ConfirmDialog : public QMessageBox {
    Q_OBJECT
public:
    ConfirmDialog(QWidget* parent, const QString& question, const QString& checkText = {});

    /// Runs the dialog modally; true only when Yes was pressed (and the box checked, if any).
    static bool ask(QWidget* parent, const QString& question, const QString& checkText = {});

    QAbstractButton* yesButton() const { return button(QMessageBox::Yes); }
    QAbstractButton* noButton() const { return button(QMessageBox::No); }
};

} // namespace roost::ui
