#pragma once
// Parsing an event object from JSON text (simdjson), with shape checks (NIP-01).
#include "nostr/Event.h"

#include <string_view>

namespace roost::nostr {

/// Parses one JSON object into an Event. Checks shape only: id/pubkey 64 and sig 128 lowercase
/// hex, created_at a non-negative integer (Unix seconds, fits int64), kind an integer 0..65535,
/// tags an array of non-empty arrays of strings, content a string; unknown keys are ignored; a key that appears twice is refused
/// ("invalid: duplicate key \"content\" in the event"), as parsers disagree on which value wins.
/// Does NOT check the id hash or the signature (see verifyEvent).
/// Throws ParseError("invalid: ...") naming the first offending field.
Event parseEvent(std::string_view json);

} // namespace roost::nostr
