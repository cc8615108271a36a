#include "LogPage.h"

#include "LogModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace roost::ui {

LogPage::LogPage(LogModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_level(new QComboBox(this)), m_view(new QTableView(this)) {
    using S = LogModel::Severity;
    for (S s : {S::Debug, S::Info, S::Warning, S::Critical}) m_level->addItem(LogModel::severityName(s), int(s));
    m_level->setCurrentIndex(m_level->findData(int(model.minimumSeverity())));
    m_level->setToolTip(tr("Show lines of this level and above."));
    connect(m_level, &QComboBox::activated, this,
            [this](int i) { m_model.setMinimumSeverity(S(m_level->itemData(i).toInt())); });
    auto* copy = new QPushButton(tr("Copy all"), this);
    copy->setToolTip(tr("Copy the shown lines to the clipboard."));
    connect(copy, &QPushButton::clicked, this, [this] {
        QStringList lines;
        for (int r = 0; r < m_model.rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < LogModel::ColumnCount; ++c) cells << m_model.index(r, c).data().toString();
            lines << cells.join(QLatin1Char('\t'));
        }
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    m_view->setModel(&model);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::Message, QHeaderView::Stretch);
    m_view->setToolTip(tr("Recent messages from Roost, oldest first."));
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar* bar = m_view->verticalScrollBar();
        m_view->setProperty("follow", bar->value() == bar->maximum());
    });
    connect(&model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->property("follow").toBool()) m_view->scrollToBottom();
    });
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Level:"), this);
    label->setBuddy(m_level);
    top->addWidget(label);
    top->addWidget(m_level);
    top->addStretch(1);
    top->addWidget(copy);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
}

} // namespace roost::ui
