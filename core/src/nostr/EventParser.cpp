#include "nostr/EventParser.h"

#include "nostr/Hex.h"
#include "nostr/JsonDom.h"

#include <algorithm>
#include <vector>

namespace roost::nostr {

namespace detail {

simdjson::dom::element parseDocument(std::string_view json) {
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    // parse() copies into its own padded buffer, so any string_view is fine.
    if (parser.parse(json.data(), json.size(), true).get(root) != simdjson::SUCCESS)
        throw ParseError("invalid: malformed JSON");
    return root;
}

namespace {

template <size_t N>
void readHexField(simdjson::dom::object obj, const char* key, std::array<uint8_t, N>& out) {
    std::string_view text;
    if (obj[key].get_string().get(text) != simdjson::SUCCESS)
        throw ParseError(std::string("invalid: missing or non-string \"") + key + "\"");
    if (!fromHex(text, out))
        throw ParseError(std::string("invalid: \"") + key + "\" is not " + std::to_string(N * 2) +
                         " lowercase hex characters");
}

int64_t readInteger(simdjson::dom::object obj, const char* key) {
    simdjson::dom::element el;
    if (obj[key].get(el) != simdjson::SUCCESS) throw ParseError(std::string("invalid: missing \"") + key + "\"");
    int64_t v = 0;
    if (!el.is_int64() || el.get_int64().get(v) != simdjson::SUCCESS)
        throw ParseError(std::string("invalid: \"") + key + "\" is not an integer");
    return v;
}

// Different JSON parsers keep different values of a repeated key (simdjson the first, others
// the last), so an object that repeats one is refused rather than read one way here and another
// way by a client. Sorting the keys is O(n log n) whatever the object holds.
void rejectDuplicateKeys(simdjson::dom::object obj) {
    thread_local std::vector<std::string_view> keys;
    keys.clear();
    for (auto field : obj) keys.push_back(field.key);
    std::sort(keys.begin(), keys.end());
    const auto dup = std::adjacent_find(keys.begin(), keys.end());
    if (dup != keys.end()) {
        std::string name(dup->substr(0, 32));
        throw ParseError("invalid: duplicate key \"" + name + "\" in the event");
    }
}

} // namespace

Event eventFromElement(simdjson::dom::element element) {
    simdjson::dom::object obj;
    if (element.get_object().get(obj) != simdjson::SUCCESS) throw ParseError("invalid: event is not a JSON object");
    rejectDuplicateKeys(obj);
    Event e;
    readHexField(obj, "id", e.id);
    readHexField(obj, "pubkey", e.pubkey);
    readHexField(obj, "sig", e.sig);
    e.createdAt = readInteger(obj, "created_at");
    if (e.createdAt < 0) throw ParseError("invalid: \"created_at\" is negative");
    const int64_t kind = readInteger(obj, "kind");
    if (kind < 0 || kind > 65535) throw ParseError("invalid: \"kind\" is not in 0..65535");
    e.kind = uint32_t(kind);

    simdjson::dom::array tags;
    if (obj["tags"].get_array().get(tags) != simdjson::SUCCESS)
        throw ParseError("invalid: missing or non-array \"tags\"");
    e.tags.reserve(tags.size());
    for (simdjson::dom::element tagEl : tags) {
        simdjson::dom::array tag;
        if (tagEl.get_array().get(tag) != simdjson::SUCCESS) throw ParseError("invalid: a tag is not an array");
        if (tag.size() == 0) throw ParseError("invalid: a tag is an empty array");
        Tag& out = e.tags.emplace_back();
        out.reserve(tag.size());
        for (simdjson::dom::element item : tag) {
            std::string_view s;
            if (item.get_string().get(s) != simdjson::SUCCESS) throw ParseError("invalid: a tag element is not a string");
            out.emplace_back(s);
        }
    }
    std::string_view content;
    if (obj["content"].get_string().get(content) != simdjson::SUCCESS)
        throw ParseError("invalid: missing or non-string \"content\"");
    e.content.assign(content);
    return e;
}

} // namespace detail

Event parseEvent(std::string_view json) { return detail::eventFromElement(detail::parseDocument(json)); }

} // namespace roost::nostr
