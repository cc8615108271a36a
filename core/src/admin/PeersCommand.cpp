#include "roost/PeersCommand.h"

#include "roost/Settings.h"
#include "roost/Sync.h"
#include "roost/SyncPeer.h"

#include <QDateTime>

#include <ostream>

namespace roost::tools {

namespace {

const QString kKey = QStringLiteral("sync/peer");

std::ostream& operator<<(std::ostream& os, const QString& s) { return os << s.toStdString(); }

int usage(std::ostream& err) {
    err << "roost: usage: roost peers [list] | roost peers add URL [--dir down|up|both] [--filter JSON] "
           "[--mode live|periodic] [--every MINUTES] | roost peers remove URL\n";
    return 2;
}

QString localTime(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("never");
}

// Each peer's config line, then its health as the relay on this data directory last saved it.
int list(const Settings& settings, std::ostream& out) {
    const QList<SyncPeer>& peers = settings.config().syncPeers;
    if (peers.isEmpty()) out << "no sync peers\n";
    const QList<SyncPeerStatus> statuses = savedSyncPeerStatuses(settings.config());
    for (const SyncPeer& p : peers) {
        out << p.format() << '\n';
        for (const SyncPeerStatus& s : statuses) {
            if (s.url != p.url) continue;
            out << "  state: " << s.stateText << '\n'
                << "  last sync: " << localTime(s.lastSuccessMs) << '\n'
                << "  events down/up: " << s.eventsDown << " / " << s.eventsUp << '\n';
            if (s.nextAttemptMs > 0) out << "  next attempt: " << localTime(s.nextAttemptMs) << '\n';
        }
    }
    return 0;
}

int save(Settings& settings, const QStringList& lines, std::ostream& err) {
    QString error;
    if (settings.setValue(kKey, lines, &error)) return 0;
    err << "roost: " << error << '\n';
    return settings.value(kKey).toStringList() == lines ? 1 : 2; // applied but not written: 1
}

int add(Settings& settings, const QString& url, const PeerOptions& o, std::ostream& out, std::ostream& err) {
    const QString dir = o.direction.isEmpty() ? QStringLiteral("down") : o.direction.toLower();
    const QString mode = o.mode.isEmpty() ? QStringLiteral("periodic") : o.mode.toLower();
    if (dir != QLatin1String("down") && dir != QLatin1String("up") && dir != QLatin1String("both")) {
        err << "roost: --dir must be down, up or both, not \"" << o.direction << "\"\n";
        return 2;
    }
    if (mode != QLatin1String("live") && mode != QLatin1String("periodic")) {
        err << "roost: --mode must be live or periodic, not \"" << o.mode << "\"\n";
        return 2;
    }
    if (url.contains(QLatin1Char(' ')) || url.contains(QLatin1Char('{'))) {
        err << "roost: \"" << url << "\" is not a ws:// or wss:// URL\n";
        return 2;
    }
    QString line = url + QLatin1Char(' ') + dir + QLatin1Char(' ') + mode;
    if (!o.every.isEmpty()) line += QStringLiteral(" every=") + o.every;
    if (!o.filter.isEmpty()) line += QLatin1Char(' ') + o.filter.simplified();
    QString error;
    const auto peer = SyncPeer::parse(line, &error);
    if (!peer) {
        err << "roost: " << error << '\n';
        return 2;
    }
    QStringList lines;
    bool replaced = false;
    for (const SyncPeer& p : settings.config().syncPeers) {
        if (p.url == peer->url) {
            lines << peer->format();
            replaced = true;
        } else {
            lines << p.format();
        }
    }
    if (!replaced) lines << peer->format();
    if (const int rc = save(settings, lines, err)) return rc;
    out << (replaced ? "updated " : "added ") << peer->format() << '\n';
    return 0;
}

int remove(Settings& settings, const QString& url, std::ostream& out, std::ostream& err) {
    QStringList lines;
    bool found = false;
    for (const SyncPeer& p : settings.config().syncPeers) {
        if (p.url == url) found = true;
        else lines << p.format();
    }
    if (!found) {
        err << "roost: no sync peer " << url << " in " << settings.filePath() << '\n';
        return 2;
    }
    if (const int rc = save(settings, lines, err)) return rc;
    out << "removed " << url << '\n';
    return 0;
}

} // namespace

int runPeers(Settings& settings, const QStringList& args, const PeerOptions& options, std::ostream& out,
             std::ostream& err) {
    const QString verb = args.value(0);
    if (args.isEmpty() || (verb == QLatin1String("list") && args.size() == 1)) return list(settings, out);
    if (verb == QLatin1String("add") && args.size() == 2) return add(settings, args[1], options, out, err);
    if (verb == QLatin1String("remove") && args.size() == 2) return remove(settings, args[1], out, err);
    return usage(err);
}

} // namespace roost::tools
