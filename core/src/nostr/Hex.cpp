#include "nostr/Hex.h"

namespace roost::nostr {

namespace {
constexpr char kDigits[] = "0123456789abcdef";

int nibble(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}
} // namespace

void appendHex(std::string& out, std::span<const uint8_t> bytes) {
    const size_t start = out.size();
    out.resize(start + bytes.size() * 2);
    for (size_t i = 0; i < bytes.size(); ++i) {
        out[start + 2 * i] = kDigits[bytes[i] >> 4];
        out[start + 2 * i + 1] = kDigits[bytes[i] & 0x0F];
    }
}

std::string toHex(std::span<const uint8_t> bytes) {
    std::string out;
    appendHex(out, bytes);
    return out;
}

bool fromHex(std::string_view hex, std::span<uint8_t> out) {
    if (hex.size() != out.size() * 2) return false;
    for (size_t i = 0; i < out.size(); ++i) {
        const int hi = nibble(hex[2 * i]);
        const int lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0) return false;
        out[i] = uint8_t((hi << 4) | lo);
    }
    return true;
}

} // namespace roost::nostr
