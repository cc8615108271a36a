#include "relay/Hub.h"

#include <pthread.h>

#include <string>

namespace roost::relay {

void setThreadName(const char* name) {
    const std::string truncated = std::string(name).substr(0, 15);
    pthread_setname_np(pthread_self(), truncated.c_str());
}

} // namespace roost::relay
