#include "ListEditWidget.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace roost::ui {

ListEditWidget::ListEditWidget(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_input(new QLineEdit(this)),
      m_add(new QPushButton(tr("Add"), this)), m_remove(new QPushButton(tr("Remove"), this)) {
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(72);
    m_list->installEventFilter(this);
    m_list->setToolTip(tr("Select entries and press Delete or Remove to take them off the list."));
    m_add->setToolTip(tr("Add the entry typed on the left to the list."));
    m_remove->setToolTip(tr("Remove the selected entries from the list."));
    m_input->setClearButtonEnabled(true);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_input, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list);
    layout->addLayout(row);
    m_remove->setEnabled(false);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, [this] { addItem(m_input->text()); });
    connect(m_input, &QLineEdit::returnPressed, this, [this] { addItem(m_input->text()); });
    connect(m_remove, &QPushButton::clicked, this, &ListEditWidget::removeSelected);
    setFocusProxy(m_input);
}

void ListEditWidget::setItems(const QStringList& items) {
    if (items == this->items()) return;
    m_list->clear();
    m_list->addItems(items);
}

QStringList ListEditWidget::items() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) out << m_list->item(i)->text();
    return out;
}

void ListEditWidget::setPlaceholder(const QString& text) { m_input->setPlaceholderText(text); }

void ListEditWidget::addItem(const QString& item) {
    const QString value = item.trimmed();
    if (value.isEmpty() || items().contains(value)) return;
    m_list->addItem(value);
    m_input->clear();
    emit edited(items());
}

void ListEditWidget::removeSelected() {
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty()) return;
    for (QListWidgetItem* item : selected) delete item;
    emit edited(items());
}

bool ListEditWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace roost::ui
