#include "nostr/Event.h"

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

} // namespace roost::nostr
