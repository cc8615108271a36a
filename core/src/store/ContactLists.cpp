#include "store/ContactLists.h"

#include "nostr/EventParser.h"
#include "nostr/Filter.h"
#include "nostr/Hex.h"
#include "store/FilterScan.h"

#include <algorithm>

namespace roost::store {

std::vector<nostr::PubKey> followsOf(Database& db, const std::vector<nostr::PubKey>& authors) {
    std::vector<nostr::PubKey> out;
    // One filter per batch of authors: replaceable kind 3 keeps one event per author anyway.
    constexpr size_t kBatch = 500;
    for (size_t i = 0; i < authors.size(); i += kBatch) {
        nostr::Filter f;
        f.authors = std::vector<nostr::PubKey>(authors.begin() + long(i), authors.begin() + long(std::min(authors.size(), i + kBatch)));
        f.kinds = std::vector<uint32_t>{3};
        for (const StoredEvent& stored : queryEvents(db, {f}, uint32_t(kBatch))) {
            try {
                for (const nostr::Tag& t : nostr::parseEvent(stored.json).tags) {
                    nostr::PubKey k{};
                    if (t.size() >= 2 && t[0] == "p" && nostr::fromHex(t[1], k)) out.push_back(k);
                }
            } catch (const nostr::ParseError&) {
            }
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace roost::store
