#pragma once
// Sync: the relays this one keeps in step with, how each is doing, and "Back up my notes".
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace roost {
class Relay;
class Settings;
struct RelaySnapshot;
struct SyncPeer;
}

namespace roost::ui {

class BackupNotesWizard;
class SyncPeerDialog;
class SyncPeersModel;

/// Follows Relay::snapshotTaken and Settings::changed("sync/peer"): the table (SyncPeersModel
/// behind a sorting proxy) shows every configured peer merged with its reported status.
/// Add / Edit / Remove edit the `sync/peer` setting through Settings::setValue, so the config
/// file keeps the change and a running relay picks it up live (issue 10 item 5); peers found in
/// the owner's relay list (discovered) cannot be edited here. "Sync now" calls
/// Relay::syncNow(url) for each selected peer, "Sync all" Relay::syncNow(). "Back up my
/// notes…" opens the BackupNotesWizard.
class SyncPage : public QWidget {
    Q_OBJECT
public:
    SyncPage(Relay& relay, Settings& settings, QWidget* parent = nullptr);

    SyncPeersModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* statusLabel() const { return m_status; }
    /// Selects the row of `url`; false when there is none.
    bool selectPeer(const QString& url);
    /// The URLs of the selected rows.
    QStringList selectedUrls() const;
    /// Replaces how the peer dialog is run (tests fill and accept it without exec()); the
    /// function gets the set-up dialog and returns whether it was accepted.
    void setDialogRunner(std::function<bool(SyncPeerDialog&)> run) { m_runDialog = std::move(run); }
    /// The open "Back up my notes" wizard, or nullptr.
    BackupNotesWizard* backupWizard() const;
    /// Shows `snapshot`'s peers (normally called for each Relay::snapshotTaken).
    void showSnapshot(const RelaySnapshot& snapshot);

    /// Adds `peer` to `sync/peer`; false with `error` when the URL is already a peer or Settings
    /// refuses the value.
    bool addPeer(const SyncPeer& peer, QString* error = nullptr);
    /// Replaces the peer at `url` by `peer` (its URL may change).
    bool replacePeer(const QString& url, const SyncPeer& peer, QString* error = nullptr);
    /// Removes the peers at `urls` from `sync/peer`.
    bool removePeers(const QStringList& urls, QString* error = nullptr);

public slots:
    /// The Add dialog; the peer is added when it is accepted.
    void addWithDialog();
    /// The Edit dialog for the selected (configured) peer.
    void editSelected();
    /// Removes the selected configured peers (after a question that defaults to No, unless
    /// `confirmed`).
    void removeSelected(bool confirmed = false);
    void syncSelected();
    void syncAll();
    /// Opens the "Back up my notes" wizard (modeless; one at a time).
    void openBackupWizard();

private:
    QList<SyncPeer> configuredPeers() const;
    void refresh();
    void updateButtons();
    bool runDialog(SyncPeerDialog& dialog);

    Relay& m_relay;
    Settings& m_settings;
    SyncPeersModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_syncNow;
    QPushButton* m_syncAll;
    QPushButton* m_backup;
    QLabel* m_status;
    QLabel* m_empty;
    std::function<bool(SyncPeerDialog&)> m_runDialog;
    QPointer<QWidget> m_wizard;
};

} // namespace roost::ui
