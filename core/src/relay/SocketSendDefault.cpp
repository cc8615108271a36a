// Platforms without the POSIX send(MSG_NOSIGNAL|MSG_DONTWAIT) path (Windows, ROOST_PORTABLE_ONLY):
// nothing is written here, so every byte takes Qt's buffered write path (SocketSend.h's contract).
#include "relay/SocketSend.h"

namespace roost::relay {

size_t sendNow(qintptr, std::string_view) { return 0; }

} // namespace roost::relay
