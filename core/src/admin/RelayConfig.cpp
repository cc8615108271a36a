#include "roost/RelayConfig.h"

#include "ConfigText.h"

#include <QFile>
#include <QStandardPaths>

namespace roost {

QString defaultDataDir() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/roost");
}

QString defaultConfigPath() {
    // The same as AppConfigLocation for an application named "roost" without an organisation,
    // but independent of QCoreApplication's names (tests, subcommands).
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/roost/roost.conf");
}

bool loadRelayConfig(const QString& path, RelayConfig& config, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = QStringLiteral("cannot read config file %1").arg(path);
        return false;
    }
    return configtext::readInto(file.readAll(), config, error);
}

} // namespace roost
