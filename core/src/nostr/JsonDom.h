#pragma once
// Internal to core/nostr: building events and filters from an already parsed simdjson DOM
// element, so a client message is parsed once (Messages.cpp) and not re-parsed per part.
#include "nostr/Event.h"
#include "nostr/Filter.h"

#include <simdjson.h>

#include <string_view>

namespace roost::nostr::detail {

/// Shape-checks and converts an event object (see parseEvent). Throws ParseError("invalid: ...").
Event eventFromElement(simdjson::dom::element element);

/// Converts a filter object (see parseFilter). Throws ParseError.
Filter filterFromElement(simdjson::dom::element element, const FilterLimits& limits);

/// Parses `json` with this thread's parser. Throws ParseError("invalid: malformed JSON") on
/// syntax errors or invalid UTF-8. The element stays valid until the next call on this thread.
simdjson::dom::element parseDocument(std::string_view json);

} // namespace roost::nostr::detail
