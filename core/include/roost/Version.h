#pragma once
// Roost's version (CMake project version), shown by --version and in NIP-11 `version`.

namespace roost {

/// "MAJOR.MINOR.PATCH" of this build.
const char* versionString();

} // namespace roost
