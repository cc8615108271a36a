#include "nostr/Messages.h"

#include "nostr/Hex.h"
#include "nostr/Json.h"
#include "nostr/JsonDom.h"

namespace roost::nostr {

namespace {

std::string readSubscriptionId(simdjson::dom::array msg, const MessageLimits& limits) {
    std::string_view id;
    if (msg.size() < 2 || msg.at(1).get_string().get(id) != simdjson::SUCCESS)
        throw ParseError("invalid: subscription id must be a string");
    if (id.empty()) throw ParseError("invalid: subscription id is empty");
    if (id.size() > limits.maxSubidLength)
        throw ParseError("invalid: subscription id is longer than " + std::to_string(limits.maxSubidLength) +
                         " characters");
    return std::string(id);
}

std::vector<Filter> readFilters(simdjson::dom::array msg, const MessageLimits& limits) {
    if (msg.size() < 3) throw ParseError("invalid: no filters");
    if (msg.size() - 2 > limits.maxFilters)
        throw ParseError("invalid: too many filters (max_filters is " + std::to_string(limits.maxFilters) + ")");
    std::vector<Filter> filters;
    filters.reserve(msg.size() - 2);
    size_t i = 0;
    for (simdjson::dom::element el : msg) {
        if (i++ < 2) continue;
        filters.push_back(detail::filterFromElement(el, limits.filter));
    }
    return filters;
}

} // namespace

ClientMessage parseClientMessage(std::string_view text, const MessageLimits& limits, ParseContext* context) {
    simdjson::dom::element root = detail::parseDocument(text);
    simdjson::dom::array msg;
    if (root.get_array().get(msg) != simdjson::SUCCESS) throw ParseError("invalid: message is not a JSON array");
    std::string_view verb;
    if (msg.size() == 0 || msg.at(0).get_string().get(verb) != simdjson::SUCCESS)
        throw ParseError("invalid: message has no verb");

    if (verb == "EVENT" || verb == "AUTH") {
        if (msg.size() != 2) throw ParseError("invalid: " + std::string(verb) + " takes exactly one event");
        simdjson::dom::element eventEl = msg.at(1).value_unsafe();
        std::string_view idText;
        if (context && eventEl.is_object() && eventEl["id"].get_string().get(idText) == simdjson::SUCCESS &&
            fromHex(idText, context->eventId))
            context->hasEventId = true;
        Event event = detail::eventFromElement(eventEl);
        if (verb == "EVENT") return EventMessage{std::move(event)};
        return AuthMessage{std::move(event)};
    }
    if (verb == "REQ" || verb == "COUNT") {
        std::string subId = readSubscriptionId(msg, limits);
        if (context) context->subscriptionId = subId;
        std::vector<Filter> filters = readFilters(msg, limits);
        if (verb == "REQ") return ReqMessage{std::move(subId), std::move(filters)};
        return CountMessage{std::move(subId), std::move(filters)};
    }
    if (verb == "CLOSE") {
        if (msg.size() != 2) throw ParseError("invalid: CLOSE takes exactly one subscription id");
        return CloseMessage{readSubscriptionId(msg, limits)};
    }
    if (verb == "NEG-OPEN" || verb == "NEG-MSG" || verb == "NEG-CLOSE") {
        if (context) context->negentropy = true;
        std::string subId = readSubscriptionId(msg, limits);
        if (context) context->subscriptionId = subId;
        auto hexAt = [&](size_t i) {
            std::string_view hex;
            if (msg.at(i).get_string().get(hex) != simdjson::SUCCESS)
                throw ParseError("invalid: negentropy message must be a hex string");
            return std::string(hex);
        };
        if (verb == "NEG-OPEN") {
            if (msg.size() != 4) throw ParseError("invalid: NEG-OPEN takes a subscription id, one filter and a message");
            Filter filter = detail::filterFromElement(msg.at(2).value_unsafe(), limits.filter);
            return NegOpenMessage{std::move(subId), std::move(filter), hexAt(3)};
        }
        if (verb == "NEG-MSG") {
            if (msg.size() != 3) throw ParseError("invalid: NEG-MSG takes a subscription id and a message");
            return NegMsgMessage{std::move(subId), hexAt(2)};
        }
        if (msg.size() != 2) throw ParseError("invalid: NEG-CLOSE takes exactly one subscription id");
        return NegCloseMessage{std::move(subId)};
    }
    return UnknownMessage{std::string(verb)};
}

void appendEventMessage(std::string& out, std::string_view subscriptionId, std::string_view eventJson) {
    out.reserve(out.size() + eventJson.size() + subscriptionId.size() + 16);
    out += "[\"EVENT\",";
    appendWireString(out, subscriptionId);
    out.push_back(',');
    out += eventJson;
    out.push_back(']');
}

std::string makeEventMessage(std::string_view subscriptionId, std::string_view eventJson) {
    std::string out;
    appendEventMessage(out, subscriptionId, eventJson);
    return out;
}

std::string makeOkMessage(const Id& eventId, bool accepted, std::string_view reason) {
    std::string out = "[\"OK\",\"";
    appendHex(out, eventId);
    out += accepted ? "\",true," : "\",false,";
    appendWireString(out, reason);
    out.push_back(']');
    return out;
}

std::string makeEoseMessage(std::string_view subscriptionId) {
    std::string out = "[\"EOSE\",";
    appendWireString(out, subscriptionId);
    out.push_back(']');
    return out;
}

std::string makeClosedMessage(std::string_view subscriptionId, std::string_view reason) {
    std::string out = "[\"CLOSED\",";
    appendWireString(out, subscriptionId);
    out.push_back(',');
    appendWireString(out, reason);
    out.push_back(']');
    return out;
}

std::string makeNoticeMessage(std::string_view message) {
    std::string out = "[\"NOTICE\",";
    appendWireString(out, message);
    out.push_back(']');
    return out;
}

std::string makeCountMessage(std::string_view subscriptionId, uint64_t count) {
    std::string out = "[\"COUNT\",";
    appendWireString(out, subscriptionId);
    out += ",{\"count\":";
    out += std::to_string(count);
    out += "}]";
    return out;
}

std::string makeNegMsgMessage(std::string_view subscriptionId, std::string_view hex) {
    std::string out = "[\"NEG-MSG\",";
    appendWireString(out, subscriptionId);
    out.push_back(',');
    appendWireString(out, hex);
    out.push_back(']');
    return out;
}

std::string makeNegErrMessage(std::string_view subscriptionId, std::string_view reason,
                              std::optional<uint64_t> maxRecords) {
    std::string out = "[\"NEG-ERR\",";
    appendWireString(out, subscriptionId);
    out.push_back(',');
    appendWireString(out, reason);
    if (maxRecords) {
        out.push_back(',');
        out += std::to_string(*maxRecords);
    }
    out.push_back(']');
    return out;
}

std::string makeAuthChallengeMessage(std::string_view challenge) {
    std::string out = "[\"AUTH\",";
    appendWireString(out, challenge);
    out.push_back(']');
    return out;
}

} // namespace roost::nostr
