#include "policy/KnownKeys.h"

#include "nostr/EventParser.h"
#include "nostr/Hex.h"
#include "store/FilterScan.h"

#include <algorithm>

namespace roost::policy {

namespace {

// The p tags of the newest contact list of each of `authors`.
KeySet followsOf(store::Database& db, const KeySet& authors) {
    KeySet out;
    // One filter per batch of authors: replaceable kind 3 keeps one event per author anyway.
    constexpr size_t kBatch = 500;
    for (size_t i = 0; i < authors.size(); i += kBatch) {
        nostr::Filter f;
        f.authors = KeySet(authors.begin() + long(i), authors.begin() + long(std::min(authors.size(), i + kBatch)));
        f.kinds = std::vector<uint32_t>{3};
        for (const store::StoredEvent& stored : store::queryEvents(db, {f}, uint32_t(kBatch))) {
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

} // namespace

KeySet computeKnownKeys(store::Database& db, const KeySet& owners, int depth, size_t maxKeys) {
    if (depth <= 0 || owners.empty()) return {};
    KeySet known = followsOf(db, owners);
    if (depth >= 2 && !known.empty()) {
        KeySet second = followsOf(db, known);
        KeySet merged;
        std::set_union(known.begin(), known.end(), second.begin(), second.end(), std::back_inserter(merged));
        known = std::move(merged);
    }
    if (known.size() > maxKeys) known.resize(maxKeys);
    return known;
}

} // namespace roost::policy
