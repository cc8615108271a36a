// gui.SettingsFile: a change made through the Settings page is written to the config file and is
// there when a new window is built on the same file (a restart), with the person's own comments kept.
#include "Autostart.h"
#include "GuiTestRelay.h"
#include "LogModel.h"
#include "MainWindow.h"

#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace roost;
using namespace roost::ui;

class TestSettingsFile : public QObject {
    Q_OBJECT
private slots:
    void aSettingsPageChangeSurvivesARestart() {
        GuiTestRelay engine;
        const QString path = engine.dir.filePath(QStringLiteral("roost.ini"));
        QString error;
        QVERIFY2(Settings::createDefaultFile(path, &error), qPrintable(error));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("\n; my own note, keep it\n");
        }
        QVERIFY2(engine.start(&error), qPrintable(error));
        LogModel log;
        Autostart autostart(engine.dir.filePath(QStringLiteral("xdg")));
        {
            MainWindow window(*engine.relay, engine.settings, log, autostart, QStringLiteral("/usr/bin/roost"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(MainWindow::SettingsPageIndex);
            auto* name = window.findChild<QLineEdit*>(QStringLiteral("relay/name"));
            auto* filters = window.findChild<QSpinBox*>(QStringLiteral("limits/max_filters"));
            QVERIFY(name && filters);
            name->setFocus();
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Attic relay"));
            QTest::keyClick(name, Qt::Key_Return);
            filters->setValue(42);
            QCOMPARE(engine.settings.config().name, QStringLiteral("Attic relay"));
        }
        const QByteArray text = engine.configFile();
        QVERIFY(text.contains("\nname=Attic relay\n"));
        QVERIFY(text.contains("\nmax_filters=42\n"));
        QVERIFY(text.contains("\n#port=4869\n")); // untouched keys stay commented out
        QVERIFY(text.endsWith("\n; my own note, keep it\n"));

        // "Restart": new Settings on the same file, a new engine and window.
        Settings settings;
        QVERIFY2(settings.loadFile(path, &error), qPrintable(error));
        auto relay = createRelay(settings.config());
        MainWindow window(*relay, settings, log, autostart, QStringLiteral("/usr/bin/roost"));
        window.showPage(MainWindow::SettingsPageIndex);
        QCOMPARE(window.findChild<QLineEdit*>(QStringLiteral("relay/name"))->text(), QStringLiteral("Attic relay"));
        QCOMPARE(window.findChild<QSpinBox*>(QStringLiteral("limits/max_filters"))->value(), 42);
    }
};

QTEST_MAIN(TestSettingsFile)
#include "TestSettingsFile.moc"
