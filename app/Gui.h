#pragma once
// The desktop front end, picked by CMake: GuiWidgets.cpp (roost_ui) or GuiNone.cpp (the
// headless build, -DROOST_BUILD_UI=OFF).
#include <QCoreApplication>

#include <memory>

namespace roost {
class Settings;
}

namespace roost::app {

class SingleInstance;

/// A QApplication when this build has the GUI and a display can be reached, else nullptr
/// (the caller then runs headless with a QCoreApplication).
std::unique_ptr<QCoreApplication> createGuiApplication(int& argc, char** argv);
/// Runs the tray application on `settings` until Quit; returns the exit code. Only called with
/// the application createGuiApplication() returned. `instance` (locked) is listened on: a later
/// launch on the same data directory brings the window to the front.
int runGui(QCoreApplication& app, Settings& settings, SingleInstance& instance);

} // namespace roost::app
