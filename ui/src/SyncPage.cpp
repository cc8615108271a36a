#include "SyncPage.h"

#include "BackupNotesWizard.h"
#include "ConfirmDialog.h"
#include "SyncPeerDialog.h"
#include "SyncPeersModel.h"
#include "SyncProgressDelegate.h"
#include "roost/Relay.h"
#include "roost/Settings.h"
#include "roost/SyncPeer.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace roost::ui {

namespace {
const QString kPeers = QStringLiteral("sync/peer");
}

SyncPage::SyncPage(Relay& relay, Settings& settings, QWidget* parent)
    : QWidget(parent), m_relay(relay), m_settings(settings), m_model(new SyncPeersModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_syncNow(new QPushButton(tr("Sync &now"), this)), m_syncAll(new QPushButton(tr("Sync a&ll"), this)),
      m_backup(new QPushButton(tr("&Back up my notes…"), this)), m_status(new QLabel(this)), m_empty(new QLabel(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SyncPeersModel::SortRole);
    m_view->setObjectName(QStringLiteral("syncPeersView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(SyncPeersModel::Progress, new SyncProgressDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // config order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SyncPeersModel::Progress, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    // The address and the filter summary can be long: a fixed start width (the tooltips have them whole).
    for (int column : {int(SyncPeersModel::Url), int(SyncPeersModel::Filter)})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    m_view->setColumnWidth(SyncPeersModel::Url, 190);
    m_view->setColumnWidth(SyncPeersModel::Filter, 130);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setToolTip(tr("The relays this one keeps in step with. Click a header to sort; double-click a peer to edit it."));

    m_add->setToolTip(tr("Add a relay to keep in step with this one."));
    m_edit->setToolTip(tr("Change the selected peer: address, direction, schedule or which events."));
    m_remove->setToolTip(tr("Stop syncing with the selected peers (their events stay here)."));
    m_syncNow->setToolTip(tr("Sync the selected peers now, whatever their schedule."));
    m_syncAll->setToolTip(tr("Sync every enabled peer now."));
    m_backup->setToolTip(tr("Bring everything a key wrote here from the relays it writes to."));
    connect(m_add, &QPushButton::clicked, this, &SyncPage::addWithDialog);
    connect(m_edit, &QPushButton::clicked, this, &SyncPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(false); });
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncSelected);
    connect(m_syncAll, &QPushButton::clicked, this, &SyncPage::syncAll);
    connect(m_backup, &QPushButton::clicked, this, &SyncPage::openBackupWizard);
    connect(m_view, &QTableView::doubleClicked, this, &SyncPage::editSelected);
    for (QPushButton* b : {m_syncNow, m_edit, m_remove}) {
        auto* action = new QAction(b->text().remove(QLatin1Char('&')), m_view);
        connect(action, &QAction::triggered, b, &QPushButton::click);
        m_view->addAction(action);
    }

    m_empty->setObjectName(QStringLiteral("syncEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No sync peers yet. <b>Add…</b> another relay to keep it in step with this one, or "
                        "<b>Back up my notes…</b> to bring everything you wrote here from your relays."));
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addSpacing(16);
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_syncAll);
    buttons->addStretch(1);
    buttons->addWidget(m_backup);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncPage::updateButtons);
    connect(&relay, &Relay::snapshotTaken, this, &SyncPage::showSnapshot);
    connect(&relay, &Relay::stopped, this, &SyncPage::refresh);
    connect(&settings, &Settings::changed, this, [this](const QString& key) {
        if (key == kPeers) refresh();
    });
    refresh();
}

QList<SyncPeer> SyncPage::configuredPeers() const {
    QList<SyncPeer> peers;
    for (const QString& line : m_settings.value(kPeers).toStringList())
        if (const auto p = SyncPeer::parse(line, nullptr)) peers << *p;
    return peers;
}

void SyncPage::refresh() { showSnapshot(m_relay.snapshot()); }

void SyncPage::showSnapshot(const RelaySnapshot& s) {
    const qint64 now = s.takenAtMs > 0 ? s.takenAtMs : QDateTime::currentMSecsSinceEpoch();
    m_model->setPeers(SyncPeersModel::merge(configuredPeers(), s.running ? s.syncPeers : QList<SyncPeerStatus>{}), now);
    m_empty->setVisible(m_model->rowCount() == 0);
    updateButtons();
}

bool SyncPage::selectPeer(const QString& url) {
    const int row = m_model->rowOf(url);
    if (row < 0) return false;
    m_view->selectionModel()->select(m_proxy->mapFromSource(m_model->index(row, 0)),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QStringList SyncPage::selectedUrls() const {
    QStringList urls;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows()) urls << i.data(SyncPeersModel::UrlRole).toString();
    return urls;
}

void SyncPage::updateButtons() {
    const auto rows = m_view->selectionModel()->selectedRows();
    bool allConfigured = !rows.isEmpty();
    for (const QModelIndex& i : rows) allConfigured = allConfigured && i.data(SyncPeersModel::ConfiguredRole).toBool();
    const bool running = m_relay.isRunning();
    m_edit->setEnabled(rows.size() == 1 && allConfigured);
    m_remove->setEnabled(allConfigured);
    m_syncNow->setEnabled(!rows.isEmpty() && running);
    m_syncAll->setEnabled(m_model->rowCount() > 0 && running);
    m_edit->setToolTip(rows.size() == 1 && !allConfigured
                           ? tr("This peer comes from your relay list (NIP-65); change the list to change it.")
                           : tr("Change the selected peer: address, direction, schedule or which events."));
}

bool SyncPage::runDialog(SyncPeerDialog& dialog) {
    if (m_runDialog) return m_runDialog(dialog);
    return dialog.exec() == QDialog::Accepted;
}

bool SyncPage::addPeer(const SyncPeer& peer, QString* error) {
    QStringList lines = m_settings.value(kPeers).toStringList();
    for (const SyncPeer& p : configuredPeers()) {
        if (p.url != peer.url) continue;
        if (error) *error = tr("%1 is already a sync peer.").arg(peer.url);
        return false;
    }
    lines << peer.format();
    if (!m_settings.setValue(kPeers, lines, error)) return false;
    qInfo("Sync peer added: %s", qPrintable(peer.format()));
    return true;
}

bool SyncPage::replacePeer(const QString& url, const SyncPeer& peer, QString* error) {
    QStringList lines;
    bool found = false;
    for (const SyncPeer& p : configuredPeers()) {
        if (p.url == url) {
            if (!found) lines << peer.format();
            found = true;
        } else if (p.url == peer.url) {
            if (error) *error = tr("%1 is already a sync peer.").arg(peer.url);
            return false;
        } else {
            lines << p.format();
        }
    }
    if (!found) {
        if (error) *error = tr("%1 is no longer a sync peer.").arg(url);
        return false;
    }
    if (!m_settings.setValue(kPeers, lines, error)) return false;
    qInfo("Sync peer changed: %s", qPrintable(peer.format()));
    return true;
}

bool SyncPage::removePeers(const QStringList& urls, QString* error) {
    QStringList lines;
    for (const SyncPeer& p : configuredPeers())
        if (!urls.contains(p.url)) lines << p.format();
    if (!m_settings.setValue(kPeers, lines, error)) return false;
    for (const QString& url : urls) qInfo("Sync peer removed: %s", qPrintable(url));
    return true;
}

void SyncPage::addWithDialog() {
    SyncPeerDialog dialog(this);
    QStringList taken;
    for (const SyncPeer& p : configuredPeers()) taken << p.url;
    dialog.setTakenUrls(taken);
    if (!runDialog(dialog)) return;
    QString error;
    const auto peer = dialog.peer(&error);
    if (!peer || !addPeer(*peer, &error)) {
        m_status->setText(tr("The peer was not added: %1").arg(error));
        return;
    }
    m_status->setText(tr("Added %1.").arg(peer->url));
    selectPeer(peer->url);
}

void SyncPage::editSelected() {
    const QStringList urls = selectedUrls();
    if (urls.size() != 1) return;
    const QList<SyncPeer> peers = configuredPeers();
    auto it = std::find_if(peers.begin(), peers.end(), [&](const SyncPeer& p) { return p.url == urls.first(); });
    if (it == peers.end()) return; // discovered: not a sync/peer line
    SyncPeerDialog dialog(this);
    dialog.setPeer(*it);
    QStringList taken;
    for (const SyncPeer& p : peers)
        if (p.url != it->url) taken << p.url;
    dialog.setTakenUrls(taken);
    if (!runDialog(dialog)) return;
    QString error;
    const auto peer = dialog.peer(&error);
    if (!peer || !replacePeer(it->url, *peer, &error)) {
        m_status->setText(tr("The peer was not changed: %1").arg(error));
        return;
    }
    m_status->setText(tr("Changed %1.").arg(peer->url));
    selectPeer(peer->url);
}

void SyncPage::removeSelected(bool confirmed) {
    QStringList urls;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        if (i.data(SyncPeersModel::ConfiguredRole).toBool()) urls << i.data(SyncPeersModel::UrlRole).toString();
    if (urls.isEmpty()) return;
    if (!confirmed &&
        !ConfirmDialog::ask(this, tr("Stop syncing with %n peer(s)? Events already brought here stay.", nullptr,
                                     int(urls.size())) + QStringLiteral("\n\n") + urls.join(QLatin1Char('\n'))))
        return;
    QString error;
    if (!removePeers(urls, &error)) {
        m_status->setText(tr("Not removed: %1").arg(error));
        return;
    }
    m_status->setText(tr("Removed %1.").arg(urls.join(QStringLiteral(", "))));
}

void SyncPage::syncSelected() {
    const QStringList urls = selectedUrls();
    for (const QString& url : urls) m_relay.syncNow(url);
    if (!urls.isEmpty()) m_status->setText(tr("Sync started: %1.").arg(urls.join(QStringLiteral(", "))));
}

void SyncPage::syncAll() {
    m_relay.syncNow();
    m_status->setText(tr("Sync of every enabled peer started."));
}

BackupNotesWizard* SyncPage::backupWizard() const { return qobject_cast<BackupNotesWizard*>(m_wizard.data()); }

void SyncPage::openBackupWizard() {
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    auto* wizard = new BackupNotesWizard(m_relay, m_settings, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    wizard->show();
}

} // namespace roost::ui
