// Portable blockTerminationSignals: nothing to do (no per-thread signal masks in standard C++;
// on Windows the console handler runs on a thread of its own).
#include "sync/ThreadSignals.h"

namespace roost::sync {

void blockTerminationSignals() {}

} // namespace roost::sync
