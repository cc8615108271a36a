#include "TrayApplication.h"

#include "Autostart.h"
#include "LogModel.h"
#include "MainWindow.h"
#include "TrayIcon.h"
#include "roost/ManagementApi.h"
#include "roost/Relay.h"
#include "roost/Settings.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

namespace roost::ui {

TrayApplication::TrayApplication(Settings& settings, const QString& executable, QObject* parent)
    : QObject(parent), m_settings(settings), m_relay(createRelay(settings.config())),
      m_api(std::make_unique<ManagementApi>(settings)), m_log(std::make_unique<LogModel>()),
      m_autostart(std::make_unique<Autostart>()) {
    LogModel::installMessageHandler(m_log.get());
    m_relay->setManagementApi(m_api.get());
    connect(&settings, &Settings::changed, m_relay.get(), [this](const QString& key) {
        m_relay->applyConfig(m_settings.config());
        qInfo("%s", qPrintable(describeChange(m_settings, key)));
    });
    connect(&settings, &Settings::reloaded, this, [this](bool ok, const QString& error) {
        if (ok) qInfo("Settings reloaded from %s", qPrintable(m_settings.filePath()));
        else qWarning("Settings not reloaded: %s", qPrintable(error));
    });
    connect(m_relay.get(), &Relay::started, this, [](const QString& url) { qInfo("Relay listening on %s", qPrintable(url)); });
    connect(m_relay.get(), &Relay::stopped, this, [this] {
        m_knownConnections.clear();
        qInfo("Relay stopped");
    });
    connect(m_relay.get(), &Relay::snapshotTaken, this, &TrayApplication::logConnectionChanges);

    m_window = std::make_unique<MainWindow>(*m_relay, settings, *m_log, *m_autostart, executable);
    // exit(), not quit(): since Qt 6, quit() first sends every window a close event, and the main
    // window refuses it (it hides, or asks, instead), so quit() would not quit.
    connect(m_window.get(), &MainWindow::quitRequested, qApp, [] { QCoreApplication::exit(0); });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = std::make_unique<TrayIcon>(*m_relay, settings);
        connect(m_tray.get(), &TrayIcon::openRequested, this, [this] {
            m_window->show();
            m_window->raise();
            m_window->activateWindow();
        });
        connect(m_tray.get(), &TrayIcon::quitRequested, qApp, [] { QCoreApplication::exit(0); });
        m_tray->show();
        m_window->setKeepRunningOnClose(true);
        QApplication::setQuitOnLastWindowClosed(false);
    } else {
        // No tray to wait in: closing the window asks whether to keep the relay running
        // (the window is minimized) or to quit; quitting is explicit (quitRequested).
        m_window->setAskOnClose(true);
        QApplication::setQuitOnLastWindowClosed(false);
    }
}

TrayApplication::~TrayApplication() {
    shutdown();
    LogModel::installMessageHandler(nullptr);
}

bool TrayApplication::start(QString* error) {
    const bool ok = m_relay->start(error);
    if (!ok) qCritical("The relay did not start: %s", error ? qPrintable(*error) : "");
    m_window->show();
    return ok;
}

void TrayApplication::shutdown() {
    if (m_tray) m_tray->hide();
    if (m_window) m_window->hide();
    if (m_relay) m_relay->stop();
}

void TrayApplication::logConnectionChanges() {
    QList<quint64> now;
    for (const ConnectionInfo& c : m_relay->snapshot().connectionList) {
        now << c.id;
        if (!m_knownConnections.contains(c.id))
            qInfo("Connection %llu opened from %s", static_cast<unsigned long long>(c.id), qPrintable(c.address));
    }
    for (quint64 id : m_knownConnections)
        if (!now.contains(id)) qInfo("Connection %llu closed", static_cast<unsigned long long>(id));
    m_knownConnections = now;
}

QString TrayApplication::describeChange(const Settings& settings, const QString& key) {
    const SettingSpec* spec = findSetting(key);
    const QVariant v = settings.value(key);
    QString value;
    if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList) {
        QStringList items;
        for (const QVariant& item : v.toList()) items << item.toString();
        value = items.isEmpty() ? QStringLiteral("(empty)") : items.join(QStringLiteral(", "));
    } else if (v.typeId() == QMetaType::Bool) {
        value = v.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    } else {
        value = v.toString();
        if (value.isEmpty()) value = QStringLiteral("(empty)");
    }
    const bool live = spec && spec->live;
    return QStringLiteral("Setting %1 changed to %2 (%3)")
        .arg(key, value, live ? QStringLiteral("applied now") : QStringLiteral("applies when Roost is started again"));
}

QStringList TrayApplication::installTranslations(QApplication& app) {
    QStringList loaded;
    const QLocale locale;
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("roost"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        loaded << own->language();
    } else {
        delete own;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return loaded;
}

} // namespace roost::ui
