#include "policy/InviteCodes.h"

#include "nostr/Hex.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <charconv>

namespace roost::policy {

namespace {

std::string mac(const nostr::SecretKey& key, std::string_view times) {
    const std::string message = "roost-nip43-invite:" + std::string(times);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
         message.size(), digest, &length);
    return nostr::toHex(std::span<const uint8_t>(digest, 16));
}

std::string hexNumber(int64_t v) {
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, uint64_t(std::max<int64_t>(v, 0)), 16);
    return std::string(buf, end);
}

std::optional<int64_t> parseHex(std::string_view s) {
    if (s.empty() || s.size() > 15) return std::nullopt;
    uint64_t v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v, 16);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return int64_t(v);
}

struct Parts {
    std::string_view times; // "<issued>.<expiry>", what the MAC covers
    int64_t issued = 0;
    int64_t expiry = 0;
    std::string_view mac;
};

std::optional<Parts> split(std::string_view code) {
    const size_t first = code.find('.');
    if (first == std::string_view::npos) return std::nullopt;
    const size_t second = code.find('.', first + 1);
    if (second == std::string_view::npos) return std::nullopt;
    const auto issued = parseHex(code.substr(0, first));
    const auto expiry = parseHex(code.substr(first + 1, second - first - 1));
    if (!issued || !expiry) return std::nullopt;
    return Parts{code.substr(0, second), *issued, *expiry, code.substr(second + 1)};
}

bool listed(const std::vector<std::string>& list, std::string_view code) {
    return std::find(list.begin(), list.end(), code) != list.end();
}

} // namespace

std::string makeInviteCode(const nostr::SecretKey& relayKey, int64_t issuedAt, int64_t expiresAt) {
    const std::string times = hexNumber(issuedAt) + "." + hexNumber(expiresAt);
    return times + "." + mac(relayKey, times);
}

InviteStatus inviteStatus(const nostr::SecretKey& relayKey, std::string_view code, int64_t now,
                          const InviteRules& rules) {
    const auto parts = split(code);
    if (!parts) return InviteStatus::Invalid;
    const std::string expected = mac(relayKey, parts->times);
    // Constant time, so the code cannot be guessed byte by byte.
    if (parts->mac.size() != expected.size() ||
        CRYPTO_memcmp(parts->mac.data(), expected.data(), expected.size()) != 0)
        return InviteStatus::Invalid;
    if (parts->expiry <= now) return InviteStatus::Expired;
    if (parts->issued < rules.revokedBefore || listed(rules.revoked, code)) return InviteStatus::Revoked;
    if (rules.singleUse && listed(rules.used, code)) return InviteStatus::Used;
    return InviteStatus::Valid;
}

std::string inviteRefusal(InviteStatus status) {
    switch (status) {
    case InviteStatus::Valid: return {};
    case InviteStatus::Invalid: return "restricted: that is an invalid invite code";
    case InviteStatus::Expired: return "restricted: that invite code is expired";
    case InviteStatus::Revoked: return "restricted: that invite code was revoked";
    case InviteStatus::Used: return "restricted: that invite code was already used";
    }
    return "restricted: that is an invalid invite code";
}

std::optional<int64_t> inviteExpiry(std::string_view code) {
    const auto parts = split(code);
    if (!parts) return std::nullopt;
    return parts->expiry;
}

} // namespace roost::policy
