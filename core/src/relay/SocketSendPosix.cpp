#include "relay/SocketSend.h"

#include <sys/socket.h>
#include <sys/types.h>

#include <cerrno>

namespace roost::relay {

size_t sendNow(qintptr fd, std::string_view bytes) {
    if (fd < 0) return 0;
    size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(int(fd), bytes.data() + sent, bytes.size() - sent, MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n > 0) {
            sent += size_t(n);
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        break; // EAGAIN, or an error Qt will see on its own write
    }
    return sent;
}

} // namespace roost::relay
