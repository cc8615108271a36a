#include "roost/Version.h"

namespace roost {

const char* versionString() { return ROOST_VERSION; }

} // namespace roost
