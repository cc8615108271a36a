#include "TrayIcon.h"

#include "RelayUrls.h"

#include "Resources.h"
#include "roost/Relay.h"
#include "roost/Settings.h"
#include "roost/Version.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHostAddress>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QUrl>

namespace roost::ui {

TrayIcon::TrayIcon(Relay& relay, Settings& settings, QObject* parent)
    : QSystemTrayIcon(parent), m_relay(relay), m_settings(settings), m_menu(new QMenu) {
    initResources();
    QAction* open = m_menu->addAction(tr("Open Roost"), this, &TrayIcon::openRequested);
    open->setToolTip(tr("Show the Roost window."));
    m_menu->addAction(tr("Copy relay URL"), this, [this] { QGuiApplication::clipboard()->setText(m_relay.url()); })
        ->setToolTip(tr("Copy the address clients on this machine use."));
    m_copyLan = m_menu->addAction(tr("Copy LAN URL"), this, [this] { QGuiApplication::clipboard()->setText(lanUrl()); });
    m_copyLan->setToolTip(tr("Copy the address other devices on your network use."));
    m_menu->addSeparator();
    m_maintenance = m_menu->addAction(tr("Maintenance mode"));
    m_maintenance->setCheckable(true);
    m_maintenance->setToolTip(tr("Refuse new connections and writes; connected readers stay."));
    connect(m_maintenance, &QAction::toggled, this, [this](bool on) {
        QString error;
        if (!m_settings.setValue(QStringLiteral("access/maintenance"), on, &error))
            qWarning("Maintenance mode: %s", qPrintable(error));
    });
    m_startStop = m_menu->addAction(tr("Stop relay"));
    connect(m_startStop, &QAction::triggered, this, [this] {
        if (m_relay.isRunning()) {
            m_relay.stop();
            return;
        }
        QString error;
        if (!m_relay.start(&error)) qWarning("The relay did not start: %s", qPrintable(error));
    });
    m_syncNow = m_menu->addAction(tr("Sync now"), this, [this] {
        qInfo("Sync of every enabled peer requested from the tray");
        m_relay.syncNow();
    });
    m_syncNow->setToolTip(tr("Sync with every enabled sync peer now."));
    m_menu->addSeparator();
    m_menu->addAction(tr("About Roost"), this, [] {
        QMessageBox::about(nullptr, tr("About Roost"),
                           tr("<b>Roost</b> %1<br>A personal Nostr relay.").arg(QString::fromLatin1(versionString())));
    })->setToolTip(tr("Show the version of Roost."));
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested)->setToolTip(tr("Stop the relay and quit Roost."));
    m_menu->setToolTipsVisible(true);
    setContextMenu(m_menu);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick) emit openRequested();
    });
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
    connect(&relay, &Relay::started, this, &TrayIcon::refresh);
    connect(&relay, &Relay::stopped, this, &TrayIcon::refresh);
    connect(&relay, &Relay::snapshotTaken, this, &TrayIcon::refresh);
    connect(&settings, &Settings::changed, this, &TrayIcon::refresh);
    refresh();
}

QString TrayIcon::iconPath(State state) {
    switch (state) {
    case State::Running: return QStringLiteral(":/roost/icons/tray-running.svg");
    case State::Maintenance: return QStringLiteral(":/roost/icons/tray-maintenance.svg");
    case State::Stopped: return QStringLiteral(":/roost/icons/tray-stopped.svg");
    }
    return {};
}

QString TrayIcon::lanUrl() const { return lanUrlOf(m_relay.url()); }

void TrayIcon::refresh() {
    const bool running = m_relay.isRunning();
    const bool maintenance = m_settings.config().access.maintenance;
    const State state = !running ? State::Stopped : maintenance ? State::Maintenance : State::Running;
    if (state != m_state || icon().isNull()) {
        m_state = state;
        setIcon(QIcon(iconPath(state)));
    }
    {
        const QSignalBlocker block(m_maintenance);
        m_maintenance->setChecked(maintenance);
    }
    m_startStop->setText(running ? tr("Stop relay") : tr("Start relay"));
    m_copyLan->setVisible(running && !lanUrl().isEmpty());
    m_syncNow->setEnabled(running);
    const QString status = !running ? tr("stopped") : maintenance ? tr("maintenance mode") : tr("running");
    setToolTip(tr("Roost — %1\n%2\n%n connection(s)", nullptr, int(m_relay.snapshot().connections))
                   .arg(status, m_relay.url()));
}

} // namespace roost::ui
