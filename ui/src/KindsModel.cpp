#include "KindsModel.h"

#include <QLocale>

namespace roost::ui {

KindsModel::KindsModel(QObject* parent) : QAbstractTableModel(parent) {}

QString KindsModel::kindName(quint32 kind) {
    switch (kind) {
    case 0: return tr("Profile metadata");
    case 1: return tr("Short text note");
    case 3: return tr("Follow list");
    case 4: return tr("Encrypted direct message");
    case 5: return tr("Deletion request");
    case 6: return tr("Repost");
    case 7: return tr("Reaction");
    case 14: return tr("Chat message");
    case 16: return tr("Generic repost");
    case 1059: return tr("Gift wrap");
    case 1984: return tr("Report");
    case 9734: return tr("Zap request");
    case 9735: return tr("Zap");
    case 10000: return tr("Mute list");
    case 10002: return tr("Relay list");
    case 10050: return tr("DM relay list");
    case 13534: return tr("Relay members");
    case 30023: return tr("Long-form article");
    default:
        if (kind >= 30000 && kind < 40000) return tr("Addressable event");
        if (kind >= 10000 && kind < 20000) return tr("Replaceable event");
        return {};
    }
}

void KindsModel::setKinds(const QList<KindCount>& kinds) {
    quint64 total = 0;
    for (const KindCount& k : kinds) total += k.events;
    bool sameKinds = kinds.size() == m_rows.size();
    for (qsizetype i = 0; sameKinds && i < kinds.size(); ++i) sameKinds = kinds[i].kind == m_rows[i].kind;
    if (!sameKinds) {
        beginResetModel();
        m_rows = kinds;
        m_total = total;
        endResetModel();
        return;
    }
    bool changed = total != m_total;
    for (qsizetype i = 0; !changed && i < kinds.size(); ++i) changed = kinds[i].events != m_rows[i].events;
    if (!changed) return;
    m_rows = kinds;
    m_total = total;
    if (!m_rows.isEmpty()) emit dataChanged(index(0, Events), index(int(m_rows.size()) - 1, Share));
}

int KindsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int KindsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant KindsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const KindCount& k = m_rows[index.row()];
    const double share = m_total ? 100.0 * double(k.events) / double(m_total) : 0.0;
    if (role == SortRole) {
        switch (index.column()) {
        case Kind: return k.kind;
        case Name: return kindName(k.kind);
        case Events: return k.events;
        case Share: return share;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Kind: return k.kind;
    case Name: return kindName(k.kind);
    case Events: return QLocale().toString(k.events);
    case Share: return QLocale().toString(share, 'f', 1) + QLatin1String(" %");
    }
    return {};
}

QVariant KindsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Kind");
    case Name: return tr("Name");
    case Events: return tr("Events");
    case Share: return tr("Share");
    }
    return {};
}

} // namespace roost::ui
