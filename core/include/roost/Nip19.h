#pragma once
// NIP-19 bare entities (npub, nsec, note): bech32 (BIP-173, not bech32m) over 32 bytes, for
// display and input only; the protocol itself (events, filters) always uses lowercase hex.
#include <QString>

#include <optional>

namespace roost::nip19 {

/// Encodes a 32-byte value given as 64 hex characters (either case) as bech32 with the
/// human-readable part `hrp` (lowercase, e.g. "npub", "note", "nsec"), e.g. "npub1…" (63
/// characters for a 4-letter hrp). Returns an empty string when `hex` is not 64 hex
/// characters or `hrp` is empty or not printable ASCII (BIP-173 §Bech32).
QString encode(const QString& hrp, const QString& hex);

/// Decodes `bech32` (all lowercase or all uppercase, as BIP-173 requires) whose
/// human-readable part is `hrp` and whose data is exactly 32 bytes; returns them as 64
/// lowercase hex characters. std::nullopt on a wrong prefix, a bad character, mixed case, a
/// bad checksum, a length other than 32 bytes or non-zero padding bits. TLV entities
/// (nprofile, nevent, naddr) are not decoded.
std::optional<QString> decode(const QString& bech32, const QString& hrp);

/// NIP-19 "npub": encode(u"npub", pubkeyHex).
QString npubFromHex(const QString& pubkeyHex);
/// NIP-19 "note": encode(u"note", eventIdHex).
QString noteFromHex(const QString& eventIdHex);

/// Reads what a person typed for a key or id: 64 hex characters (either case) or the bech32
/// form with `hrp` ("npub" for authors, "note" for event ids), surrounding spaces and an
/// optional "nostr:" URI prefix (NIP-21) ignored. Returns 64 lowercase hex characters, or
/// std::nullopt when `text` is neither.
std::optional<QString> hexFromInput(const QString& text, const QString& hrp);

} // namespace roost::nip19
