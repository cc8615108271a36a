#include "Resources.h"

#include <QtGlobal>

static void initRoostResources() { Q_INIT_RESOURCE(roost); }

namespace roost::ui {

void initResources() {
    static const bool done = (initRoostResources(), true);
    Q_UNUSED(done);
}

} // namespace roost::ui
