#pragma once
// The size of a subscription's filters as the relay bounds it (limits/max_filter_items and
// max_filter_items_total, NIP-11 limitation): a measure of the memory its live stage keeps.
#include "nostr/Filter.h"

#include <cstdint>
#include <vector>

namespace roost::relay {

/// Filter items of `filters`: per filter 1, plus each id, author, kind and tag value listed
/// (a REQ of one filter with 1,900 authors and one kind is 1,902 items). Pure.
inline uint64_t filterItems(const std::vector<nostr::Filter>& filters) {
    uint64_t n = 0;
    for (const nostr::Filter& f : filters) {
        n += 1;
        if (f.ids) n += f.ids->size();
        if (f.authors) n += f.authors->size();
        if (f.kinds) n += f.kinds->size();
        for (const nostr::TagCondition& t : f.tags) n += t.values.size();
    }
    return n;
}

} // namespace roost::relay
