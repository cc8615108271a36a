#pragma once
// The "Known" access level (DESIGN.md §Access levels): keys the owner follows (kind 3 contact
// lists, NIP-02), to a depth of 1 (the owner's follows) or 2 (also theirs). The Writer, which
// alone sees contact lists change, computes it with the store's follow lists
// (store/ContactLists.h) and publishes it as an immutable sorted snapshot that the Ingesters read
// without locks. Policy does not read the store itself: it is handed the lookup.
#include "nostr/Types.h"

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace roost::policy {

/// A sorted list of keys; shared read-only between threads.
using KeySet = std::vector<nostr::PubKey>;

/// The keys followed by a set of authors (sorted, unique): the union of the p tags of their
/// newest contact lists, e.g. store::followsOf bound to a database. May throw; the exception
/// passes through computeKnownKeys.
using FollowsLookup = std::function<KeySet(const KeySet& authors)>;

/// The Known keys: the follows of `owners` (depth 1), and for depth >= 2 also the follows of
/// those, sorted and unique, at most `maxKeys` of them (the rest is dropped). depth 0 or no
/// owners: empty, and `followsOf` is not called. Calls `followsOf` once per level.
KeySet computeKnownKeys(const KeySet& owners, int depth, const FollowsLookup& followsOf, size_t maxKeys = 200000);

/// Holder of the current snapshot; get() and set() may be called from any thread. A mutex guards
/// the pointer (held only to copy it): libstdc++ 12's std::atomic<std::shared_ptr> releases its
/// internal lock in load() with memory_order_relaxed, a data race ThreadSanitizer reports.
class KnownKeys {
public:
    KnownKeys() : m_current(std::make_shared<const KeySet>()) {}
    std::shared_ptr<const KeySet> get() const {
        std::lock_guard lock(m_mutex);
        return m_current;
    }
    void set(KeySet keys) {
        auto next = std::make_shared<const KeySet>(std::move(keys));
        std::lock_guard lock(m_mutex);
        m_current.swap(next); // the old snapshot is released after the lock, by `next`
    }

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const KeySet> m_current;
};

} // namespace roost::policy
