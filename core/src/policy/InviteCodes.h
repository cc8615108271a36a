#pragma once
// NIP-43 invite codes, stateless: "<expiry, Unix seconds, hex>.<HMAC-SHA256 of it under the
// relay's secret key, first 16 bytes, hex>". The relay needs to remember nothing to check one.
#include "nostr/Types.h"

#include <string>
#include <string_view>

namespace roost::policy {

/// An invite code valid until `expiresAt` (Unix seconds).
std::string makeInviteCode(const nostr::SecretKey& relayKey, int64_t expiresAt);

/// True when `code` was made by makeInviteCode with `relayKey` and has not expired at `now`.
bool checkInviteCode(const nostr::SecretKey& relayKey, std::string_view code, int64_t now);

} // namespace roost::policy
