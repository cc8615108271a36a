// gui.MainWindow: the window's pages, keyboard navigation and close behaviour, the tray icon's
// state and commands, the autostart entry, against a real engine.
#include "Autostart.h"
#include "DashboardPage.h"
#include "GuiTestRelay.h"
#include "KindsModel.h"
#include "LogModel.h"
#include "MainWindow.h"
#include "TrayIcon.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace roost;
using namespace roost::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    GuiTestRelay m_engine;
    LogModel m_log;
    std::unique_ptr<Autostart> m_autostart;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_engine.start(&error), qPrintable(error));
        m_autostart = std::make_unique<Autostart>(m_engine.dir.filePath(QStringLiteral("xdg")));
        m_window = std::make_unique<MainWindow>(*m_engine.relay, m_engine.settings, m_log, *m_autostart,
                                                QStringLiteral("/usr/bin/roost"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void defaultSizeIconAndPages() {
        QCOMPARE(m_window->size(), QSize(1100, 720));
        QVERIFY(!m_window->windowIcon().isNull());
        QCOMPARE(m_window->currentPage(), MainWindow::Dashboard);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Connections);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Events);
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Log);
        m_window->showPage(MainWindow::Dashboard);
    }

    void dashboardFollowsSnapshots() {
        DashboardPage* dashboard = m_window->dashboardPage();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->history().points().size() >= 2, 5000);
        QCOMPARE(DashboardPage::formatUptime(93784), QStringLiteral("1 d 02:03:04"));
    }

    void closeKeepsTheRelayWhenThereIsATray() {
        m_window->setKeepRunningOnClose(true);
        m_window->close();
        QVERIFY(!m_window->isVisible());
        QVERIFY(m_engine.relay->isRunning());
        m_window->show();
        m_window->setKeepRunningOnClose(false);
    }

    void trayStateAndCommands() {
        TrayIcon tray(*m_engine.relay, m_engine.settings);
        QCOMPARE(tray.state(), TrayIcon::State::Running);
        QVERIFY(!tray.icon().isNull());
        QVERIFY(tray.lanUrl().isEmpty()); // bound to 127.0.0.1
        tray.maintenanceAction()->trigger();
        QVERIFY(m_engine.relay->config().access.maintenance);
        QVERIFY(m_engine.configFile().contains("maintenance=true"));
        QCOMPARE(tray.state(), TrayIcon::State::Maintenance);
        tray.maintenanceAction()->trigger();
        QCOMPARE(tray.state(), TrayIcon::State::Running);

        QSignalSpy stopped(m_engine.relay.get(), &Relay::stopped);
        tray.startStopAction()->trigger();
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(tray.state(), TrayIcon::State::Stopped);
        QVERIFY(tray.startStopAction()->text().contains(TrayIcon::tr("Start relay")));
        tray.startStopAction()->trigger();
        QVERIFY(m_engine.relay->isRunning());
        QCOMPARE(tray.state(), TrayIcon::State::Running);
    }

    void autostartEntry() {
        QVERIFY(!m_autostart->isEnabled());
        QString error;
        QVERIFY2(m_autostart->setEnabled(true, QStringLiteral("/opt/my roost/roost"), &error), qPrintable(error));
        QVERIFY(m_autostart->isEnabled());
        QFile f(m_autostart->entryPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray entry = f.readAll();
        QVERIFY(entry.startsWith("[Desktop Entry]\n"));
        QVERIFY(entry.contains("Exec=\"/opt/my roost/roost\"\n"));
        // The same entry as the installed resources/linux/*.desktop, only Exec and the autostart key differ.
        QVERIFY(entry.contains("\nIcon=roost\n"));
        QVERIFY(entry.contains("\nCategories=Network;Chat;Qt;\n"));
        QVERIFY(entry.endsWith("X-GNOME-Autostart-enabled=true\n"));
        QVERIFY(m_autostart->setEnabled(false, {}, &error));
        QVERIFY(!QFile::exists(m_autostart->entryPath()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
