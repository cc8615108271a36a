// roost backup / restore / check (roost/Tools.h).
#include "roost/Backup.h"
#include "roost/Tools.h"

#include "store/Backup.h"

#include <QDir>
#include <QFileInfo>

#include <ostream>

namespace roost::tools {

namespace {

/// Progress lines on `err`: the phase when it starts, then every 10 %.
BackupProgressFn progressLines(std::ostream& err) {
    return [&err, phase = QString(), step = -1](const QString& p, int percent) mutable {
        const int s = percent < 0 ? -1 : percent / 10;
        if (p == phase && s == step) return;
        phase = p;
        step = s;
        err << "roost: " << p.toStdString();
        if (percent >= 0) err << " " << percent << "%";
        err << "\n";
        err.flush();
    };
}

QString dbPathOf(const QString& dataDir) {
    return QDir(dataDir.isEmpty() ? defaultDataDir() : dataDir).filePath(QStringLiteral("roost.db"));
}

} // namespace

int runBackup(const RelayConfig& config, const QString& file, std::ostream& out, std::ostream& err) {
    const QString target = !file.isEmpty() ? file : QDir(backupDirectory(config)).filePath(backupFileName(QDateTime::currentDateTimeUtc()));
    const BackupOutcome r = backupStore(config.dataDir, target, progressLines(err));
    if (!r.error.isEmpty()) {
        err << "roost: backup failed: " << r.error.toStdString() << "\n";
        return 1;
    }
    out << "backup: " << r.file.toStdString() << "\n"
        << "events: " << r.events << "\n"
        << "bytes: " << r.fileBytes << "\n"
        << "database bytes: " << r.databaseBytes << "\n"
        << "max seq: " << r.maxSeq << "\n";
    return 0;
}

int runRestore(const QString& dataDir, const QString& file, std::ostream& out, std::ostream& err) {
    if (file.isEmpty()) {
        err << "roost: usage: roost restore FILE\n";
        return 2;
    }
    const RestoreOutcome r = restoreStore(dataDir, file, progressLines(err));
    if (!r.error.isEmpty()) {
        err << "roost: restore failed: " << r.error.toStdString() << "\n";
        return 1;
    }
    out << "restored " << r.events << " events from " << QFileInfo(file).absoluteFilePath().toStdString() << "\n";
    if (!r.previous.isEmpty())
        out << "the previous store is kept as " << r.previous.toStdString() << " (delete it once you are happy)\n";
    return 0;
}

int runCheck(const QString& dataDir, std::ostream& out, std::ostream& err) {
    const QString path = dbPathOf(dataDir);
    if (!QFileInfo::exists(path)) {
        err << "roost: no event store at " << path.toStdString() << "\n";
        return 2;
    }
    const store::CheckReport r = store::checkDatabase(path.toStdString(), false);
    if (!r.ok) {
        out << "integrity: FAILED\n";
        for (const std::string& p : r.problems) out << "problem: " << p << "\n";
        err << "roost: the event store " << path.toStdString() << " is damaged. Stop the relay and restore a "
            << "backup with `roost restore FILE`, or move roost.db away to start with an empty store "
            << "(`roost export` may still save what is readable).\n";
        return 1;
    }
    out << "integrity: ok\n"
        << "schema version: " << r.schemaVersion << "\n"
        << "events: " << r.events << "\n"
        << "max seq: " << r.maxSeq << "\n"
        << "database bytes: " << r.fileBytes << "\n";
    return 0;
}

} // namespace roost::tools
