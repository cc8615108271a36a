// gui.MainWindow: the window's pages, keyboard navigation and close behaviour, the tray icon's
// state and commands, the autostart entry, against a real engine.
#include "Autostart.h"
#include "DashboardPage.h"
#include "GuiTestRelay.h"
#include "KindsModel.h"
#include "LogModel.h"
#include "MainWindow.h"
#include "TrayApplication.h"
#include "TrayIcon.h"
#include "WelcomePage.h"
#include "roost/Nip19.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QValueAxis>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
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

    void firstRunOpensOnTheWelcomePage() {
        QCOMPARE(m_window->currentPage(), MainWindow::Welcome); // no owner key yet
        WelcomePage* welcome = m_window->welcomePage();
        QVERIFY(welcome->isVisible());
        QCOMPARE(welcome->relayUrlText(), m_engine.relay->url());
        QVERIFY(welcome->lanUrlText().isEmpty()); // bound to 127.0.0.1: not shared
        for (QPushButton* b : welcome->findChildren<QPushButton*>())
            if (b->text() == WelcomePage::tr("&Copy")) b->click();
        QCOMPARE(QApplication::clipboard()->text(), m_engine.relay->url());
        QVERIFY(!welcome->backupLink()->isHidden()); // "Back up my notes" (gui.SyncPage follows the link)
        // "abc" and a broken npub are refused with a visible error; no owner is set.
        for (const QString& bad : {QStringLiteral("abc"), QStringLiteral("npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w7")}) {
            welcome->keyField()->setText(bad);
            QTest::keyClick(welcome->keyField(), Qt::Key_Return);
            QVERIFY(welcome->keyError()->isVisible());
            QVERIFY(welcome->keyError()->text().contains(bad));
            QVERIFY(m_engine.settings.config().access.ownerPubkeys.isEmpty());
        }
        // An npub sets the owner, stored as hex.
        welcome->keyField()->setText(QStringLiteral("npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6"));
        QTest::keyClick(welcome->keyField(), Qt::Key_Return);
        QVERIFY(!welcome->keyError()->isVisible());
        const QString hex = QStringLiteral("3bf0c63fcb93463407af97a5e5ee64fa883d107ef9e558472c4eb9aaaefa459d");
        QCOMPARE(m_engine.relay->config().access.ownerPubkeys, QStringList{hex});
        QVERIFY(m_engine.configFile().contains(hex.toLatin1()));
        QVERIFY(welcome->findChild<QLabel*>(QStringLiteral("welcomeOwner"))->text().contains(QLatin1String("npub180cvv07")));

        // Presets: each sets the per-verb levels, which the Access page shows.
        using P = WelcomePage::Preset;
        welcome->presetButton(P::Private)->click();
        auto access = [this] { return m_engine.relay->config().access; };
        QCOMPARE(access().minLevelEvent, 4u);
        QCOMPARE(access().minLevelReq, 4u);
        QVERIFY(access().authEnabled);
        QVERIFY(m_engine.configFile().contains("min_level_req=4"));
        welcome->presetButton(P::Follows)->click();
        QCOMPARE(access().minLevelEvent, 2u);
        QCOMPARE(access().minLevelReq, 0u);
        QVERIFY(access().knownDepth >= 1);
        QCOMPARE(welcome->currentPreset(), P::Follows);
        welcome->presetButton(P::Public)->click();
        QCOMPARE(access().minLevelEvent, 0u);
        QCOMPARE(access().minLevelReq, 0u);
        QCOMPARE(welcome->currentPreset(), P::Public);
        // A level changed elsewhere (the Access page) leaves no preset chosen.
        QVERIFY(m_engine.settings.setValue(QStringLiteral("access/min_level_event"), 3));
        QCOMPARE(welcome->currentPreset(), P::Custom);
        QVERIFY(!welcome->presetButton(P::Private)->isChecked() && !welcome->presetButton(P::Public)->isChecked());
        QVERIFY(!welcome->findChild<QLabel*>(QStringLiteral("welcomeCustom"))->isHidden());
        QVERIFY(m_engine.settings.setValue(QStringLiteral("access/min_level_event"), 0));
        QCOMPARE(welcome->currentPreset(), P::Public);
        QVERIFY(welcome->presetButton(P::Public)->isChecked());
        QVERIFY(welcome->findChild<QLabel*>(QStringLiteral("welcomeCustom"))->isHidden());

        welcome->findChild<QPushButton*>(QStringLiteral("welcomeDone"))->click();
        QCOMPARE(m_window->currentPage(), MainWindow::Dashboard);
        // With an owner, a new window opens on the dashboard.
        MainWindow again(*m_engine.relay, m_engine.settings, m_log, *m_autostart, QStringLiteral("/usr/bin/roost"));
        QCOMPARE(again.currentPage(), MainWindow::Dashboard);
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
        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Sync);
        m_window->showPage(MainWindow::Dashboard);
    }

    void dashboardFollowsSnapshots() {
        DashboardPage* dashboard = m_window->dashboardPage();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->history().points().size() >= 2, 5000);
        QCOMPARE(DashboardPage::formatUptime(93784), QStringLiteral("1 d 02:03:04"));
    }

    // Every vertical axis of the dashboard's charts: ticks at whole, distinct numbers.
    static void checkAxes(DashboardPage* dashboard) {
        const auto views = dashboard->findChildren<QChartView*>();
        QCOMPARE(views.size(), 4); // connections, messages, bytes, sync traffic
        for (QChartView* view : views) {
            for (QAbstractAxis* axis : view->chart()->axes(Qt::Vertical)) {
                auto* y = qobject_cast<QValueAxis*>(axis);
                QVERIFY(y);
                const double step = (y->max() - y->min()) / (y->tickCount() - 1);
                QVERIFY2(step >= 1 && step == std::floor(step), qPrintable(QString::number(step))); // not "0 0 1 1 1"
            }
        }
    }

    void stoppedChartsReadWholeNumbers() {
        DashboardPage stopped(*m_engine.relay);
        RelaySnapshot none; // a stopped instance: no history at all
        stopped.showSnapshot(none);
        checkAxes(&stopped);
        checkAxes(m_window->dashboardPage());
    }

    void longCardTextDoesNotWidenTheWindow() {
        m_window->showPage(MainWindow::Dashboard);
        const int before = m_window->width();
        RelaySnapshot huge = m_engine.relay->snapshot();
        huge.running = true;
        huge.takenAtMs = QDateTime::currentMSecsSinceEpoch();
        huge.connections = 123456789;
        huge.eventsStored = 9876543210987ull;
        huge.messagesIn = huge.messagesOut = 987654321987654ull;
        huge.bytesIn = huge.bytesOut = 987654321987654321ull;
        huge.uptimeSeconds = 86400LL * 9999;
        m_window->dashboardPage()->showSnapshot(huge);
        QApplication::processEvents();
        QCOMPARE(m_window->width(), before);
        QVERIFY(m_window->minimumSizeHint().width() <= before);
        // The full text is still there, in the card's tooltip.
        bool found = false;
        for (QLabel* l : m_window->dashboardPage()->findChildren<QLabel*>())
            found = found || l->toolTip().contains(QLocale().toString(huge.messagesIn));
        QVERIFY(found);
    }

    void settingChangesAreLoggedWithTheirValue() {
        QCOMPARE(TrayApplication::describeChange(m_engine.settings, QStringLiteral("relay/port")),
                 QStringLiteral("Setting relay/port changed to %1 (applies when Roost is started again)")
                     .arg(m_engine.settings.value(QStringLiteral("relay/port")).toString()));
        QVERIFY(m_engine.settings.setValue(QStringLiteral("access/max_connections"), 77));
        QCOMPARE(TrayApplication::describeChange(m_engine.settings, QStringLiteral("access/max_connections")),
                 QStringLiteral("Setting access/max_connections changed to 77 (applied now)"));
        QVERIFY(m_engine.settings.setValue(QStringLiteral("access/blocked_ips"), QStringList{QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2")}));
        QCOMPARE(TrayApplication::describeChange(m_engine.settings, QStringLiteral("access/blocked_ips")),
                 QStringLiteral("Setting access/blocked_ips changed to 192.0.2.1, 192.0.2.2 (applied now)"));
        QVERIFY(m_engine.settings.setValue(QStringLiteral("access/blocked_ips"), QStringList{}));
    }

    void closeWithoutATrayAsks() {
        m_window->setAskOnClose(true);
        int asked = 0;
        MainWindow::CloseChoice answer = MainWindow::CloseChoice::KeepRunning;
        m_window->setCloseQuestion([&] {
            ++asked;
            return answer;
        });
        QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
        // Keep running: the window is minimized (the taskbar brings it back), the relay runs.
        QVERIFY(!m_window->close());
        QCOMPARE(asked, 1);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->isMinimized());
        QVERIFY(m_engine.relay->isRunning());
        QCOMPARE(quit.size(), 0);
        m_window->showNormal();
        // Cancel: nothing happens.
        answer = MainWindow::CloseChoice::Cancel;
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible() && !m_window->isMinimized());
        QCOMPARE(quit.size(), 0);
        // Quit: said so, explicitly.
        answer = MainWindow::CloseChoice::Quit;
        m_window->close();
        QCOMPARE(quit.size(), 1);
        m_window->setAskOnClose(false);
        m_window->setCloseQuestion({});
        m_window->show();
    }

    void withoutATrayClosingKeepsTheRelay() {
        // The application as `roost` runs it, on a desktop without a system tray (offscreen has none).
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        QTemporaryDir dir;
        Settings settings;
        QString error;
        QVERIFY(settings.loadFile(dir.filePath(QStringLiteral("roost.ini")), &error));
        QVERIFY(settings.setOverride(QStringLiteral("relay/data_dir"), dir.path(), &error));
        QVERIFY(settings.setOverride(QStringLiteral("relay/port"), 0, &error));
        TrayApplication app(settings, QStringLiteral("/usr/bin/roost"));
        QVERIFY(!app.tray());
        int asked = 0;
        app.window().setCloseQuestion([&] {
            ++asked;
            return MainWindow::CloseChoice::KeepRunning;
        });
        QVERIFY2(app.start(&error), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
        QSignalSpy quit(&app.window(), &MainWindow::quitRequested);
        QVERIFY(!app.window().close());
        QCOMPARE(asked, 1);
        QVERIFY(app.relay().isRunning()); // not quit without a word
        QVERIFY(app.window().isMinimized());
        QCOMPARE(quit.size(), 0);
        // The Log says how to get back.
        auto told = [&app] {
            for (int row = 0; row < app.log().rowCount(); ++row)
                if (app.log().index(row, LogModel::Message).data().toString().contains(QLatin1String("taskbar"))) return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(told(), 5000); // the log handler queues lines to the model's thread
        app.shutdown();
    }

    void closeQuestionDefaultsToKeepRunning() {
        m_window->setAskOnClose(true);
        QString defaultText;
        QTimer::singleShot(50, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) return;
            defaultText = box->defaultButton()->text();
            QTest::keyClick(box, Qt::Key_Escape); // Cancel
        });
        QVERIFY(!m_window->close());
        QCOMPARE(defaultText, MainWindow::tr("&Keep running"));
        m_window->setAskOnClose(false);
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
