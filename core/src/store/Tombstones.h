#pragma once
// What stays deleted: NIP-09 deletion requests, NIP-62 requests to vanish and NIP-86 banned
// events, recorded as tombstones so a deleted event cannot be published again. Private to core;
// every function runs inside the caller's write transaction (EventWriter).
#include "nostr/Event.h"
#include "store/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace roost::store {

/// Why `event` must not be stored, as an OK reason with the NIP-01 `blocked:` prefix, or
/// nullopt when no tombstone covers it: a banned id; an id its own author asked to delete
/// (NIP-09 `e`); a replaceable/addressable version at or before a NIP-09 `a` deletion; an event
/// of a vanished pubkey at or before its request to vanish (NIP-62; later kind 62 requests pass).
/// One indexed lookup. Throws StoreError.
std::optional<std::string> tombstoneFor(Database& db, const nostr::Event& event);

/// NIP-09: applies the deletion request `request` (kind 5): records a tombstone for each `e` and
/// `a` tag and deletes the referenced events that have the request's pubkey (`e`: any kind but
/// 5 and 62; `a`: every version with created_at <= the request's). Tags naming another author's
/// address are ignored. Returns how many events were deleted. Throws StoreError.
uint64_t applyDeletionRequest(Database& db, const nostr::Event& request);

/// NIP-62: applies a request to vanish (kind 62, already checked to name this relay): records
/// the pubkey as vanished up to the request's created_at, deletes every event of that pubkey up
/// to then (deletion requests included) except the request itself (`requestSeq`), and deletes
/// every NIP-59 gift wrap (kind 1059) that p-tags it, tombstoning those ids. Returns how many
/// events were deleted. Throws StoreError.
uint64_t applyVanishRequest(Database& db, const nostr::Event& request, uint64_t requestSeq);

/// One NIP-86 banned event: id (32 raw bytes), the operator's reason, when (Unix seconds).
struct BannedEvent {
    nostr::Id id{};
    std::string reason;
    int64_t bannedAt = 0;
};

/// NIP-86 banevent: deletes the event with `id` whoever signed it and keeps it out.
/// Returns true when a stored event was deleted. Throws StoreError.
bool banEvent(Database& db, const nostr::Id& id, const std::string& reason, int64_t now);
/// NIP-86 allowevent: lifts a ban (the event is not restored). Returns true when it was banned.
bool unbanEvent(Database& db, const nostr::Id& id);
/// NIP-86 listbannedevents, most recent first. Throws StoreError.
std::vector<BannedEvent> bannedEvents(Database& db);

} // namespace roost::store
