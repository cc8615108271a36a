#pragma once
// Relay -> client messages as the sync client reads them (NIP-01 §From relay to client, NIP-42
// AUTH, NIP-77 NEG-MSG / NEG-ERR).
#include "nostr/Event.h"

#include <string>
#include <string_view>
#include <variant>

namespace roost::sync {

/// ["EVENT", <subid>, <event>]. `problem` is empty when the event object passed the NIP-01 shape
/// check (it is NOT verified yet); otherwise it holds the "invalid: ..." reason and `event` is
/// unusable except for `id` when `hasId`.
struct RelayEvent {
    std::string subscriptionId;
    nostr::Event event;
    std::string problem;
    bool hasId = false;
};
/// ["EOSE", <subid>]
struct RelayEose { std::string subscriptionId; };
/// ["OK", <event id>, <true|false>, <message>]
struct RelayOk {
    nostr::Id eventId{};
    bool accepted = false;
    std::string message;
};
/// ["CLOSED", <subid>, <message>]
struct RelayClosed { std::string subscriptionId; std::string message; };
/// ["NOTICE", <message>]
struct RelayNotice { std::string message; };
/// ["AUTH", <challenge>] (NIP-42)
struct RelayAuth { std::string challenge; };
/// ["NEG-MSG", <subid>, <hex message>] (NIP-77)
struct RelayNegMsg { std::string subscriptionId; std::string hex; };
/// ["NEG-ERR", <subid>, <reason>] (NIP-77)
struct RelayNegErr { std::string subscriptionId; std::string reason; };
/// Any other verb (COUNT, ...), ignored by the sync client.
struct RelayUnknown { std::string verb; };

using RelayMessage = std::variant<RelayEvent, RelayEose, RelayOk, RelayClosed, RelayNotice, RelayAuth, RelayNegMsg,
                                  RelayNegErr, RelayUnknown>;

/// Parses one text message from a relay. Throws nostr::ParseError ("invalid: ...") when it is not
/// a JSON array with a string verb, or when a known verb has the wrong shape (missing or
/// mistyped elements, an OK id that is not 64 lowercase hex). A malformed event inside EVENT does
/// not throw: it is returned with `problem` set, so the caller can count it as rejected.
RelayMessage parseRelayMessage(std::string_view text);

/// The machine-readable prefix of a NIP-01 reason ("rate-limited" for "rate-limited: slow
/// down"), or "" when the reason has none.
std::string_view reasonPrefix(std::string_view reason);

} // namespace roost::sync
