#pragma once
// NIP-43 invite codes: "<issued>.<expiry>.<MAC>" — issue and expiry times as Unix seconds in hex,
// then the first 16 bytes of HMAC-SHA256("roost-nip43-invite:<issued>.<expiry>") under the relay's
// secret key, hex. Checking one needs no state; revocation and single use are settings
// (InviteRules) the caller passes in.
#include "nostr/Types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace roost::policy {

/// An invite code issued at `issuedAt`, valid until `expiresAt` (Unix seconds).
std::string makeInviteCode(const nostr::SecretKey& relayKey, int64_t issuedAt, int64_t expiresAt);

/// What the operator decided about invite codes (settings access/nip43_*).
struct InviteRules {
    int64_t revokedBefore = 0;          ///< codes issued before this time (Unix s) are revoked; 0 = none
    std::vector<std::string> revoked;   ///< codes revoked one by one
    std::vector<std::string> used;      ///< codes already claimed (checked when singleUse)
    bool singleUse = false;             ///< a code admits one member only
};

enum class InviteStatus { Valid, Invalid, Expired, Revoked, Used };

/// The status of `code` at `now` (Unix seconds): Invalid unless made by makeInviteCode with
/// `relayKey` (constant-time MAC check), then Expired, Revoked (issued before
/// rules.revokedBefore or listed in rules.revoked) or Used (rules.singleUse and listed in
/// rules.used), else Valid.
InviteStatus inviteStatus(const nostr::SecretKey& relayKey, std::string_view code, int64_t now,
                          const InviteRules& rules = {});

/// The NIP-43 OK reason for a refused claim ("restricted: ..."); "" for Valid.
std::string inviteRefusal(InviteStatus status);

/// The expiry (Unix seconds) written in a well-formed code, unchecked; nullopt when malformed.
std::optional<int64_t> inviteExpiry(std::string_view code);

} // namespace roost::policy
