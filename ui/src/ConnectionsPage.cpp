#include "ConnectionsPage.h"

#include "ConnectionsModel.h"
#include "PublicKeys.h"
#include "roost/Relay.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace roost::ui {

ConnectionsPage::ConnectionsPage(Relay& relay, QWidget* parent)
    : QWidget(parent), m_relay(relay), m_model(new ConnectionsModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_filter(new QLineEdit(this)), m_disconnect(new QPushButton(tr("&Disconnect"), this)),
      m_block(new QPushButton(tr("&Block address"), this)), m_copy(new QPushButton(tr("&Copy key"), this)),
      m_status(new QLabel(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ConnectionsModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConnectionsModel::Since, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every column as wide as its text ("not authenticated", a short npub); the last one takes the rest.
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setToolTip(tr("Open connections. Click a header to sort; select rows to act on them."));

    m_filter->setPlaceholderText(tr("Filter by address, key or level"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only connections whose address, key or access level contains this text."));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_disconnect->setToolTip(tr("Close the selected connections (the client may connect again)."));
    m_block->setToolTip(tr("Refuse the selected connections' addresses from now on and close their connections. "
                           "Saved in the config file; undo on the Access page."));
    m_copy->setToolTip(tr("Copy the authenticated public key (npub) of the selected connection; the context menu "
                          "also copies it as hex."));
    connect(m_disconnect, &QPushButton::clicked, this, &ConnectionsPage::disconnectSelected);
    connect(m_block, &QPushButton::clicked, this, &ConnectionsPage::blockSelected);
    connect(m_copy, &QPushButton::clicked, this, [this] { copySelectedKey(false); });
    for (QPushButton* b : {m_disconnect, m_block, m_copy}) {
        auto* action = new QAction(b->text().remove(QLatin1Char('&')), m_view);
        connect(action, &QAction::triggered, b, &QPushButton::click);
        m_view->addAction(action);
    }
    m_copyHex = new QAction(tr("Copy key as hex"), m_view);
    connect(m_copyHex, &QAction::triggered, this, [this] { copySelectedKey(true); });
    m_view->addAction(m_copyHex);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    buttons->addWidget(m_disconnect);
    buttons->addWidget(m_block);
    buttons->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionsPage::updateButtons);
    connect(&relay, &Relay::snapshotTaken, this, &ConnectionsPage::showSnapshot);
    showSnapshot(relay.snapshot());
}

void ConnectionsPage::showSnapshot(const RelaySnapshot& s) {
    m_model->setConnections(s.connectionList);
    m_status->setText(s.running ? tr("%n open connection(s)", nullptr, int(s.connectionList.size())) : tr("The relay is stopped."));
    updateButtons();
}

QList<QModelIndex> ConnectionsPage::selectedRows() const {
    QList<QModelIndex> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows()) rows << m_proxy->mapToSource(i);
    return rows;
}

void ConnectionsPage::updateButtons() {
    const auto rows = selectedRows();
    m_disconnect->setEnabled(!rows.isEmpty());
    m_block->setEnabled(!rows.isEmpty());
    m_copy->setEnabled(rows.size() == 1 && !rows[0].data(ConnectionsModel::PubkeyRole).toString().isEmpty());
    m_copyHex->setEnabled(m_copy->isEnabled());
}

bool ConnectionsPage::selectConnection(quint64 id) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex source = m_model->index(row, 0);
        if (source.data(ConnectionsModel::IdRole).toULongLong() != id) continue;
        m_view->selectionModel()->select(m_proxy->mapFromSource(source),
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return true;
    }
    return false;
}

void ConnectionsPage::disconnectSelected() {
    for (const QModelIndex& i : selectedRows()) {
        qInfo("Disconnecting connection %llu from %s", i.data(ConnectionsModel::IdRole).toULongLong(),
              qPrintable(i.data(ConnectionsModel::AddressRole).toString()));
        m_relay.closeConnection(i.data(ConnectionsModel::IdRole).toULongLong());
    }
}

void ConnectionsPage::blockSelected() {
    std::set<QString> addresses;
    for (const QModelIndex& i : selectedRows()) addresses.insert(i.data(ConnectionsModel::AddressRole).toString());
    for (const QString& address : addresses) {
        QString error;
        if (m_relay.setIpBlocked(address, true, &error)) {
            qInfo("Blocked address %s", qPrintable(address));
            m_status->setText(tr("Blocked %1.").arg(address));
        } else {
            m_status->setText(tr("Could not block %1: %2").arg(address, error));
        }
    }
}

void ConnectionsPage::copySelectedKey(bool hex) {
    const auto rows = selectedRows();
    if (rows.size() != 1) return;
    QString key = rows[0].data(ConnectionsModel::PubkeyRole).toString();
    if (key.isEmpty()) return;
    if (!hex) key = PublicKeys::npub(key);
    QApplication::clipboard()->setText(key);
    m_status->setText(tr("Copied %1.").arg(key));
}

} // namespace roost::ui
