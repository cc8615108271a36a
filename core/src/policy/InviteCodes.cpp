#include "policy/InviteCodes.h"

#include "nostr/Hex.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <charconv>

namespace roost::policy {

namespace {

std::string mac(const nostr::SecretKey& key, std::string_view expiryHex) {
    const std::string message = "roost-nip43-invite:" + std::string(expiryHex);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
         message.size(), digest, &length);
    return nostr::toHex(std::span<const uint8_t>(digest, 16));
}

} // namespace

std::string makeInviteCode(const nostr::SecretKey& relayKey, int64_t expiresAt) {
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, uint64_t(expiresAt), 16);
    const std::string expiry(buf, end);
    return expiry + "." + mac(relayKey, expiry);
}

bool checkInviteCode(const nostr::SecretKey& relayKey, std::string_view code, int64_t now) {
    const size_t dot = code.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot > 16) return false;
    const std::string_view expiryHex = code.substr(0, dot);
    uint64_t expiry = 0;
    const auto [p, ec] = std::from_chars(expiryHex.data(), expiryHex.data() + expiryHex.size(), expiry, 16);
    if (ec != std::errc() || p != expiryHex.data() + expiryHex.size()) return false;
    const std::string expected = mac(relayKey, expiryHex);
    const std::string_view given = code.substr(dot + 1);
    // Constant time, so the code cannot be guessed byte by byte.
    if (given.size() != expected.size() || CRYPTO_memcmp(given.data(), expected.data(), given.size()) != 0) return false;
    return int64_t(expiry) > now;
}

} // namespace roost::policy
