#pragma once
// Roost's version (CMake project version), shown by --version and in NIP-11 `version`.

namespace roost {

/// "MAJOR.MINOR.PATCH" of this build.
const char* versionString();

/// The project's homepage URL (NIP-11 `software`), set at build time by the CMake cache
/// variable ROOST_SOFTWARE_URL.
const char* softwareUrl();

} // namespace roost
