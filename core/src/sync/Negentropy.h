#pragma once
// Negentropy Protocol V1 (NIP-77 appendix): range-based set reconciliation of
// (timestamp, id) records. Pure code: no threads, no I/O, no Qt. One implementation serves
// both sides: the relay answering NEG-OPEN/NEG-MSG and our own sync client.
//
// This header is the contract between the relay side (relay/) and the sync client (sync/);
// keep these signatures stable, add to them rather than change them.
#include "nostr/Types.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace roost::sync {

/// One record: created_at (Unix seconds; UINT64_MAX is reserved for "infinity") and the
/// event id (32 raw bytes). Ordered by timestamp, then id bytewise (NIP-77 §Preparation).
struct NegItem {
    uint64_t timestamp = 0;
    nostr::Id id{};
    friend auto operator<=>(const NegItem&, const NegItem&) = default;
};

/// The first 16 bytes of SHA-256(sum of ids mod 2^256, little-endian || varint(count)).
using Fingerprint = std::array<uint8_t, 16>;

/// Thrown on a malformed message (truncated, bad mode, varint overflow, bounds out of order,
/// ...). what() carries a reason fit for NEG-ERR / NOTICE, without prefix.
class NegentropyError : public std::runtime_error {
public:
    explicit NegentropyError(const std::string& reason) : std::runtime_error(reason) {}
};

/// The records one side reconciles over, sorted ascending (timestamp, id), read-only while a
/// reconciliation uses it. Implementations: NegVectorStorage (sorted vector with prefix sums:
/// O(1) range fingerprints after one O(n) pass) and whatever the store provides.
class NegStorage {
public:
    virtual ~NegStorage() = default;
    /// Number of records.
    virtual size_t size() const = 0;
    /// Record at position `i` (0 <= i < size()).
    virtual NegItem at(size_t i) const = 0;
    /// First position in [begin, end) whose record is >= `bound` (timestamp, then id bytes), or
    /// `end` when none is.
    virtual size_t lowerBound(size_t begin, size_t end, const NegItem& bound) const = 0;
    /// Fingerprint of the records at positions [begin, end).
    virtual Fingerprint fingerprint(size_t begin, size_t end) const = 0;
};

/// A sorted vector of records. insert() any number of items, then seal() (sorts, drops exact
/// duplicates, computes prefix sums); range fingerprints then cost O(1).
class NegVectorStorage final : public NegStorage {
public:
    void reserve(size_t n);
    void insert(uint64_t timestamp, const nostr::Id& id);
    void seal();
    size_t size() const override;
    NegItem at(size_t i) const override;
    size_t lowerBound(size_t begin, size_t end, const NegItem& bound) const override;
    Fingerprint fingerprint(size_t begin, size_t end) const override;
private:
    std::vector<NegItem> m_items;
    std::vector<std::array<uint8_t, 32>> m_prefix; // m_prefix[i] = sum of ids [0, i) mod 2^256
    bool m_sealed = false;
};

/// One side of a reconciliation over a storage it does not own (the storage must outlive it).
/// `frameSizeLimit` bounds every message this side produces, in bytes of binary (0 = no limit;
/// otherwise at least 4096): a message that would be longer ends with a Fingerprint range for
/// the rest, so the exchange takes more rounds instead of bigger frames.
class Negentropy {
public:
    explicit Negentropy(const NegStorage& storage, size_t frameSizeLimit = 0);

    /// Client: the first message (binary, protocol version byte 0x61 first). Call once.
    std::string initiate();

    /// Server: answers one client message (binary). A message with another protocol version
    /// byte is answered with the single byte 0x61 (the downgrade answer). Throws
    /// NegentropyError on a malformed message.
    std::string reconcile(std::string_view query);

    /// Client: processes the server's answer, appending the ids we have and the server lacks to
    /// `have` and the ids the server has and we lack to `need`. Returns the next message to
    /// send, or nullopt when reconciliation is complete. Throws NegentropyError on a malformed
    /// message or an unsupported protocol version.
    std::optional<std::string> reconcile(std::string_view answer, std::vector<nostr::Id>& have,
                                         std::vector<nostr::Id>& need);

private:
    /// Processes the ranges of `message` (version byte already checked); the initiator collects
    /// have/need from IdLists. Returns our next message.
    std::string process(std::string_view message, std::vector<nostr::Id>& have, std::vector<nostr::Id>& need);

    const NegStorage& m_storage;
    size_t m_frameSizeLimit;
    bool m_isInitiator = false;
};

// ---- Wire pieces, exposed for tests and tools (NIP-77 appendix) -------------------------

/// Appends `value` as a Varint: base-128 digits, most significant first, high bit set on all
/// but the last byte, as few digits as possible (§Varint).
void negAppendVarint(std::string& out, uint64_t value);
/// Reads one Varint from the front of `in` and advances it. Throws NegentropyError when
/// truncated or wider than 64 bits.
uint64_t negReadVarint(std::string_view& in);
/// Appends a Bound (§Bound): timestamp as 0 (infinity) or 1 + (timestamp - lastTimestamp), then
/// the id prefix without its trailing zero bytes. Updates `lastTimestamp` (0 at message start).
void negAppendBound(std::string& out, const NegItem& bound, uint64_t& lastTimestamp);
/// Reads one Bound from the front of `in` (advancing it); omitted id bytes are zero. Throws
/// NegentropyError when truncated, the prefix is over 32 bytes or the timestamp overflows.
NegItem negReadBound(std::string_view& in, uint64_t& lastTimestamp);
/// The shortest bound b with prev < b <= curr (requires prev < curr): curr's timestamp and no
/// id prefix when the timestamps differ, else the common id prefix plus one byte.
NegItem negMinimalBound(const NegItem& prev, const NegItem& curr);
/// Fingerprint of a range given the sum of its ids mod 2^256 (32 bytes little-endian) and its
/// record count: SHA-256(sum || Varint(count)), first 16 bytes (§Fingerprint Algorithm).
Fingerprint negFingerprint(const std::array<uint8_t, 32>& sum, uint64_t count);

/// NIP-77 wire form of a binary message: lowercase hex, two characters per byte.
std::string negToHex(std::string_view binary);
/// The binary message of NIP-77 hex (either case); throws NegentropyError on an odd length or a
/// non-hex character.
std::string negFromHex(std::string_view hex);

} // namespace roost::sync
