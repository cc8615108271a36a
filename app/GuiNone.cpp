// Headless build: no GUI to create.
#include "Gui.h"

namespace roost::app {

std::unique_ptr<QCoreApplication> createGuiApplication(int&, char**) { return nullptr; }

int runGui(QCoreApplication&, Settings&, SingleInstance&) { return 1; }

} // namespace roost::app
