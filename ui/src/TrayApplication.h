#pragma once
// The desktop application around one relay: the engine, the NIP-86 API, the tray icon, the
// main window and the log capture. app/main.cpp creates it when a display is available.
#include <QObject>
#include <QStringList>

#include <memory>

class QApplication;
class QTranslator;

namespace roost {
class ManagementApi;
class Relay;
class Settings;
}

namespace roost::ui {

class Autostart;
class LogModel;
class MainWindow;
class TrayIcon;

/// Owns the Relay (created from `settings`, which must outlive this object), a ManagementApi on
/// the same Settings (NIP-86 and Relay::setIpBlocked), the LogModel fed by qInstallMessageHandler,
/// the MainWindow and, when the desktop has a system tray, the TrayIcon. With a tray, closing
/// the window keeps the relay running; without one, closing the window asks whether to keep the
/// relay running (window minimized) or to quit.
class TrayApplication : public QObject {
    Q_OBJECT
public:
    /// `executable`: what the autostart entry runs (normally QCoreApplication::applicationFilePath()).
    TrayApplication(Settings& settings, const QString& executable, QObject* parent = nullptr);
    ~TrayApplication() override;

    /// Starts the relay and shows the window. Returns false with `error` when the relay could
    /// not start (the window still shows, so the user can change the settings).
    bool start(QString* error);
    /// Stops the relay (queued writes commit) and closes the window.
    void shutdown();

    Relay& relay() const { return *m_relay; }
    MainWindow& window() const { return *m_window; }
    TrayIcon* tray() const { return m_tray.get(); }
    LogModel& log() const { return *m_log; }

    /// Loads the translation for the system locale (roost_<lang>.qm from the resources, then
    /// Qt's own) into `app`. Returns the languages loaded, e.g. {"de"}.
    static QStringList installTranslations(QApplication& app);
    /// The Log line for a changed setting: key, new value (lists comma-separated, bools on/off)
    /// and whether it applied now or needs a restart, e.g. "Setting relay/port changed to 4870
    /// (applies when Roost is started again)".
    static QString describeChange(const Settings& settings, const QString& key);

private:
    void logConnectionChanges();

    Settings& m_settings;
    std::unique_ptr<Relay> m_relay;
    std::unique_ptr<ManagementApi> m_api;
    std::unique_ptr<LogModel> m_log;
    std::unique_ptr<Autostart> m_autostart;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    QList<quint64> m_knownConnections;
};

} // namespace roost::ui
