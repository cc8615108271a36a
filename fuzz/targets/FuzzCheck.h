#pragma once
// Checks shared by the fuzz targets: a property that does not hold aborts, so libFuzzer reports
// the input as a crash and keeps it.
#include "nostr/Canonical.h"
#include "nostr/Event.h"
#include "nostr/EventParser.h"
#include "nostr/Types.h"

#include <cstdlib>
#include <string_view>

namespace roost::fuzz {

/// A refusal's reason must carry one of NIP-01's machine-readable prefixes.
inline void checkReason(std::string_view reason) {
    for (std::string_view prefix : {"invalid:", "unsupported:", "blocked:", "error:", "restricted:"})
        if (reason.substr(0, prefix.size()) == prefix) return;
    std::abort();
}

inline bool sameEvent(const nostr::Event& a, const nostr::Event& b) {
    return a.id == b.id && a.pubkey == b.pubkey && a.sig == b.sig && a.createdAt == b.createdAt && a.kind == b.kind &&
           a.tags == b.tags && a.content == b.content;
}

/// parse(serializeEvent(e)) == e, and both canonical forms and ids agree (NIP-01 §Events).
inline void checkEventRoundTrip(const nostr::Event& event) {
    const nostr::Event again = nostr::parseEvent(nostr::serializeEvent(event));
    if (!sameEvent(event, again)) std::abort();
    if (nostr::serializeCanonical(event) != nostr::serializeCanonical(again)) std::abort();
    if (nostr::computeId(event) != nostr::computeId(again)) std::abort();
    if (nostr::computeIdEscaped(event) != nostr::computeIdEscaped(again)) std::abort();
}

} // namespace roost::fuzz
