#include "ListEditWidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace roost::ui {

ListEditWidget::ListEditWidget(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_input(new QLineEdit(this)),
      m_add(new QPushButton(tr("Add"), this)), m_remove(new QPushButton(tr("Remove"), this)), m_error(new QLabel(this)) {
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(72);
    m_list->installEventFilter(this);
    m_list->setToolTip(tr("Select entries and press Delete or Remove to take them off the list."));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_add->setToolTip(tr("Add the entry typed on the left to the list."));
    m_remove->setToolTip(tr("Remove the selected entries from the list."));
    m_input->setClearButtonEnabled(true);
    m_error->setObjectName(QStringLiteral("listError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
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
    layout->addWidget(m_error);
    m_remove->setEnabled(false);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, [this] { addItem(m_input->text()); });
    connect(m_input, &QLineEdit::returnPressed, this, [this] { addItem(m_input->text()); });
    connect(m_input, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(m_remove, &QPushButton::clicked, this, &ListEditWidget::removeSelected);
    setFocusProxy(m_input);
}

void ListEditWidget::setItems(const QStringList& items) {
    if (items == this->items()) return;
    m_list->clear();
    for (const QString& item : items) append(item);
}

QStringList ListEditWidget::items() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void ListEditWidget::setPlaceholder(const QString& text) { m_input->setPlaceholderText(text); }

void ListEditWidget::setParser(Parser parse, Formatter errorText) {
    m_parse = std::move(parse);
    m_errorText = std::move(errorText);
}

void ListEditWidget::setFormatter(Formatter display, Formatter tooltip) {
    m_display = std::move(display);
    m_tooltip = std::move(tooltip);
    const QStringList current = items();
    m_list->clear();
    for (const QString& item : current) append(item);
}

void ListEditWidget::addCopyAction(const QString& title, Formatter format) {
    auto* action = new QAction(title, m_list);
    connect(action, &QAction::triggered, this, [this, format] {
        QStringList lines;
        for (QListWidgetItem* item : m_list->selectedItems()) lines << format(item->data(Qt::UserRole).toString());
        if (!lines.isEmpty()) QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    m_list->addAction(action);
}

void ListEditWidget::append(const QString& value) {
    auto* item = new QListWidgetItem(m_display ? m_display(value) : value, m_list);
    item->setData(Qt::UserRole, value);
    if (m_tooltip) item->setToolTip(m_tooltip(value));
}

void ListEditWidget::showError(const QString& error) {
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_input->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("border: 1px solid #c0392b;"));
}

QString ListEditWidget::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

bool ListEditWidget::addItem(const QString& item) {
    QString value = item.trimmed();
    if (value.isEmpty()) return true;
    if (m_parse) {
        const std::optional<QString> parsed = m_parse(value);
        if (!parsed) {
            showError(m_errorText ? m_errorText(value) : tr("\"%1\" is not valid here.").arg(value));
            return false;
        }
        value = *parsed;
    }
    showError({});
    m_input->clear();
    if (items().contains(value)) return true;
    append(value);
    emit edited(items());
    return true;
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
