#pragma once
// A real engine for GUI tests: Settings on an INI file in a temporary folder, data in the same
// folder, any free port, a ManagementApi (blockip), live settings wired as in the app.
#include "roost/ManagementApi.h"
#include "roost/Relay.h"
#include "roost/Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct GuiTestRelay {
    QTemporaryDir dir;
    roost::Settings settings;
    std::unique_ptr<roost::ManagementApi> api;
    std::unique_ptr<roost::Relay> relay;

    /// Starts the relay; false (with a test failure message in `error`) when it could not.
    bool start(QString* error) {
        if (!dir.isValid()) return false;
        if (!settings.loadFile(dir.filePath(QStringLiteral("roost.ini")), error)) return false;
        if (!settings.setOverride(QStringLiteral("relay/data_dir"), dir.path(), error)) return false;
        if (!settings.setOverride(QStringLiteral("relay/port"), 0, error)) return false;
        relay = roost::createRelay(settings.config());
        api = std::make_unique<roost::ManagementApi>(settings);
        relay->setManagementApi(api.get());
        QObject::connect(&settings, &roost::Settings::changed, relay.get(), [this] { relay->applyConfig(settings.config()); });
        return relay->start(error);
    }
    quint16 port() const { return quint16(relay->url().section(QLatin1Char(':'), -1).toUInt()); }
    QByteArray configFile() const {
        QFile f(settings.filePath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    ~GuiTestRelay() {
        if (relay) relay->stop();
    }
};
