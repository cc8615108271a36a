#include "sync/ThreadSignals.h"

#include <csignal>
#include <pthread.h>

namespace roost::sync {

void blockTerminationSignals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

} // namespace roost::sync
