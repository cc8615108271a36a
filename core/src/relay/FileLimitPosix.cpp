#include "relay/FileLimit.h"

#include <sys/resource.h>

namespace roost::relay {

FileLimit raiseOpenFileLimit() {
    rlimit lim{};
    if (getrlimit(RLIMIT_NOFILE, &lim) != 0) return {};
    FileLimit out;
    out.before = out.now = uint64_t(lim.rlim_cur);
    rlim_t target = lim.rlim_max;
    if (target == RLIM_INFINITY) target = rlim_t(1) << 20; // Linux refuses more than fs.nr_open anyway
    if (lim.rlim_cur != RLIM_INFINITY && lim.rlim_cur < target) {
        rlimit raised = lim;
        raised.rlim_cur = target;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0) out.now = uint64_t(target);
    }
    if (out.now == uint64_t(RLIM_INFINITY)) out.now = uint64_t(1) << 20;
    return out;
}

} // namespace roost::relay
