#include "sync/RelayMessage.h"

#include "nostr/Hex.h"
#include "nostr/JsonDom.h"

namespace roost::sync {

namespace {

std::string stringAt(simdjson::dom::array msg, size_t i, std::string_view verb, const char* what) {
    std::string_view s;
    if (msg.size() <= i || msg.at(i).get_string().get(s) != simdjson::SUCCESS)
        throw nostr::ParseError("invalid: " + std::string(verb) + " needs " + what + " as a string");
    return std::string(s);
}

} // namespace

RelayMessage parseRelayMessage(std::string_view text) {
    simdjson::dom::element root = nostr::detail::parseDocument(text);
    simdjson::dom::array msg;
    if (root.get_array().get(msg) != simdjson::SUCCESS) throw nostr::ParseError("invalid: message is not a JSON array");
    std::string_view verb;
    if (msg.size() == 0 || msg.at(0).get_string().get(verb) != simdjson::SUCCESS)
        throw nostr::ParseError("invalid: message has no verb");

    if (verb == "EVENT") {
        RelayEvent out;
        out.subscriptionId = stringAt(msg, 1, verb, "a subscription id");
        if (msg.size() < 3) throw nostr::ParseError("invalid: EVENT without an event");
        simdjson::dom::element ev = msg.at(2).value_unsafe();
        std::string_view idText;
        if (ev.is_object() && ev["id"].get_string().get(idText) == simdjson::SUCCESS &&
            nostr::fromHex(idText, out.event.id))
            out.hasId = true;
        try {
            const nostr::Id id = out.event.id;
            out.event = nostr::detail::eventFromElement(ev);
            if (!out.hasId) out.event.id = id;
        } catch (const nostr::ParseError& e) {
            out.problem = e.what();
        }
        return out;
    }
    if (verb == "EOSE") return RelayEose{stringAt(msg, 1, verb, "a subscription id")};
    if (verb == "OK") {
        RelayOk ok;
        const std::string id = stringAt(msg, 1, verb, "an event id");
        if (id.size() != 64 || !nostr::fromHex(id, ok.eventId)) throw nostr::ParseError("invalid: OK with a bad event id");
        bool accepted = false;
        if (msg.size() < 3 || msg.at(2).get_bool().get(accepted) != simdjson::SUCCESS)
            throw nostr::ParseError("invalid: OK needs a boolean");
        ok.accepted = accepted;
        if (msg.size() > 3) ok.message = stringAt(msg, 3, verb, "a message");
        return ok;
    }
    if (verb == "CLOSED")
        return RelayClosed{stringAt(msg, 1, verb, "a subscription id"),
                           msg.size() > 2 ? stringAt(msg, 2, verb, "a message") : std::string()};
    if (verb == "NOTICE") return RelayNotice{stringAt(msg, 1, verb, "a message")};
    if (verb == "AUTH") return RelayAuth{stringAt(msg, 1, verb, "a challenge")};
    if (verb == "NEG-MSG") return RelayNegMsg{stringAt(msg, 1, verb, "a subscription id"), stringAt(msg, 2, verb, "a message")};
    if (verb == "NEG-ERR")
        return RelayNegErr{stringAt(msg, 1, verb, "a subscription id"), stringAt(msg, 2, verb, "a reason")};
    return RelayUnknown{std::string(verb)};
}

std::string_view reasonPrefix(std::string_view reason) {
    const size_t colon = reason.find(':');
    if (colon == std::string_view::npos) return {};
    const std::string_view prefix = reason.substr(0, colon);
    for (char c : prefix)
        if (!((c >= 'a' && c <= 'z') || c == '-')) return {};
    return prefix;
}

} // namespace roost::sync
