#pragma once
// A compiled NIP-01 filter: sorted lookup tables, matched without allocation (NIP-01 §Filters).
#include "nostr/Event.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace roost::nostr {

/// One `#x` condition: the tag letter (a-z, A-Z) and its accepted values, sorted and unique.
struct TagCondition {
    char letter = 0;
    std::vector<std::string> values;
};

/// A compiled filter. An absent condition is std::nullopt; a present but empty list matches
/// nothing. Lists are sorted ascending and deduplicated so matching is a binary search.
/// since/until are inclusive Unix seconds; limit is the client's value (already clamped by the
/// parser to the relay's maximum), std::nullopt when absent.
struct Filter {
    std::optional<std::vector<Id>> ids;
    std::optional<std::vector<PubKey>> authors;
    std::optional<std::vector<uint32_t>> kinds;
    std::vector<TagCondition> tags; ///< sorted by letter, at most one entry per letter
    int64_t since = std::numeric_limits<int64_t>::min();
    int64_t until = std::numeric_limits<int64_t>::max();
    std::optional<uint32_t> limit;
    /// Not from the client: the relay's privacy rule for direct messages (DESIGN.md §Access
    /// levels). When set, an event of a private kind (isPrivateKind) matches only if one of these
    /// keys wrote it or is p-tagged in it. Sorted; empty = private kinds never match.
    std::optional<std::vector<PubKey>> privateReaders;

    /// True when `event` satisfies every condition (NIP-01: conditions are ANDed; a tag
    /// condition matches when some tag has name == letter and tag[1] among the values).
    bool matches(const Event& event) const;
    /// True when no event can match (an empty list, or since > until). `limit` is not
    /// considered: limit 0 means no stored events but still live ones.
    bool matchesNothing() const;
};

/// Direct-message kinds served only to a party of the message: 4 (NIP-04), 14 (NIP-17 chat
/// message), 1059 (NIP-59 gift wrap).
inline bool isPrivateKind(uint32_t kind) { return kind == 4 || kind == 14 || kind == 1059; }

/// Limits applied while compiling filters (NIP-11 `limitation`).
struct FilterLimits {
    uint32_t maxLimit = 5000;       ///< larger `limit` values are clamped to this
    uint32_t maxValuesPerList = 10000; ///< more values in one list -> ParseError
};

/// Parses one filter object. ids/authors and `#e`/`#p` values must be 64 lowercase hex
/// (NIP-01: they name events and keys), other tag values are kept as given; tag keys other than a single letter, and
/// unknown keys, are ParseError("unsupported: ...") ; wrong types are ParseError("invalid: ...").
Filter parseFilter(std::string_view json, const FilterLimits& limits = {});

/// True when any filter in the list matches (NIP-01: filters in one REQ are ORed).
bool matchesAny(const std::vector<Filter>& filters, const Event& event);

} // namespace roost::nostr
