#pragma once
// The relay's own Nostr key (NIP-11 `self`): created on first start in the data directory and
// kept there, so the relay can sign its own events (NIP-43 member lists, later).
#include "nostr/Types.h"

#include <QString>

#include <optional>

namespace roost::store {

/// Reads `<dataDir>/relay.key` (64 lowercase hex characters, the secret key), creating it with
/// fresh randomness and owner-only permissions (0600) when missing. Returns nullopt and sets
/// `error` when the file cannot be read or written, or holds something that is not a key.
std::optional<nostr::SecretKey> loadOrCreateRelayKey(const QString& dataDir, QString* error);

} // namespace roost::store
