// libFuzzer target: an event object's JSON (NIP-01 §Events) and its canonical serialization.
// Parse -> serialize -> parse gives the same event; both canonical forms (verbatim and
// JSON.stringify-escaped) and the ids computed from them agree between the two parses.
#include "FuzzCheck.h"
#include "nostr/EventParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    try {
        roost::fuzz::checkEventRoundTrip(roost::nostr::parseEvent(json));
    } catch (const roost::nostr::ParseError& e) {
        roost::fuzz::checkReason(e.what());
    }
    return 0;
}
