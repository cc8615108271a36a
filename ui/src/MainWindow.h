#pragma once
// The main window: a side list of pages (Dashboard, Connections, Events, Access & limits,
// Settings, Log) and the relay's state in the status bar.
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace roost {
class Relay;
class Settings;
struct RelaySnapshot;
}

namespace roost::ui {

class AccessPage;
class Autostart;
class ConnectionsPage;
class DashboardPage;
class EventsPage;
class LogModel;
class LogPage;
class SettingsPage;

/// Pages reach the engine only through `relay` and `settings` (both must outlive the window).
/// Closing the window hides it when keepRunningOnClose is set (the tray keeps the relay), else
/// the window closes normally. Ctrl+1..Ctrl+6 switch pages; Ctrl+Q quits.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { Dashboard, Connections, Events, Access, SettingsPageIndex, Log, PageCount };

    MainWindow(Relay& relay, Settings& settings, LogModel& log, const Autostart& autostart, const QString& executable,
               QWidget* parent = nullptr);

    void setKeepRunningOnClose(bool keep) { m_keepRunning = keep; }
    void showPage(Page page);
    Page currentPage() const;
    /// The page widgets (tests, screenshots).
    DashboardPage* dashboardPage() const { return m_dashboard; }
    ConnectionsPage* connectionsPage() const { return m_connections; }
    EventsPage* eventsPage() const { return m_events; }
    AccessPage* accessPage() const { return m_access; }
    SettingsPage* settingsPage() const { return m_settings; }
    LogPage* logPage() const { return m_log; }

signals:
    /// Quit was chosen in the window's menu.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(QWidget* page, const QString& title, const QString& icon, const QString& tip);
    void showState(const RelaySnapshot& snapshot);

    Relay& m_relay;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    DashboardPage* m_dashboard;
    ConnectionsPage* m_connections;
    EventsPage* m_events;
    AccessPage* m_access;
    SettingsPage* m_settings;
    LogPage* m_log;
    QLabel* m_state;
    bool m_keepRunning = false;
};

} // namespace roost::ui
