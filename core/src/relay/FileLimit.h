#pragma once
// The process's open file limit (RLIMIT_NOFILE) and how many client sockets it leaves room for
// (platform files picked by CMake). Issue 14 item 4: a desktop session or a systemd service
// starts the relay with a soft limit of 1,024; the relay raises it to the hard limit itself.
#include <cstdint>

namespace roost::relay {

/// The open file limit before and after raiseOpenFileLimit(). 0 means "unknown" (no such
/// platform call): no socket cap is derived from it.
struct FileLimit {
    uint64_t before = 0; ///< soft limit found at start (descriptors)
    uint64_t now = 0;    ///< soft limit in force afterwards (descriptors)
};

/// Raises the soft RLIMIT_NOFILE to the hard limit (capped at 1,048,576 when the hard limit is
/// unlimited). Never fails: when the kernel refuses, `now` is the unchanged soft limit.
/// Process-wide and idempotent (a second call finds the limit already raised).
FileLimit raiseOpenFileLimit();

/// How many client sockets the Listener keeps open at most under an open file limit of `limit`
/// descriptors: limit - 64 (the store, its WAL, threads' wake-up descriptors, backups, peers keep
/// the rest), or limit / 2 when limit <= 128. 0 (no cap) when limit is 0 (unknown).
constexpr uint64_t socketCapFor(uint64_t limit) {
    if (limit == 0) return 0;
    return limit <= 128 ? limit / 2 : limit - 64;
}

} // namespace roost::relay
