#pragma once
// The follow lists (NIP-02 kind-3 contact lists) stored in the database, read for the Known
// access level (policy/KnownKeys.h). Store-side half of the Known keys: policy decides how deep
// to follow, this file only reads.
#include "nostr/Types.h"

#include <vector>

namespace roost::store {

class Database;

/// The p-tagged keys of the newest stored kind-3 event of each of `authors` (NIP-02), sorted
/// ascending and unique. Authors without a contact list add nothing; p tags whose value is not
/// 64 hex characters and events that no longer parse are skipped. Reads in batches of 500
/// authors (one indexed query each). Throws store::StoreError when the database fails.
std::vector<nostr::PubKey> followsOf(Database& db, const std::vector<nostr::PubKey>& authors);

} // namespace roost::store
