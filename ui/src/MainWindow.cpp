#include "MainWindow.h"

#include "AccessPage.h"
#include "ConnectionsPage.h"
#include "DashboardPage.h"
#include "EventsPage.h"
#include "LogPage.h"
#include "SettingsPage.h"
#include "SyncPage.h"
#include "WelcomePage.h"
#include "Resources.h"
#include "roost/Relay.h"
#include "roost/Settings.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>

namespace roost::ui {

MainWindow::MainWindow(Relay& relay, Settings& settings, LogModel& log, const Autostart& autostart,
                       const QString& executable, QWidget* parent)
    : QMainWindow(parent), m_relay(relay), m_nav(new QListWidget), m_stack(new QStackedWidget),
      m_dashboard(new DashboardPage(relay)), m_connections(new ConnectionsPage(relay)), m_events(new EventsPage(relay, settings)), m_access(new AccessPage(settings)),
      m_settings(new SettingsPage(relay, settings, autostart, executable)), m_log(new LogPage(log)),
      m_sync(new SyncPage(relay, settings)),
      m_welcome(new WelcomePage(relay, settings)), m_state(new QLabel) {
    initResources();
    setWindowTitle(tr("Roost"));
    setWindowIcon(QIcon(QStringLiteral(":/roost/icons/roost.svg")));
    resize(1100, 720);

    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFixedWidth(190);
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); font-size: 11pt; }"
                                        "QListWidget::item { padding: 8px 6px; border-radius: 6px; }"
                                        "QListWidget::item:selected { background: #5b3fa8; color: white; }"));
    m_nav->setToolTip(tr("Pages (Ctrl+1 to Ctrl+7)"));
    addPage(m_dashboard, tr("Dashboard"), QStringLiteral("dashboard"), tr("Live traffic, storage and kinds"));
    addPage(m_connections, tr("Connections"), QStringLiteral("connections"), tr("Who is connected; disconnect or block"));
    addPage(m_events, tr("Events"), QStringLiteral("events"), tr("Browse, delete and ban stored events"));
    addPage(m_access, tr("Access & limits"), QStringLiteral("access"), tr("Access levels, keys, lists and rate limits"));
    addPage(m_settings, tr("Settings"), QStringLiteral("settings"), tr("Address, data folder, relay information"));
    addPage(m_log, tr("Log"), QStringLiteral("log"), tr("Recent messages"));
    addPage(m_sync, tr("Sync"), QStringLiteral("sync"), tr("Relays kept in step with this one; back up your notes"));
    // Last in the list (Ctrl+1..7 keep their pages), so a person can come back to it.
    auto* welcome = new QListWidgetItem(QIcon(QStringLiteral(":/roost/icons/roost.svg")), tr("Get started"), m_nav);
    welcome->setToolTip(tr("Your relay's address, your key and who may use the relay"));
    m_stack->addWidget(m_welcome);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_welcome, &WelcomePage::finished, this, [this] { showPage(Dashboard); });
    connect(m_welcome, &WelcomePage::accessPageRequested, this, [this] { showPage(Access); });
    connect(m_welcome, &WelcomePage::backupRequested, this, [this] {
        showPage(Sync);
        m_sync->openBackupWizard();
    });
    // A first start (no owner yet) explains itself; later starts open on the dashboard.
    if (settings.config().access.ownerPubkeys.isEmpty()) showPage(Welcome);
    else m_nav->setCurrentRow(0);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_state, 1);

    for (int i = 0; i < PageCount; ++i) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
        addAction(action);
    }
    auto* quit = new QAction(tr("Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);
    addAction(quit);

    connect(&relay, &Relay::snapshotTaken, this, &MainWindow::showState);
    connect(&relay, &Relay::stopped, this, [this] { showState(m_relay.snapshot()); });
    showState(relay.snapshot());
}

void MainWindow::addPage(QWidget* page, const QString& title, const QString& icon, const QString& tip) {
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/roost/icons/page-%1.svg").arg(icon)), title, m_nav);
    item->setToolTip(tip);
    m_stack->addWidget(page);
}

void MainWindow::showPage(Page page) { m_nav->setCurrentRow(int(page)); }

MainWindow::Page MainWindow::currentPage() const { return Page(m_stack->currentIndex()); }

void MainWindow::showState(const RelaySnapshot& s) {
    if (!m_relay.isRunning()) {
        m_state->setText(tr("Stopped"));
        return;
    }
    const QString mode = m_relay.config().access.maintenance ? tr("maintenance mode") : tr("running");
    m_state->setText(tr("%1 — %2 — %n connection(s)", nullptr, int(s.connections)).arg(m_relay.url(), mode));
}

MainWindow::CloseChoice MainWindow::askClose() {
    if (m_closeQuestion) return m_closeQuestion();
    QMessageBox box(QMessageBox::Question, tr("Roost"),
                    tr("This desktop has no system tray for Roost to wait in. Keep the relay running with this "
                       "window minimized (click Roost in the taskbar to come back), or quit Roost and stop the relay?"),
                    QMessageBox::NoButton, this);
    QPushButton* keep = box.addButton(tr("&Keep running"), QMessageBox::AcceptRole);
    QPushButton* quit = box.addButton(tr("&Quit Roost"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep) return CloseChoice::KeepRunning;
    if (box.clickedButton() == quit) return CloseChoice::Quit;
    return CloseChoice::Cancel;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_keepRunning) {
        hide();
        event->ignore();
        return;
    }
    if (m_askOnClose) {
        event->ignore();
        switch (askClose()) {
        case CloseChoice::KeepRunning:
            showMinimized();
            statusBar()->showMessage(tr("The relay keeps running; this window was minimized. Ctrl+Q quits."), 15000);
            qInfo("Window minimized; the relay keeps running (no system tray). Click Roost in the taskbar to get back.");
            return;
        case CloseChoice::Quit:
            emit quitRequested();
            return;
        case CloseChoice::Cancel:
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

} // namespace roost::ui
