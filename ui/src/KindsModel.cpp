#include "KindsModel.h"

#include <QLocale>

namespace roost::ui {

KindsModel::KindsModel(QObject* parent) : QAbstractTableModel(parent) {}

QString KindsModel::kindName(quint32 kind) {
    // Names from the NIPs' kind list (nips README "Event Kinds"); ranges from NIP-01 and NIP-90.
    switch (kind) {
    case 0: return tr("Profile metadata");
    case 1: return tr("Short text note");
    case 2: return tr("Relay recommendation (deprecated)");
    case 3: return tr("Follow list");
    case 4: return tr("Encrypted direct message");
    case 5: return tr("Deletion request");
    case 6: return tr("Repost");
    case 7: return tr("Reaction");
    case 8: return tr("Badge award");
    case 14: return tr("Chat message");
    case 16: return tr("Generic repost");
    case 20: return tr("Picture");
    case 21: return tr("Video");
    case 22: return tr("Short video");
    case 40: return tr("Channel creation");
    case 41: return tr("Channel metadata");
    case 42: return tr("Channel message");
    case 1040: return tr("OpenTimestamps attestation");
    case 1059: return tr("Gift wrap");
    case 1063: return tr("File metadata");
    case 1068: return tr("Poll");
    case 1111: return tr("Comment");
    case 1311: return tr("Live chat message");
    case 1617: return tr("Git patch");
    case 1621: return tr("Git issue");
    case 1984: return tr("Report");
    case 1985: return tr("Label");
    case 5300: return tr("Content discovery request");
    case 6300: return tr("Content discovery result");
    case 7000: return tr("Job feedback");
    case 9041: return tr("Zap goal");
    case 9321: return tr("Nutzap");
    case 9734: return tr("Zap request");
    case 9735: return tr("Zap");
    case 9802: return tr("Highlight");
    case 10000: return tr("Mute list");
    case 10001: return tr("Pin list");
    case 10002: return tr("Relay list");
    case 10003: return tr("Bookmark list");
    case 10015: return tr("Interests list");
    case 10030: return tr("Emoji list");
    case 10050: return tr("DM relay list");
    case 13194: return tr("Wallet info");
    case 13534: return tr("Relay members");
    case 22242: return tr("Relay authentication");
    case 23194: return tr("Wallet request");
    case 23195: return tr("Wallet response");
    case 24133: return tr("Nostr Connect");
    case 27235: return tr("HTTP authentication");
    case 30000: return tr("Follow set");
    case 30002: return tr("Relay set");
    case 30003: return tr("Bookmark set");
    case 30008: return tr("Profile badges");
    case 30009: return tr("Badge definition");
    case 30017: return tr("Marketplace stall");
    case 30018: return tr("Marketplace product");
    case 30023: return tr("Long-form article");
    case 30024: return tr("Draft long-form article");
    case 30030: return tr("Emoji set");
    case 30078: return tr("App data");
    case 30311: return tr("Live event");
    case 30315: return tr("User status");
    case 30402: return tr("Classified listing");
    case 30617: return tr("Git repository");
    case 30818: return tr("Wiki article");
    case 31922: return tr("Calendar event (date)");
    case 31923: return tr("Calendar event (time)");
    case 31989: return tr("App recommendation");
    case 31990: return tr("App handler");
    case 34235: return tr("Video (addressable)");
    case 34236: return tr("Short video (addressable)");
    case 34550: return tr("Community");
    default:
        if (kind >= 5000 && kind < 6000) return tr("Job request (kind %1)").arg(kind);
        if (kind >= 6000 && kind < 7000) return tr("Job result (kind %1)").arg(kind);
        if (kind >= 30000 && kind < 40000) return tr("Addressable event (kind %1)").arg(kind);
        if (kind >= 20000 && kind < 30000) return tr("Ephemeral event (kind %1)").arg(kind);
        if (kind >= 10000 && kind < 20000) return tr("Replaceable event (kind %1)").arg(kind);
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
