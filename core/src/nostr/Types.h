#pragma once
// Basic Nostr value types shared by every core module (NIP-01 §Events and signatures).
#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace roost::nostr {

/// Event id: SHA-256 of the canonical serialization, 32 raw bytes (NIP-01).
using Id = std::array<uint8_t, 32>;
/// x-only secp256k1 public key, 32 raw bytes (BIP-340).
using PubKey = std::array<uint8_t, 32>;
/// BIP-340 Schnorr signature, 64 raw bytes.
using Sig = std::array<uint8_t, 64>;
/// secp256k1 secret key, 32 raw bytes (tests, bench and the relay's own key only).
using SecretKey = std::array<uint8_t, 32>;

/// Thrown by every parser in core/nostr. what() is the full wire reason including its NIP-01
/// machine-readable prefix, e.g. "invalid: id is not 64 lowercase hex characters".
class ParseError : public std::runtime_error {
public:
    explicit ParseError(const std::string& reasonWithPrefix) : std::runtime_error(reasonWithPrefix) {}
};

} // namespace roost::nostr
