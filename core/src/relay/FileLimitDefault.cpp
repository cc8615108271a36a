#include "relay/FileLimit.h"

namespace roost::relay {

// No portable call: the limit is unknown and no socket cap is derived from it.
FileLimit raiseOpenFileLimit() { return {}; }

} // namespace roost::relay
