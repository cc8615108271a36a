#include "ConnectionsModel.h"

#include "PublicKeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <unordered_map>
#include <unordered_set>

namespace roost::ui {

ConnectionsModel::ConnectionsModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ConnectionsModel::levelName(int level) {
    switch (level) {
    case 0: return tr("Anonymous");
    case 1: return tr("Authenticated");
    case 2: return tr("Known");
    case 3: return tr("Member");
    case 4: return tr("Owner");
    default: return QString::number(level);
    }
}

QString ConnectionsModel::formatBytes(quint64 bytes) {
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}

void ConnectionsModel::setConnections(const QList<ConnectionInfo>& connections) {
    std::unordered_set<quint64> open;
    for (const ConnectionInfo& c : connections) open.insert(c.id);
    // Remove closed ones, from the bottom so row numbers stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (open.contains(m_rows[row].id)) continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    std::unordered_map<quint64, int> rowOf;
    for (int row = 0; row < m_rows.size(); ++row) rowOf.emplace(m_rows[row].id, row);
    QList<ConnectionInfo> added;
    for (const ConnectionInfo& c : connections) {
        auto it = rowOf.find(c.id);
        if (it == rowOf.end()) {
            added.append(c);
            continue;
        }
        ConnectionInfo& old = m_rows[it->second];
        const bool changed = old.pubkeys != c.pubkeys || old.accessLevel != c.accessLevel ||
                             old.subscriptions != c.subscriptions || old.messagesIn != c.messagesIn ||
                             old.messagesOut != c.messagesOut || old.bytesIn != c.bytesIn || old.bytesOut != c.bytesOut;
        if (!changed) continue;
        old = c;
        emit dataChanged(index(it->second, 0), index(it->second, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

int ConnectionsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ConnectionsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ConnectionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const ConnectionInfo& c = m_rows[index.row()];
    const QString key = c.pubkeys.value(0);
    switch (role) {
    case IdRole: return c.id;
    case PubkeyRole: return key;
    case AddressRole: return c.address;
    case Qt::ToolTipRole:
        if (index.column() == Pubkey && !c.pubkeys.isEmpty()) {
            QStringList lines;
            for (const QString& k : c.pubkeys) lines << PublicKeys::tooltip(k);
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Since) return QDateTime::fromSecsSinceEpoch(c.connectedSince).toString(Qt::ISODate);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Subscriptions ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Address: return c.address;
        case Pubkey: return key.isEmpty() ? QString() : PublicKeys::npub(key);
        case Level: return c.accessLevel;
        case Since: return c.connectedSince;
        case Subscriptions: return c.subscriptions;
        case MessagesIn: return c.messagesIn;
        case MessagesOut: return c.messagesOut;
        case BytesIn: return c.bytesIn;
        case BytesOut: return c.bytesOut;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Address: return c.address;
        case Pubkey:
            if (key.isEmpty()) return tr("not authenticated");
            return PublicKeys::shortNpub(key) +
                   (c.pubkeys.size() > 1 ? tr(" (+%n)", nullptr, int(c.pubkeys.size() - 1)) : QString());
        case Level: return levelName(c.accessLevel);
        case Since: return QLocale().toString(QDateTime::fromSecsSinceEpoch(c.connectedSince), QLocale::ShortFormat);
        case Subscriptions: return c.subscriptions;
        case MessagesIn: return c.messagesIn;
        case MessagesOut: return c.messagesOut;
        case BytesIn: return formatBytes(c.bytesIn);
        case BytesOut: return formatBytes(c.bytesOut);
        }
        return {};
    default: return {};
    }
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Address: return tr("Address");
    case Pubkey: return tr("Key");
    case Level: return tr("Access");
    case Since: return tr("Connected since");
    case Subscriptions: return tr("Subscriptions");
    case MessagesIn: return tr("Messages in");
    case MessagesOut: return tr("Messages out");
    case BytesIn: return tr("Bytes in");
    case BytesOut: return tr("Bytes out");
    }
    return {};
}

} // namespace roost::ui
