#include "SyncPeersModel.h"

#include <QColor>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>

namespace roost::ui {

SyncPeersModel::SyncPeersModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<SyncPeerStatus> SyncPeersModel::merge(const QList<SyncPeer>& configured, const QList<SyncPeerStatus>& reported) {
    QList<SyncPeerStatus> out;
    QSet<QString> seen;
    for (const SyncPeer& p : configured) {
        if (seen.contains(p.url)) continue;
        seen.insert(p.url);
        auto it = std::find_if(reported.begin(), reported.end(), [&](const SyncPeerStatus& s) { return s.url == p.url; });
        SyncPeerStatus s = it != reported.end() ? *it : SyncPeerStatus{};
        // The configuration is the truth for what the peer is (the report may predate an edit).
        s.url = p.url;
        s.direction = SyncPeer::directionName(p.direction);
        s.live = p.live;
        s.everyMinutes = p.everyMinutes;
        s.filter = p.filter;
        s.enabled = p.enabled;
        s.discovered = false;
        if (!p.enabled) s.state = QStringLiteral("disabled");
        out << s;
    }
    // Then the peers the SyncManager found in the owner's relay list. A reported peer that is
    // neither configured nor discovered was just removed (the snapshot predates the change).
    for (const SyncPeerStatus& s : reported) {
        if (!s.discovered || seen.contains(s.url)) continue;
        seen.insert(s.url);
        out << s;
    }
    return out;
}

void SyncPeersModel::setPeers(const QList<SyncPeerStatus>& peers, qint64 nowMs) {
    const bool clockMoved = nowMs / 1000 != m_nowMs / 1000;
    m_nowMs = nowMs;
    QSet<QString> urls;
    for (const SyncPeerStatus& p : peers) urls.insert(p.url);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (urls.contains(m_rows[row].url)) continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    QList<SyncPeerStatus> added;
    for (const SyncPeerStatus& p : peers) {
        const int row = rowOf(p.url);
        if (row < 0) {
            if (std::none_of(added.begin(), added.end(), [&](const SyncPeerStatus& a) { return a.url == p.url; })) added << p;
            continue;
        }
        SyncPeerStatus& old = m_rows[row];
        const bool changed = old.direction != p.direction || old.live != p.live || old.everyMinutes != p.everyMinutes ||
                             old.filter != p.filter || old.enabled != p.enabled || old.discovered != p.discovered ||
                             old.state != p.state || old.stateText != p.stateText || old.lastError != p.lastError ||
                             old.lastSuccessMs != p.lastSuccessMs || old.nextAttemptMs != p.nextAttemptMs ||
                             old.eventsDown != p.eventsDown || old.eventsUp != p.eventsUp || old.running != p.running ||
                             old.runPhase != p.runPhase || old.runIdsLearned != p.runIdsLearned ||
                             old.runTransferred != p.runTransferred || old.negentropyUnsupported != p.negentropyUnsupported ||
                             old.consecutiveFailures != p.consecutiveFailures || old.bytesIn != p.bytesIn ||
                             old.bytesOut != p.bytesOut;
        if (changed) {
            old = p;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (clockMoved) {
            // "5 min ago" moves with the clock.
            emit dataChanged(index(row, LastSync), index(row, NextAttempt));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

int SyncPeersModel::rowOf(const QString& url) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].url == url) return row;
    return -1;
}

int SyncPeersModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SyncPeersModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString SyncPeersModel::relativeTime(qint64 atMs, qint64 nowMs, const QString& never) {
    if (atMs <= 0) return never;
    const qint64 delta = (atMs - nowMs) / 1000; // seconds; > 0 in the future
    const qint64 a = delta < 0 ? -delta : delta;
    if (delta < 0 && a < 45) return tr("just now");
    if (delta >= 0 && a < 60) return tr("in %n s", nullptr, int(std::max<qint64>(1, a)));
    QString amount;
    if (a < 3600) amount = tr("%n min", nullptr, int(std::max<qint64>(1, (a + 30) / 60)));
    else if (a < 2 * 86400) amount = tr("%n h", nullptr, int((a + 1800) / 3600));
    else amount = tr("%n d", nullptr, int((a + 43200) / 86400));
    return delta < 0 ? tr("%1 ago").arg(amount) : tr("in %1").arg(amount);
}

QString SyncPeersModel::filterSummary(const QString& filterJson) {
    const QJsonObject f = QJsonDocument::fromJson(filterJson.toUtf8()).object();
    if (f.isEmpty()) return tr("everything");
    QStringList parts;
    // Kinds, authors and ids first (what people look for), then the rest in key order.
    QStringList keys{QStringLiteral("kinds"), QStringLiteral("authors"), QStringLiteral("ids")};
    for (const QString& key : f.keys())
        if (!keys.contains(key)) keys << key;
    for (const QString& key : keys) {
        if (!f.contains(key)) continue;
        const QJsonValue value = f.value(key);
        const QJsonArray values = value.toArray();
        if (key == QLatin1String("kinds")) {
            QStringList kinds;
            for (const QJsonValue& k : values) kinds << QString::number(k.toInteger());
            parts << tr("kinds %1").arg(kinds.join(QStringLiteral(", ")));
        } else if (key == QLatin1String("authors")) {
            parts << tr("%n author(s)", nullptr, int(values.size()));
        } else if (key == QLatin1String("ids")) {
            parts << tr("%n event(s)", nullptr, int(values.size()));
        } else if (key.startsWith(QLatin1Char('#'))) {
            parts << key;
        } else if (key == QLatin1String("since")) {
            parts << tr("since %1").arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(value.toInteger()).date(),
                                                          QLocale::ShortFormat));
        } else {
            parts << key;
        }
    }
    return parts.join(QStringLiteral(" · "));
}

QString SyncPeersModel::stateName(const QString& state) {
    if (state.isEmpty()) return tr("not run yet");
    if (state == QLatin1String("connecting")) return tr("connecting");
    if (state == QLatin1String("reconciling")) return tr("reconciling");
    if (state == QLatin1String("transferring")) return tr("transferring");
    if (state == QLatin1String("live")) return tr("live");
    if (state == QLatin1String("idle")) return tr("idle");
    if (state == QLatin1String("backing off")) return tr("backing off");
    if (state == QLatin1String("failing")) return tr("failing");
    if (state == QLatin1String("disabled")) return tr("disabled");
    return state;
}

QColor SyncPeersModel::stateColor(const QString& state) {
    if (state == QLatin1String("live") || state == QLatin1String("idle")) return QColor(0x2f, 0xb8, 0x6b);
    if (state == QLatin1String("connecting") || state == QLatin1String("reconciling") ||
        state == QLatin1String("transferring"))
        return QColor(0x3b, 0x82, 0xd6);
    if (state == QLatin1String("backing off")) return QColor(0xe6, 0x8a, 0x1e);
    if (state == QLatin1String("failing")) return QColor(0xc0, 0x39, 0x2b);
    return QColor(0x99, 0x99, 0x99);
}

QVariant SyncPeersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const SyncPeerStatus& p = m_rows[index.row()];
    const QLocale locale;
    const double progress = p.running && p.runIdsLearned > 0
                                ? std::min(1.0, double(p.runTransferred) / double(p.runIdsLearned))
                                : p.running ? 0.0 : -1.0;
    switch (role) {
    case UrlRole: return p.url;
    case ConfiguredRole: return !p.discovered;
    case ProgressRole: return index.column() == Progress ? QVariant(progress) : QVariant();
    case Qt::DecorationRole: {
        if (index.column() != State) return {};
        const QColor color = stateColor(p.state);
        auto it = m_dots.find(color.rgb());
        if (it != m_dots.end()) return *it;
        QPixmap dot(12, 12);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(1, 1, 10, 10));
        painter.end();
        return *m_dots.insert(color.rgb(), QIcon(dot));
    }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Direction:
            return p.live ? tr("Live: synced, then kept open for new events.")
                          : tr("Periodic: synced every %n minute(s).", nullptr, int(p.everyMinutes));
        case Url:
            return p.discovered ? tr("%1\nFound in your relay list (NIP-65); change it there.").arg(p.url) : p.url;
        case Filter: return p.filter;
        case State: {
            QStringList lines{p.stateText.isEmpty() ? stateName(p.state) : p.stateText};
            if (!p.lastError.isEmpty()) lines << tr("Last error: %1").arg(p.lastError);
            if (p.consecutiveFailures > 0) lines << tr("%n failure(s) in a row", nullptr, p.consecutiveFailures);
            if (p.negentropyUnsupported) lines << tr("The peer has no negentropy (NIP-77): synced by REQ.");
            return lines.join(QLatin1Char('\n'));
        }
        case LastSync:
        case NextAttempt: {
            const qint64 at = index.column() == LastSync ? p.lastSuccessMs : p.nextAttemptMs;
            return at > 0 ? locale.toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::LongFormat) : QVariant();
        }
        case EventsDown:
        case EventsUp:
            return tr("%1 received, %2 sent over this peer's connections")
                .arg(locale.formattedDataSize(qint64(p.bytesIn), 1, QLocale::DataSizeIecFormat),
                     locale.formattedDataSize(qint64(p.bytesOut), 1, QLocale::DataSizeIecFormat));
        case Progress:
            return p.running ? tr("%1: %2 differing ids learned, %3 events moved")
                                   .arg(p.runPhase, locale.toString(p.runIdsLearned), locale.toString(p.runTransferred))
                             : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == EventsDown || index.column() == EventsUp ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                                          : QVariant();
    case SortRole:
        switch (index.column()) {
        case Url: return p.url;
        case Direction: return p.direction;
        case Filter: return p.filter;
        case State: return stateName(p.state);
        case LastSync: return p.lastSuccessMs;
        case EventsDown: return p.eventsDown;
        case EventsUp: return p.eventsUp;
        case NextAttempt: return p.nextAttemptMs;
        case Progress: return progress;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Url: return p.url;
        case Direction: {
            const QString dir = p.direction == QLatin1String("up")     ? tr("↑ up")
                                : p.direction == QLatin1String("both") ? tr("⇅ both")
                                                                       : tr("↓ down");
            const QString mode = p.live ? tr("live") : p.everyMinutes % 60 == 0 ? tr("%n h", nullptr, int(p.everyMinutes / 60))
                                                                                : tr("%n min", nullptr, int(p.everyMinutes));
            return dir + QStringLiteral(" · ") + mode;
        }
        case Filter: return filterSummary(p.filter);
        case State: return stateName(p.state);
        case LastSync: return relativeTime(p.lastSuccessMs, m_nowMs, tr("never"));
        case EventsDown: return locale.toString(p.eventsDown);
        case EventsUp: return locale.toString(p.eventsUp);
        case NextAttempt:
            if (p.running) return tr("running");
            return relativeTime(p.nextAttemptMs, m_nowMs, QStringLiteral("–"));
        case Progress:
            if (!p.running) return {};
            return p.runTransferred > 0 ? tr("%1 of %2").arg(locale.toString(p.runTransferred), locale.toString(p.runIdsLearned))
                                        : stateName(p.runPhase.isEmpty() ? p.state : p.runPhase);
        }
        return {};
    default: return {};
    }
}

QVariant SyncPeersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case EventsDown: return tr("Events stored here from the peer (all runs).");
        case EventsUp: return tr("Events the peer accepted from us (all runs).");
        case NextAttempt: return tr("When the peer is synced next (after a failure: the next retry).");
        case Progress: return tr("The running sync: events moved of the ids that differ.");
        }
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Url: return tr("Relay");
    case Direction: return tr("Direction");
    case Filter: return tr("Filter");
    case State: return tr("State");
    case LastSync: return tr("Last sync");
    case EventsDown: return tr("Down");
    case EventsUp: return tr("Up");
    case NextAttempt: return tr("Next sync");
    case Progress: return tr("Progress");
    }
    return {};
}

} // namespace roost::ui
