#include "nostr/Event.h"

#include <charconv>

namespace roost::nostr {

KindClass classifyKind(uint32_t kind) {
    if (kind == 0 || kind == 3 || (kind >= 10000 && kind < 20000)) return KindClass::Replaceable;
    if (kind >= 20000 && kind < 30000) return KindClass::Ephemeral;
    if (kind >= 30000 && kind < 40000) return KindClass::Addressable;
    return KindClass::Regular;
}

std::string_view dTagValue(const Event& event) {
    for (const Tag& tag : event.tags)
        if (tag.size() >= 2 && tag[0] == "d") return tag[1];
    return {};
}

std::optional<int64_t> expirationOf(const Event& event) {
    for (const Tag& tag : event.tags) {
        if (tag.size() < 2 || tag[0] != "expiration") continue;
        int64_t value = 0;
        const std::string& s = tag[1];
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
        if (ec != std::errc() || end != s.data() + s.size() || value < 0) return std::nullopt;
        return value;
    }
    return std::nullopt;
}

} // namespace roost::nostr
