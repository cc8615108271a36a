#pragma once
// Events held for review (issue 12 item 4, "hold for review"): published by a writer below the
// access/hold_below level, committed here instead of to `events` until an operator approves
// (then they are written like a client's event) or rejects them. Private to core; the Writer's
// connection writes, any connection reads.
#include "nostr/Event.h"
#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace roost::store {

/// One held event: its id, author, kind, created_at (Unix seconds), when it was held (Unix
/// seconds) and its wire JSON (nostr::serializeEvent).
struct HeldEvent {
    nostr::Id id{};
    nostr::PubKey pubkey{};
    uint32_t kind = 0;
    int64_t createdAt = 0;
    int64_t heldAt = 0;
    std::string json;
};

/// The queue holds at most this many events; more are refused ("blocked: the review queue is
/// full") so a stranger cannot fill the disk through it.
inline constexpr uint64_t kMaxHeldEvents = 10000;

enum class HoldStatus {
    Held,      ///< newly held
    Duplicate, ///< already stored in `events`, or already held
    Full,      ///< kMaxHeldEvents are held already; nothing written
    Refused,   ///< a tombstone (deleted, banned, vanished: store/Tombstones.h) refuses it
};

/// Holds `event` (verified by the caller) at time `now`, in the caller's transaction when there
/// is one (else its own). For Refused, `reason` gets the tombstone's "blocked: ..." text.
/// Throws StoreError.
HoldStatus holdEvent(Database& db, const nostr::Event& event, int64_t now, std::string* reason = nullptr);

/// The held events, most recently held first, at most `limit`. Throws StoreError.
std::vector<HeldEvent> heldEvents(Database& db, size_t limit);

/// The held event with this id, or nullopt. Throws StoreError.
std::optional<HeldEvent> findHeld(Database& db, const nostr::Id& id);

/// Removes the held event with this id (rejected, or approved and stored). Returns whether one
/// was held. Throws StoreError.
bool dropHeld(Database& db, const nostr::Id& id);

/// How many events are held. Throws StoreError.
uint64_t heldCount(Database& db);

} // namespace roost::store
