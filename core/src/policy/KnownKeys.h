#pragma once
// The "Known" access level (DESIGN.md §Access levels): keys the owner follows (kind 3 contact
// lists, NIP-02), to a depth of 1 (the owner's follows) or 2 (also theirs). Computed from the
// store by the Writer, which alone sees contact lists change, and published as an immutable
// sorted snapshot that the Ingesters read without locks.
#include "nostr/Types.h"

#include <atomic>
#include <memory>
#include <vector>

namespace roost::store { class Database; }

namespace roost::policy {

/// A sorted list of keys; shared read-only between threads.
using KeySet = std::vector<nostr::PubKey>;

/// Reads the newest kind-3 event of each owner (and, for depth 2, of each followed key) from
/// `db` and returns every p-tagged key, sorted and unique, at most `maxKeys` of them (the rest
/// is dropped). depth 0 or no owners: empty. Throws store::StoreError.
KeySet computeKnownKeys(store::Database& db, const KeySet& owners, int depth, size_t maxKeys = 200000);

/// Holder of the current snapshot.
class KnownKeys {
public:
    KnownKeys() : m_current(std::make_shared<const KeySet>()) {}
    std::shared_ptr<const KeySet> get() const { return m_current.load(std::memory_order_acquire); }
    void set(KeySet keys) { m_current.store(std::make_shared<const KeySet>(std::move(keys)), std::memory_order_release); }

private:
    std::atomic<std::shared_ptr<const KeySet>> m_current;
};

} // namespace roost::policy
