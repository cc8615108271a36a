#pragma once
// The Nostr event and its kind classes (NIP-01 §Events and signatures, §Kinds).
#include "nostr/Types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace roost::nostr {

/// One tag: a non-empty array of strings; [0] is the name, [1] the (indexed) value.
using Tag = std::vector<std::string>;

/// A parsed event. All strings are UTF-8 as received (JSON escapes already decoded).
/// created_at is Unix seconds; kind is 0..65535 (checked by the parser).
struct Event {
    Id id{};
    PubKey pubkey{};
    Sig sig{};
    int64_t createdAt = 0;
    uint32_t kind = 0;
    std::vector<Tag> tags;
    std::string content;
};

/// NIP-01 §Kinds: how a relay keeps events of a kind.
enum class KindClass { Regular, Replaceable, Ephemeral, Addressable };

/// Replaceable: 0, 3, 10000–19999; ephemeral: 20000–29999; addressable: 30000–39999; else regular.
KindClass classifyKind(uint32_t kind);

/// The value of the first `d` tag, or "" when there is none (NIP-01 addressable events).
std::string_view dTagValue(const Event& event);

/// NIP-40: the first `expiration` tag as Unix seconds, or std::nullopt when there is none or it
/// is not a non-negative integer.
std::optional<int64_t> expirationOf(const Event& event);

} // namespace roost::nostr
