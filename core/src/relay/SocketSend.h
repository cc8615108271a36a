#pragma once
// Writing to a connected socket without Qt's buffering (platform files picked by CMake).
#include <QtGlobal>

#include <cstddef>
#include <string_view>

namespace roost::relay {

/// Writes as much of `bytes` as the kernel takes at once to the connected socket `fd`, without
/// blocking and without SIGPIPE. Returns the number of bytes written: 0 when none could be
/// (buffer full, an error, or no such platform call); the caller queues the rest with Qt,
/// whose own write path then reports any error.
size_t sendNow(qintptr fd, std::string_view bytes);

} // namespace roost::relay
