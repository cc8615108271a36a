#pragma once
// Connections: the open connections as a sortable, filterable table; disconnect, block the
// address, copy the authenticated key.
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace roost {
class Relay;
struct RelaySnapshot;
}

namespace roost::ui {

class ConnectionsModel;

/// Follows Relay::snapshotTaken. Disconnect calls Relay::closeConnection for each selected row;
/// Block address calls Relay::setIpBlocked (saved in the config file, open connections from it
/// closed); Copy key puts the first AUTH key (hex) on the clipboard.
class ConnectionsPage : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionsPage(Relay& relay, QWidget* parent = nullptr);

    ConnectionsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Selects the row of connection `id` (tests, and keeping a selection across pages).
    bool selectConnection(quint64 id);

public slots:
    void disconnectSelected();
    void blockSelected();
    /// Copies the selected connection's authenticated key: npub, or (hex true) 64 hex characters.
    void copySelectedKey(bool hex = false);

private:
    void showSnapshot(const RelaySnapshot& snapshot);
    QList<QModelIndex> selectedRows() const;
    void updateButtons();

    Relay& m_relay;
    ConnectionsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QPushButton* m_disconnect;
    QPushButton* m_block;
    QPushButton* m_copy;
    QAction* m_copyHex;
    QLabel* m_status;
};

} // namespace roost::ui
