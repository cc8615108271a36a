#include "roost/RelayConfig.h"

#include "roost/Settings.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace roost {

QString defaultDataDir() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/roost");
}

bool loadRelayConfig(const QString& path, RelayConfig& config, QString* error) {
    if (!QFileInfo(path).isReadable()) {
        if (error) *error = QStringLiteral("cannot read config file %1").arg(path);
        return false;
    }
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        if (error) *error = QStringLiteral("cannot parse config file %1").arg(path);
        return false;
    }
    // Build into a copy so a bad value leaves `config` untouched.
    RelayConfig next = config;
    for (const SettingSpec& spec : settingsSchema()) {
        if (!file.contains(spec.key)) continue;
        const QVariant value = normalizeSetting(spec, file.value(spec.key), error);
        if (!value.isValid()) return false;
        spec.set(next, value);
    }
    config = next;
    return true;
}

} // namespace roost
