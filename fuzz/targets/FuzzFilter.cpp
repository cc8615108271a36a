// libFuzzer target: one NIP-01 filter object as a REQ carries it. Parses or throws ParseError
// with "invalid:"/"unsupported:"; a parsed filter can be matched against an event without harm.
#include "FuzzCheck.h"
#include "nostr/Filter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    try {
        std::vector<roost::nostr::Filter> filters{roost::nostr::parseFilter(json)};
        roost::nostr::Event event;
        event.kind = 1;
        event.createdAt = 1700000000;
        event.tags = {{"e", std::string(64, 'a')}, {"t", "nostr"}};
        (void)roost::nostr::matchesAny(filters, event);
    } catch (const roost::nostr::ParseError& e) {
        roost::fuzz::checkReason(e.what());
    }
    return 0;
}
