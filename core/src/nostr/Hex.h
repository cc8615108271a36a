#pragma once
// Lowercase hex encoding and strict decoding (NIP-01 requires lowercase hex for ids, keys and sigs).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace roost::nostr {

/// Appends the lowercase hex form of `bytes` (2 characters per byte) to `out`.
void appendHex(std::string& out, std::span<const uint8_t> bytes);

/// Returns the lowercase hex form of `bytes`.
std::string toHex(std::span<const uint8_t> bytes);

/// Decodes exactly `out.size()*2` lowercase hex characters from `hex` into `out`.
/// Returns false (leaving `out` unspecified) on wrong length, uppercase or non-hex characters.
bool fromHex(std::string_view hex, std::span<uint8_t> out);

} // namespace roost::nostr
