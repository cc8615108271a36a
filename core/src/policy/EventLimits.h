#pragma once
// The relay's own rules for storing an event, shared by every way an event comes in: a client's
// EVENT (Ingester) and an event brought by `roost sync` (SyncStore).
#include "nostr/Event.h"
#include "roost/RelayConfig.h"

#include <cstdint>
#include <optional>
#include <string>

namespace roost::policy {

/// Which of checkStorable's rules apply. A NIP-62 request to vanish skips the kind lists; a
/// synced event skips the created_at floor (history is what a sync brings).
struct StorableChecks {
    bool kindLists = true;
    bool ageFloor = true;
};

/// Checks `event` against the settings: access/allowed_kinds and denied_kinds, limits/
/// max_event_tags and max_content_length, the created_at window (limits/created_at_upper_limit
/// and lower_limit, seconds around `now`, Unix seconds), NIP-40 expiry (an event whose expiration
/// is <= now) and kind 22242 (NIP-42 AUTH only). Returns the refusal reason with its NIP-01
/// prefix ("blocked: ..." or "invalid: ..."), or std::nullopt when the event may be stored.
/// Does not check the id or signature (nostr::verifyEvent) or access levels (checkEvent).
std::optional<std::string> checkStorable(const nostr::Event& event, const RelayConfig& config, int64_t now,
                                         StorableChecks checks = {});

} // namespace roost::policy
