#include "ConfirmDialog.h"

#include <QCheckBox>
#include <QPushButton>

namespace roost::ui {

ConfirmDialog::ConfirmDialog(QWidget* parent, const QString& question, const QString& checkText)
    : QMessageBox(QMessageBox::Warning, tr("Roost"), question, QMessageBox::Yes | QMessageBox::No, parent) {
    setDefaultButton(QMessageBox::No);
    setEscapeButton(QMessageBox::No);
    setObjectName(QStringLiteral("confirmDialog"));
    if (checkText.isEmpty()) return;
    auto* box = new QCheckBox(checkText, this);
    setCheckBox(box);
    button(QMessageBox::Yes)->setEnabled(false);
    connect(box, &QCheckBox::toggled, button(QMessageBox::Yes), &QAbstractButton::setEnabled);
}

bool ConfirmDialog::ask(QWidget* parent, const QString& question, const QString& checkText) {
    ConfirmDialog dialog(parent, question, checkText);
    const bool yes = dialog.exec() == QMessageBox::Yes;
    return yes && (checkText.isEmpty() || dialog.checkBox()->isChecked());
}

} // namespace roost::ui
