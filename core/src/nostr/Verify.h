#pragma once
// Id and signature verification, and signing for tests/bench/the relay's own key (BIP-340).
#include "nostr/Event.h"

#include <optional>
#include <string>

namespace roost::nostr {

/// Checks that event.id == computeId(event) — or, when the event holds control characters
/// other than \b \t \n \f \r, computeIdEscaped(event) (the JSON.stringify form most clients
/// hash; nips issue 1403) — and that event.sig is a valid BIP-340 Schnorr
/// signature of event.id by event.pubkey (libsecp256k1). Thread-safe.
/// Returns std::nullopt when valid, else the OK reason: "invalid: event id does not match its
/// content" or "invalid: bad signature".
std::optional<std::string> verifyEvent(const Event& event);

/// Derives the x-only public key of `secret`. Throws std::invalid_argument for an invalid key.
PubKey publicKeyOf(const SecretKey& secret);

/// Fills event.pubkey, event.id and event.sig by signing with `secret` (BIP-340, fresh aux
/// randomness). Other fields are taken as given.
void signEvent(Event& event, const SecretKey& secret);

/// The BIP-340 signature of `id` by `secret` (fresh aux randomness). Throws
/// std::invalid_argument for an invalid key.
Sig signId(const Id& id, const SecretKey& secret);

} // namespace roost::nostr
