#pragma once
// Serializations of an event: the canonical array hashed into the id, and the wire object.
#include "nostr/Event.h"

#include <string>

namespace roost::nostr {

/// The NIP-01 id preimage `[0,"<pubkey>",<created_at>,<kind>,<tags>,"<content>"]`, no whitespace,
/// strings escaped with appendCanonicalString.
std::string serializeCanonical(const Event& event);

/// SHA-256 of serializeCanonical(event) (OpenSSL). This is what `event.id` must equal.
Id computeId(const Event& event);

/// The id preimage as JSON.stringify writes it (what nostr-tools and most clients hash): like
/// serializeCanonical, but the control characters U+0000–U+001F other than \b \t \n \f \r
/// are written as \u00XX (lowercase hex), i.e. strings escaped with appendWireString.
/// NIP-01 says "verbatim"; nips issue 1403 discusses the split.
std::string serializeCanonicalEscaped(const Event& event);

/// True when a string of the event (content or a tag element) holds a control character that
/// serializeCanonical and serializeCanonicalEscaped write differently, i.e. when the two id
/// preimages differ.
bool hasAmbiguousControlChars(const Event& event);

/// SHA-256 of serializeCanonicalEscaped(event).
Id computeIdEscaped(const Event& event);

/// The wire/storage form of the event object with fixed key order
/// {"id","pubkey","created_at","kind","tags","content","sig"}, strings escaped with
/// appendWireString. This is the exact byte string Roost stores and sends; the same event always
/// yields the same bytes.
std::string serializeEvent(const Event& event);

} // namespace roost::nostr
