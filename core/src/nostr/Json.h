#pragma once
// JSON string escaping for the two serializations Roost produces.
#include <string>
#include <string_view>

namespace roost::nostr {

/// Appends `s` as a JSON string literal (with quotes) escaped exactly as NIP-01 prescribes for
/// the id serialization: \n \" \\ \r \t \b \f escaped, every other byte verbatim.
void appendCanonicalString(std::string& out, std::string_view s);

/// Appends `s` as a JSON string literal for wire messages: like appendCanonicalString, and in
/// addition every other control character (U+0000–U+001F) as \u00XX so the output is valid
/// JSON (RFC 8259). Parsing the result gives back `s` byte for byte.
void appendWireString(std::string& out, std::string_view s);

} // namespace roost::nostr
