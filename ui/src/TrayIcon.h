#pragma once
// The tray icon: the relay's state at a glance and its quick commands.
#include <QSystemTrayIcon>

class QAction;
class QMenu;

namespace roost {
class Relay;
class Settings;
}

namespace roost::ui {

/// Icon: running, maintenance or stopped. Menu: Open Roost, Copy relay URL, Copy LAN URL (only
/// when the relay listens beyond loopback), Maintenance mode (Settings access/maintenance, so
/// it is saved), Start/Stop relay, Sync now (Relay::syncNow(): every enabled sync peer; only while
/// running), Quit. A click on the icon opens the window.
class TrayIcon : public QSystemTrayIcon {
    Q_OBJECT
public:
    enum class State { Running, Maintenance, Stopped };

    TrayIcon(Relay& relay, Settings& settings, QObject* parent = nullptr);

    State state() const { return m_state; }
    /// The URL other machines on the LAN use, or "" when the relay only listens on loopback.
    QString lanUrl() const;
    /// The icon resource for `state`.
    static QString iconPath(State state);

    QAction* maintenanceAction() const { return m_maintenance; }
    QAction* startStopAction() const { return m_startStop; }
    QAction* syncNowAction() const { return m_syncNow; }

signals:
    void openRequested();
    void quitRequested();

private:
    void refresh();

    Relay& m_relay;
    Settings& m_settings;
    QMenu* m_menu;
    QAction* m_copyLan;
    QAction* m_maintenance;
    QAction* m_startStop;
    QAction* m_syncNow;
    State m_state = State::Stopped;
};

} // namespace roost::ui
