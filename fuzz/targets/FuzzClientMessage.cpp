// libFuzzer target: one WebSocket text message from a client (NIP-01 EVENT/REQ/CLOSE, NIP-42 AUTH,
// NIP-45 COUNT, NIP-77 NEG-*), as the Ingester receives it. Any input must either parse or throw
// ParseError with a NIP-01 prefix; a parsed EVENT must survive the serialize -> parse round trip.
#include "FuzzCheck.h"
#include "nostr/Messages.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    roost::nostr::ParseContext context;
    try {
        const auto message = roost::nostr::parseClientMessage(text, {}, &context);
        if (const auto* event = std::get_if<roost::nostr::EventMessage>(&message)) roost::fuzz::checkEventRoundTrip(event->event);
        if (const auto* auth = std::get_if<roost::nostr::AuthMessage>(&message)) roost::fuzz::checkEventRoundTrip(auth->event);
    } catch (const roost::nostr::ParseError& e) {
        roost::fuzz::checkReason(e.what());
    }
    return 0;
}
