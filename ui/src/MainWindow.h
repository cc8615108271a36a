#pragma once
// The main window: a side list of pages (Dashboard, Connections, Events, Access & limits,
// Settings, Log, Sync) and the relay's state in the status bar.
#include <QMainWindow>

#include <functional>

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
class SyncPage;
class WelcomePage;

/// Pages reach the engine only through `relay` and `settings` (both must outlive the window).
/// With no owner key set the window opens on the Welcome page ("Get started", last in the side
/// list), else on
/// the Dashboard. Closing the window: with a tray (keepRunningOnClose) it hides and the relay
/// keeps running; without one (askOnClose) it asks whether to keep the relay running with the
/// window minimized (the taskbar brings it back) or to quit (quitRequested); otherwise it closes
/// normally. Ctrl+1..Ctrl+7 switch pages; Ctrl+Q quits. The welcome page's "Back up my notes"
/// link opens the Sync page with its BackupNotesWizard.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { Dashboard, Connections, Events, Access, SettingsPageIndex, Log, Sync, PageCount, Welcome = PageCount };
    /// The answer to "quit or keep running?" when there is no tray.
    enum class CloseChoice { KeepRunning, Quit, Cancel };

    MainWindow(Relay& relay, Settings& settings, LogModel& log, const Autostart& autostart, const QString& executable,
               QWidget* parent = nullptr);

    void setKeepRunningOnClose(bool keep) { m_keepRunning = keep; }
    /// Without a tray: ask on close (see CloseChoice) instead of closing.
    void setAskOnClose(bool ask) { m_askOnClose = ask; }
    /// Replaces the close question's dialog (tests answer it without one).
    void setCloseQuestion(std::function<CloseChoice()> ask) { m_closeQuestion = std::move(ask); }
    void showPage(Page page);
    Page currentPage() const;
    /// The page widgets (tests, screenshots).
    DashboardPage* dashboardPage() const { return m_dashboard; }
    ConnectionsPage* connectionsPage() const { return m_connections; }
    EventsPage* eventsPage() const { return m_events; }
    AccessPage* accessPage() const { return m_access; }
    SettingsPage* settingsPage() const { return m_settings; }
    LogPage* logPage() const { return m_log; }
    SyncPage* syncPage() const { return m_sync; }
    WelcomePage* welcomePage() const { return m_welcome; }

signals:
    /// Quit was chosen in the window's menu.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(QWidget* page, const QString& title, const QString& icon, const QString& tip);
    void showState(const RelaySnapshot& snapshot);
    CloseChoice askClose();

    Relay& m_relay;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    DashboardPage* m_dashboard;
    ConnectionsPage* m_connections;
    EventsPage* m_events;
    AccessPage* m_access;
    SettingsPage* m_settings;
    LogPage* m_log;
    SyncPage* m_sync;
    WelcomePage* m_welcome;
    QLabel* m_state;
    bool m_keepRunning = false;
    bool m_askOnClose = false;
    std::function<CloseChoice()> m_closeQuestion;
};

} // namespace roost::ui
