// `roost backup-notes`: one NotesBackup run to completion, waited for in a local event loop.
#include "roost/NotesBackup.h"
#include "roost/Tools.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <ostream>

namespace roost::tools {

int runBackupNotes(const RelayConfig& config, const QString& pubkey, const QStringList& bootstrap, std::ostream& out,
                   std::ostream& err) {
    if (!QCoreApplication::instance()) {
        err << "roost: backup-notes needs a QCoreApplication\n";
        return 1;
    }
    QString key = pubkey.trimmed();
    if (key.isEmpty()) key = config.access.ownerPubkeys.value(0);
    if (key.isEmpty()) {
        err << "roost: backup-notes needs a key (npub or hex) or access/owner_pubkeys in the config\n";
        return 2;
    }
    QStringList relays;
    for (const QString& url : bootstrap)
        if (!url.trimmed().isEmpty()) relays << url.trimmed();

    NotesBackup backup;
    QEventLoop loop;
    NotesBackupResult result;
    bool done = false;
    int lastDone = 0;
    QString lastRelay;
    QObject::connect(&backup, &NotesBackup::relaysFound, &loop, [&](const QStringList& list, const QString& source) {
        err << "relays (" << source.toStdString() << "): " << list.join(QStringLiteral(", ")).toStdString() << "\n"
            << std::flush;
    });
    QObject::connect(&backup, &NotesBackup::progress, &loop, [&](const NotesBackupProgress& p) {
        if (p.phase == QLatin1String("finding relays")) {
            err << "finding relays\n" << std::flush;
            return;
        }
        if (p.phase == QLatin1String("done")) return;
        if (p.relaysDone != lastDone) {
            err << "[" << p.relaysDone << "/" << p.relaysTotal << "] " << p.currentRelay.toStdString()
                << " finished: found " << p.eventsFound << ", stored " << p.eventsStored << "\n"
                << std::flush;
        } else if (p.currentRelay != lastRelay && !p.currentRelay.isEmpty()) {
            err << "[" << p.relaysDone << "/" << p.relaysTotal << "] syncing " << p.currentRelay.toStdString() << "\n"
                << std::flush;
        }
        lastDone = p.relaysDone;
        lastRelay = p.currentRelay;
    });
    QObject::connect(&backup, &NotesBackup::finished, &loop, [&](const NotesBackupResult& r) {
        result = r;
        done = true;
        loop.quit();
    });
    QString error;
    if (!backup.start(config, key, relays, &error)) {
        err << "roost: backup-notes: " << error.toStdString() << "\n";
        return 2;
    }
    if (!done) loop.exec();
    out << result.summary.toStdString();
    if (!result.error.isEmpty()) {
        err << "roost: backup failed: " << result.error.toStdString() << "\n";
        return 1;
    }
    return 0;
}

} // namespace roost::tools
