#include "policy/KnownKeys.h"

#include <algorithm>
#include <iterator>

namespace roost::policy {

KeySet computeKnownKeys(const KeySet& owners, int depth, const FollowsLookup& followsOf, size_t maxKeys) {
    if (depth <= 0 || owners.empty()) return {};
    KeySet known = followsOf(owners);
    if (depth >= 2 && !known.empty()) {
        KeySet second = followsOf(known);
        KeySet merged;
        std::set_union(known.begin(), known.end(), second.begin(), second.end(), std::back_inserter(merged));
        known = std::move(merged);
    }
    if (known.size() > maxKeys) known.resize(maxKeys);
    return known;
}

} // namespace roost::policy
