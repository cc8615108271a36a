#pragma once
// The client and relay message codec (NIP-01 §Communication; room for NIP-42/45/77 verbs).
#include "nostr/Event.h"
#include "nostr/Filter.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace roost::nostr {

/// ["EVENT", <event>]: the parsed event (shape-checked, not yet verified).
struct EventMessage { Event event; };
/// ["REQ", <subid>, <filter>...] with at least one filter.
struct ReqMessage { std::string subscriptionId; std::vector<Filter> filters; };
/// ["CLOSE", <subid>]
struct CloseMessage { std::string subscriptionId; };
/// ["COUNT", <subid>, <filter>...] (NIP-45)
struct CountMessage { std::string subscriptionId; std::vector<Filter> filters; };
/// ["AUTH", <event>] (NIP-42)
struct AuthMessage { Event event; };
/// ["NEG-OPEN", <subid>, <filter>, <initialMessage hex>] (NIP-77). `message` is still hex: the
/// negentropy layer decodes and validates it.
struct NegOpenMessage { std::string subscriptionId; Filter filter; std::string message; };
/// ["NEG-MSG", <subid>, <message hex>] (NIP-77)
struct NegMsgMessage { std::string subscriptionId; std::string message; };
/// ["NEG-CLOSE", <subid>] (NIP-77)
struct NegCloseMessage { std::string subscriptionId; };
/// A verb Roost does not serve. `verb` is the first array element.
struct UnknownMessage { std::string verb; };

using ClientMessage = std::variant<EventMessage, ReqMessage, CloseMessage, CountMessage, AuthMessage,
                                   NegOpenMessage, NegMsgMessage, NegCloseMessage, UnknownMessage>;

/// Limits on client messages (NIP-11 `limitation`).
struct MessageLimits {
    FilterLimits filter;
    uint32_t maxSubidLength = 64;  ///< NIP-01: non-empty, at most 64 characters
    uint32_t maxFilters = 100;     ///< filters per REQ/COUNT
};

/// What parseClientMessage could read before it failed, so the relay can answer on the right
/// channel: OK false for an EVENT whose id was readable, CLOSED for a REQ/COUNT with a valid
/// subscription id, NOTICE otherwise.
struct ParseContext {
    bool hasEventId = false;
    Id eventId{};
    std::string subscriptionId; ///< empty when none could be read
    bool negentropy = false;    ///< a NEG-* verb (NIP-77): errors go out as NEG-ERR
};

/// Parses one WebSocket text message from a client. Throws ParseError with the wire reason:
/// "invalid: ..." for malformed JSON or wrong shapes (bad subscription id, no filters, ...),
/// "unsupported: ..." for unsupported filter contents. For EVENT the event is shape-checked
/// (parseEvent), not verified. `context` (optional) receives what could be read.
ClientMessage parseClientMessage(std::string_view text, const MessageLimits& limits = {},
                                 ParseContext* context = nullptr);

/// Relay -> client messages. `eventJson` is the stored wire form of the event (serializeEvent).
std::string makeEventMessage(std::string_view subscriptionId, std::string_view eventJson);
/// Appends ["EVENT",<subscriptionId as a JSON string>,<eventJson>] to `out` (NIP-01), so a
/// caller can reuse one buffer for many messages.
void appendEventMessage(std::string& out, std::string_view subscriptionId, std::string_view eventJson);
std::string makeOkMessage(const Id& eventId, bool accepted, std::string_view reason);
std::string makeEoseMessage(std::string_view subscriptionId);
std::string makeClosedMessage(std::string_view subscriptionId, std::string_view reason);
std::string makeNoticeMessage(std::string_view message);
std::string makeCountMessage(std::string_view subscriptionId, uint64_t count);
/// ["NEG-MSG", <subid>, <hex>] and ["NEG-ERR", <subid>, <reason>] (NIP-77). makeNegErrMessage
/// adds the 4th element (the relay's maximum record count) when `maxRecords` is set, as NIP-77
/// suggests for "blocked:".
std::string makeNegMsgMessage(std::string_view subscriptionId, std::string_view hex);
std::string makeNegErrMessage(std::string_view subscriptionId, std::string_view reason,
                              std::optional<uint64_t> maxRecords = std::nullopt);
/// ["AUTH", "<challenge>"] (NIP-42).
std::string makeAuthChallengeMessage(std::string_view challenge);

} // namespace roost::nostr
