#include "roost/Version.h"

namespace roost {

const char* versionString() { return ROOST_VERSION; }

const char* softwareUrl() { return ROOST_SOFTWARE_URL; }

} // namespace roost
