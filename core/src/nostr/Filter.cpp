#include "nostr/Filter.h"

#include "nostr/Hex.h"
#include "nostr/JsonDom.h"

#include <algorithm>

namespace roost::nostr {

namespace {

template <class T>
void sortUnique(std::vector<T>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

simdjson::dom::array listField(simdjson::dom::element value, std::string_view key, const FilterLimits& limits) {
    simdjson::dom::array arr;
    if (value.get_array().get(arr) != simdjson::SUCCESS)
        throw ParseError("invalid: filter field \"" + std::string(key) + "\" is not an array");
    if (arr.size() > limits.maxValuesPerList)
        throw ParseError("invalid: filter field \"" + std::string(key) + "\" has too many values");
    return arr;
}

std::vector<std::array<uint8_t, 32>> hexList(simdjson::dom::element value, std::string_view key,
                                             const FilterLimits& limits) {
    std::vector<std::array<uint8_t, 32>> out;
    for (simdjson::dom::element item : listField(value, key, limits)) {
        std::string_view s;
        std::array<uint8_t, 32> bytes{};
        if (item.get_string().get(s) != simdjson::SUCCESS || !fromHex(s, bytes))
            throw ParseError("invalid: \"" + std::string(key) + "\" values must be 64 lowercase hex characters");
        out.push_back(bytes);
    }
    sortUnique(out);
    return out;
}

int64_t integerField(simdjson::dom::element value, std::string_view key) {
    int64_t v = 0;
    if (!value.is_int64() || value.get_int64().get(v) != simdjson::SUCCESS)
        throw ParseError("invalid: filter field \"" + std::string(key) + "\" is not an integer");
    return v;
}

bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

} // namespace

namespace detail {

Filter filterFromElement(simdjson::dom::element element, const FilterLimits& limits) {
    simdjson::dom::object obj;
    if (element.get_object().get(obj) != simdjson::SUCCESS) throw ParseError("invalid: a filter is not a JSON object");
    Filter f;
    for (auto [key, value] : obj) {
        if (key == "ids") {
            f.ids = hexList(value, key, limits);
        } else if (key == "authors") {
            f.authors = hexList(value, key, limits);
        } else if (key == "kinds") {
            std::vector<uint32_t> kinds;
            for (simdjson::dom::element item : listField(value, key, limits)) {
                const int64_t k = integerField(item, key);
                if (k < 0 || k > 65535) throw ParseError("invalid: \"kinds\" values must be in 0..65535");
                kinds.push_back(uint32_t(k));
            }
            sortUnique(kinds);
            f.kinds = std::move(kinds);
        } else if (key == "since") {
            f.since = integerField(value, key);
        } else if (key == "until") {
            f.until = integerField(value, key);
        } else if (key == "limit") {
            const int64_t l = integerField(value, key);
            if (l < 0) throw ParseError("invalid: \"limit\" is negative");
            f.limit = uint32_t(std::min<int64_t>(l, limits.maxLimit));
        } else if (key.size() == 2 && key[0] == '#' && isLetter(key[1])) {
            TagCondition cond{key[1], {}};
            for (simdjson::dom::element item : listField(value, key, limits)) {
                std::string_view s;
                if (item.get_string().get(s) != simdjson::SUCCESS)
                    throw ParseError("invalid: \"" + std::string(key) + "\" values must be strings");
                // NIP-01: e and p tags hold an event id / a public key, so their filter values are
                // refused like ids/authors when they are not 64 lowercase hex.
                std::array<uint8_t, 32> bytes{};
                if ((key[1] == 'e' || key[1] == 'p') && !fromHex(s, bytes))
                    throw ParseError("invalid: \"" + std::string(key) + "\" values must be 64 lowercase hex characters");
                cond.values.emplace_back(s);
            }
            sortUnique(cond.values);
            if (std::any_of(f.tags.begin(), f.tags.end(), [&](const TagCondition& t) { return t.letter == cond.letter; }))
                throw ParseError("invalid: duplicate filter field \"" + std::string(key) + "\"");
            f.tags.push_back(std::move(cond));
        } else {
            throw ParseError("unsupported: filter field \"" + std::string(key.substr(0, 32)) + "\" is not supported");
        }
    }
    std::sort(f.tags.begin(), f.tags.end(), [](const TagCondition& a, const TagCondition& b) { return a.letter < b.letter; });
    return f;
}

} // namespace detail

Filter parseFilter(std::string_view json, const FilterLimits& limits) {
    return detail::filterFromElement(detail::parseDocument(json), limits);
}

bool Filter::matches(const Event& e) const {
    if (e.createdAt < since || e.createdAt > until) return false;
    if (ids && !std::binary_search(ids->begin(), ids->end(), e.id)) return false;
    if (authors && !std::binary_search(authors->begin(), authors->end(), e.pubkey)) return false;
    if (kinds && !std::binary_search(kinds->begin(), kinds->end(), e.kind)) return false;
    for (const TagCondition& cond : tags) {
        bool found = false;
        for (const Tag& tag : e.tags) {
            // NIP-01: only the first value of a single-letter tag is indexed and matched.
            if (tag.size() < 2 || tag[0].size() != 1 || tag[0][0] != cond.letter) continue;
            if (std::binary_search(cond.values.begin(), cond.values.end(), tag[1], std::less<>())) {
                found = true;
                break;
            }
        }
        if (!found) return false;
    }
    if (privateReaders && isPrivateKind(e.kind)) {
        if (std::binary_search(privateReaders->begin(), privateReaders->end(), e.pubkey)) return true;
        for (const Tag& tag : e.tags) {
            PubKey p{};
            if (tag.size() >= 2 && tag[0] == "p" && fromHex(tag[1], p) &&
                std::binary_search(privateReaders->begin(), privateReaders->end(), p))
                return true;
        }
        return false;
    }
    return true;
}

bool Filter::matchesNothing() const {
    if (since > until) return true;
    if ((ids && ids->empty()) || (authors && authors->empty()) || (kinds && kinds->empty())) return true;
    return std::any_of(tags.begin(), tags.end(), [](const TagCondition& t) { return t.values.empty(); });
}

bool matchesAny(const std::vector<Filter>& filters, const Event& event) {
    return std::any_of(filters.begin(), filters.end(), [&](const Filter& f) { return f.matches(event); });
}

} // namespace roost::nostr
