// The tray application (roost_ui) when a display is available.
#include "Gui.h"

#include "MainWindow.h"
#include "SignalHandler.h"
#include "SingleInstance.h"
#include "TrayApplication.h"
#include "roost/Settings.h"

#include <QApplication>
#include <QGuiApplication>

#include <cstdio>

namespace roost::app {

std::unique_ptr<QCoreApplication> createGuiApplication(int& argc, char** argv) {
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
                         !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (!display) return nullptr;
    auto app = std::make_unique<QApplication>(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("roost"));
    ui::TrayApplication::installTranslations(*app);
    return app;
}

int runGui(QCoreApplication& app, Settings& settings, SingleInstance& instance) {
    ui::TrayApplication gui(settings, QCoreApplication::applicationFilePath());
    QString error;
    // A second `roost` on the same data directory brings this window to the front and exits.
    if (!instance.listen(&error)) std::fprintf(stderr, "roost: %s\n", qPrintable(error));
    QObject::connect(&instance, &SingleInstance::activationRequested, &gui, [&gui] {
        ui::MainWindow& window = gui.window();
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    if (!gui.start(&error)) std::fprintf(stderr, "roost: %s\n", qPrintable(error));
    SignalHandler signalHandler;
    // exit(), not quit(): since Qt 6, quit() asks every window to close first, and the main window
    // refuses (it hides, or asks the person), so SIGTERM would open a question instead of stopping.
    QObject::connect(&signalHandler, &SignalHandler::terminationRequested, &app, [] { QCoreApplication::exit(0); });
    const int rc = app.exec();
    gui.shutdown();
    return rc;
}

} // namespace roost::app
