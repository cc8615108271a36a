#include "EventsModel.h"

#include "KindsModel.h"
#include "PublicKeys.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include <unordered_set>

namespace roost::ui {

EventsModel::EventsModel(QObject* parent) : QAbstractTableModel(parent) {}

bool EventsModel::parse(const QByteArray& json, Row& row) {
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    row.id = o.value(QStringLiteral("id")).toString();
    if (row.id.isEmpty()) return false;
    row.pubkey = o.value(QStringLiteral("pubkey")).toString();
    row.createdAt = qint64(o.value(QStringLiteral("created_at")).toDouble());
    row.kind = quint32(o.value(QStringLiteral("kind")).toInt());
    row.content = o.value(QStringLiteral("content")).toString();
    row.json = json;
    return true;
}

void EventsModel::setEvents(const QList<QByteArray>& events) {
    beginResetModel();
    m_rows.clear();
    for (const QByteArray& json : events) {
        Row row;
        if (parse(json, row)) m_rows.append(std::move(row));
    }
    endResetModel();
}

int EventsModel::appendEvents(const QList<QByteArray>& events) {
    std::unordered_set<QString> shown;
    for (const Row& r : m_rows) shown.insert(r.id);
    QList<Row> added;
    for (const QByteArray& json : events) {
        Row row;
        if (parse(json, row) && shown.insert(row.id).second) added.append(std::move(row));
    }
    if (added.isEmpty()) return 0;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
    return int(added.size());
}

void EventsModel::removeIds(const QStringList& ids) {
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_rows[row].id)) continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void EventsModel::removeAuthors(const QStringList& pubkeys) {
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!pubkeys.contains(m_rows[row].pubkey)) continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

qint64 EventsModel::oldestCreatedAt() const {
    qint64 oldest = -1;
    for (const Row& r : m_rows)
        if (oldest < 0 || r.createdAt < oldest) oldest = r.createdAt;
    return oldest;
}

int EventsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int EventsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EventsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& r = m_rows[index.row()];
    switch (role) {
    case IdRole: return r.id;
    case PubkeyRole: return r.pubkey;
    case JsonRole: return r.json;
    case CreatedAtRole: return r.createdAt;
    case SortRole:
        switch (index.column()) {
        case CreatedAt: return r.createdAt;
        case Kind: return r.kind;
        case Author: return PublicKeys::npub(r.pubkey); // what is shown (and what the text filter matches)
        case Content: return r.content;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Kind) return KindsModel::kindName(r.kind);
        if (index.column() == Author) return PublicKeys::tooltip(r.pubkey);
        if (index.column() == Content) return r.content.left(1000);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedAt: return QLocale().toString(QDateTime::fromSecsSinceEpoch(r.createdAt), QLocale::ShortFormat);
        case Kind: return r.kind;
        case Author: return PublicKeys::shortNpub(r.pubkey);
        case Content: return r.content.section(QLatin1Char('\n'), 0, 0).left(200);
        }
        return {};
    default: return {};
    }
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedAt: return tr("Created");
    case Kind: return tr("Kind");
    case Author: return tr("Author");
    case Content: return tr("Content");
    }
    return {};
}

} // namespace roost::ui
