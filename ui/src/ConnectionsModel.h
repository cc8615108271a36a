#pragma once
// The open connections of the relay as a table (one row per ConnectionInfo). Widgets-free.
#include "roost/RelaySnapshot.h"

#include <QAbstractTableModel>

namespace roost::ui {

/// Rows are connections in the order of the last setConnections() (ascending id); a row keeps
/// its place while its connection stays open, so a selection survives refreshes. Qt::DisplayRole
/// is formatted text, SortRole the raw number or text, IdRole the connection id (quint64) on
/// every column, PubkeyRole the first AUTH key (hex) or "".
class ConnectionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Address, Pubkey, Level, Since, Subscriptions, MessagesIn, MessagesOut, BytesIn, BytesOut, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, PubkeyRole, AddressRole };

    explicit ConnectionsModel(QObject* parent = nullptr);

    /// Replaces the rows with `connections`: rows of closed connections are removed, new ones
    /// appended, the others updated in place (dataChanged only where a value changed).
    void setConnections(const QList<ConnectionInfo>& connections);
    const QList<ConnectionInfo>& connections() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Anonymous", "Authenticated", "Known", "Member", "Owner" (translated) for levels 0..4.
    static QString levelName(int level);
    /// A byte count for people: "512 B", "1.5 KiB", "3.2 MiB", "1.1 GiB".
    static QString formatBytes(quint64 bytes);

private:
    QList<ConnectionInfo> m_rows;
};

} // namespace roost::ui
