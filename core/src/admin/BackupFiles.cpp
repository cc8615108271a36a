#include "roost/Backup.h"

#include "store/Backup.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace roost {

namespace {

int percentOf(uint64_t done, uint64_t total) { return total == 0 ? -1 : int(done * 100 / total); }

store::BackupProgress storeProgress(const BackupProgressFn& progress) {
    if (!progress) return {};
    return [progress, last = QString(), lastPercent = -2](const char* phase, uint64_t done, uint64_t total) mutable {
        const QString name = QString::fromLatin1(phase);
        const int percent = percentOf(done, total);
        if (name == last && percent == lastPercent) return; // one report per percent
        last = name;
        lastPercent = percent;
        progress(name, percent);
    };
}

QString storePath(const QString& dataDir) {
    return QDir(dataDir.isEmpty() ? defaultDataDir() : dataDir).filePath(QStringLiteral("roost.db"));
}

} // namespace

QString backupDirectory(const RelayConfig& config) {
    if (!config.backup.dir.isEmpty()) return config.backup.dir;
    return QDir(config.dataDir.isEmpty() ? defaultDataDir() : config.dataDir).filePath(QStringLiteral("backups"));
}

QString backupFileName(const QDateTime& when) {
    return QStringLiteral("roost-%1.db.zst").arg(when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QStringList listBackups(const QString& dir) {
    static const QRegularExpression kName(QStringLiteral("^roost-\\d{8}-\\d{6}\\.db\\.zst$"));
    QStringList out;
    const QDir d(dir);
    for (const QString& name : d.entryList({QStringLiteral("roost-*.db.zst")}, QDir::Files, QDir::Name))
        if (kName.match(name).hasMatch()) out << d.absoluteFilePath(name);
    return out; // the name sorts by time
}

QStringList pruneBackups(const QString& dir, int keep) {
    QStringList deleted;
    if (keep <= 0) return deleted;
    const QStringList files = listBackups(dir);
    for (qsizetype i = 0; i + keep < files.size(); ++i)
        if (QFile::remove(files[i])) deleted << files[i];
    return deleted;
}

BackupOutcome backupStore(const QString& dataDir, const QString& file, const BackupProgressFn& progress,
                          const std::atomic<bool>* cancel) {
    BackupOutcome out;
    const QString db = storePath(dataDir);
    if (!QFileInfo::exists(db)) {
        out.error = QStringLiteral("no event store in %1").arg(QFileInfo(db).absolutePath());
        return out;
    }
    const QString target = QFileInfo(file).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        out.error = QStringLiteral("cannot create the folder %1").arg(QFileInfo(target).absolutePath());
        return out;
    }
    try {
        const store::BackupInfo info =
            store::writeBackup(db.toStdString(), target.toStdString(), storeProgress(progress), cancel);
        out.file = target;
        out.fileBytes = info.fileBytes;
        out.databaseBytes = info.databaseBytes;
        out.events = info.events;
        out.maxSeq = info.maxSeq;
        out.finishedAtMs = QDateTime::currentMSecsSinceEpoch();
    } catch (const store::StoreError& e) {
        out.error = QString::fromStdString(e.what());
    }
    return out;
}

RestoreOutcome restoreStore(const QString& dataDir, const QString& file, const BackupProgressFn& progress) {
    RestoreOutcome out;
    const QString db = storePath(dataDir);
    if (!QDir().mkpath(QFileInfo(db).absolutePath())) {
        out.error = QStringLiteral("cannot create the data directory %1").arg(QFileInfo(db).absolutePath());
        return out;
    }
    try {
        const store::RestoreInfo info = store::restoreBackup(file.toStdString(), db.toStdString(), storeProgress(progress));
        out.events = info.events;
        out.previous = QString::fromStdString(info.previous);
    } catch (const store::StoreError& e) {
        out.error = QString::fromStdString(e.what());
    }
    return out;
}

} // namespace roost
