#include "Autostart.h"

#include "Resources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace roost::ui {

Autostart::Autostart(QString configDir)
    : m_configDir(configDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                                      : std::move(configDir)) {}

QString Autostart::entryPath() const { return QDir(m_configDir).filePath(QStringLiteral("autostart/roost.desktop")); }

bool Autostart::isEnabled() const {
    QFile f(entryPath());
    if (!f.open(QIODevice::ReadOnly)) return false;
    return !f.readAll().contains("\nHidden=true");
}

bool Autostart::setEnabled(bool enabled, const QString& executable, QString* error) const {
    const QString path = entryPath();
    if (!enabled) {
        if (!QFile::exists(path) || QFile::remove(path)) return true;
        if (error) *error = QStringLiteral("cannot remove %1").arg(path);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error) *error = QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error) *error = f.errorString();
        return false;
    }
    QString exec = executable;
    if (exec.contains(QLatin1Char(' '))) exec = QLatin1Char('"') + exec + QLatin1Char('"');
    // The installed desktop entry (resources/linux/*.desktop, compiled in) with this executable.
    initResources();
    QFile source(QStringLiteral(":/roost/roost.desktop"));
    if (!source.open(QIODevice::ReadOnly)) {
        if (error) *error = QStringLiteral("no desktop entry in the resources");
        return false;
    }
    QString entry;
    for (const QString& line : QString::fromUtf8(source.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        entry += (line.startsWith(QLatin1String("Exec=")) ? QStringLiteral("Exec=") + exec : line) + QLatin1Char('\n');
    entry += QStringLiteral("X-GNOME-Autostart-enabled=true\n");
    if (f.write(entry.toUtf8()) < 0) {
        if (error) *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace roost::ui
