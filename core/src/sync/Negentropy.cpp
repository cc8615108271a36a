#include "sync/Negentropy.h"

#include <openssl/sha.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>

namespace roost::sync {

namespace {

constexpr uint8_t kProtocolVersion = 0x61;
constexpr uint64_t kInfinity = std::numeric_limits<uint64_t>::max();
/// Ranges with fewer records than this are sent as an IdList, larger ones are split into
/// kBuckets Fingerprint ranges.
constexpr size_t kBuckets = 16;
constexpr size_t kIdListThreshold = 2 * kBuckets;
/// Room kept free in a size-limited message for the closing Skip + Fingerprint ranges.
constexpr size_t kFrameReserve = 128;

enum Mode : uint64_t { Skip = 0, FingerprintMode = 1, IdList = 2 };

// ---- 256-bit little-endian arithmetic on 4 x 64-bit limbs -------------------------------

using Limbs = std::array<uint64_t, 4>;

Limbs toLimbs(const uint8_t* bytes) {
    Limbs out{};
    for (int l = 0; l < 4; ++l) {
        uint64_t v = 0;
        for (int b = 7; b >= 0; --b) v = (v << 8) | bytes[l * 8 + b];
        out[l] = v;
    }
    return out;
}

void fromLimbs(const Limbs& limbs, uint8_t* bytes) {
    for (int l = 0; l < 4; ++l)
        for (int b = 0; b < 8; ++b) bytes[l * 8 + b] = uint8_t(limbs[l] >> (8 * b));
}

void addInPlace(Limbs& a, const Limbs& b) {
    uint64_t carry = 0;
    for (int i = 0; i < 4; ++i) {
        const uint64_t s = a[i] + b[i];
        const uint64_t c1 = s < a[i];
        const uint64_t s2 = s + carry;
        const uint64_t c2 = s2 < s;
        a[i] = s2;
        carry = c1 | c2;
    }
}

Limbs subtract(const Limbs& a, const Limbs& b) {
    Limbs out{};
    uint64_t borrow = 0;
    for (int i = 0; i < 4; ++i) {
        const uint64_t d = a[i] - b[i];
        const uint64_t b1 = a[i] < b[i];
        const uint64_t d2 = d - borrow;
        const uint64_t b2 = d < borrow;
        out[i] = d2;
        borrow = b1 | b2;
    }
    return out;
}

// ---- varints and bounds -------------------------------------------------------------

class Reader {
public:
    explicit Reader(std::string_view data) : m_data(data) {}
    bool atEnd() const { return m_pos >= m_data.size(); }
    size_t remaining() const { return m_data.size() - m_pos; }

    uint8_t byte() {
        if (atEnd()) throw NegentropyError("truncated message");
        return uint8_t(m_data[m_pos++]);
    }
    uint64_t varint() {
        uint64_t v = 0;
        for (int digits = 0;; ++digits) {
            if (digits >= 10) throw NegentropyError("varint too long");
            const uint8_t b = byte();
            if (v > (std::numeric_limits<uint64_t>::max() >> 7)) throw NegentropyError("varint overflows 64 bits");
            v = (v << 7) | (b & 0x7f);
            if (!(b & 0x80)) return v;
        }
    }
    std::string_view bytes(size_t n) {
        if (remaining() < n) throw NegentropyError("truncated message");
        std::string_view out = m_data.substr(m_pos, n);
        m_pos += n;
        return out;
    }

private:
    std::string_view m_data;
    size_t m_pos = 0;
};

/// Per-message state of the timestamp delta encoding (NIP-77 appendix §Bound).
struct TimestampCodec {
    uint64_t last = 0;
};

NegItem readBound(Reader& r, TimestampCodec& codec) {
    const uint64_t encoded = r.varint();
    NegItem bound;
    if (encoded == 0) {
        bound.timestamp = kInfinity;
    } else {
        const uint64_t offset = encoded - 1;
        if (codec.last == kInfinity || offset >= kInfinity - codec.last)
            throw NegentropyError("bound timestamp out of range");
        bound.timestamp = codec.last + offset;
    }
    codec.last = bound.timestamp;
    const uint64_t length = r.varint();
    if (length > 32) throw NegentropyError("bound id prefix longer than 32 bytes");
    const std::string_view prefix = r.bytes(size_t(length));
    std::memcpy(bound.id.data(), prefix.data(), prefix.size());
    return bound;
}

void writeBound(std::string& out, const NegItem& bound, TimestampCodec& codec) {
    if (bound.timestamp == kInfinity) {
        negAppendVarint(out, 0);
    } else {
        negAppendVarint(out, 1 + (bound.timestamp - codec.last));
    }
    codec.last = bound.timestamp;
    size_t length = bound.id.size();
    while (length > 0 && bound.id[length - 1] == 0) --length;
    if (bound.timestamp == kInfinity) length = 0;
    negAppendVarint(out, length);
    out.append(reinterpret_cast<const char*>(bound.id.data()), length);
}

NegItem infinityBound() {
    NegItem b;
    b.timestamp = kInfinity;
    return b;
}

/// Builds one outgoing message: ranges in ascending order, runs of Skip ranges merged and a
/// trailing Skip left implicit.
class Writer {
public:
    Writer() { m_out.push_back(char(kProtocolVersion)); }

    void skip(const NegItem& upper) { m_pendingSkip = upper; m_hasPendingSkip = true; }

    /// Appends a non-Skip range, preceded by the pending Skip if any. `body` is mode + payload.
    void range(const NegItem& upper, std::string_view body) {
        flushSkip();
        writeBound(m_out, upper, m_codec);
        m_out.append(body);
        m_hasRanges = true;
    }

    /// Bytes this message would have after range(upper-ish bound, body), overestimated.
    size_t sizeWith(size_t bodySize) const {
        return m_out.size() + (m_hasPendingSkip ? 12 + 32 : 0) + 12 + 32 + bodySize;
    }

    bool hasRanges() const { return m_hasRanges; }
    std::string take() { return std::move(m_out); }

private:
    void flushSkip() {
        if (!m_hasPendingSkip) return;
        m_hasPendingSkip = false;
        writeBound(m_out, m_pendingSkip, m_codec);
        negAppendVarint(m_out, Skip);
    }

    std::string m_out;
    TimestampCodec m_codec;
    NegItem m_pendingSkip;
    bool m_hasPendingSkip = false;
    bool m_hasRanges = false;
};

std::string fingerprintBody(const Fingerprint& fp) {
    std::string body;
    negAppendVarint(body, FingerprintMode);
    body.append(reinterpret_cast<const char*>(fp.data()), fp.size());
    return body;
}

} // namespace

// ---- public helpers ------------------------------------------------------------------

void negAppendVarint(std::string& out, uint64_t value) {
    char digits[10];
    int n = 0;
    do {
        digits[n++] = char(value & 0x7f);
        value >>= 7;
    } while (value != 0);
    for (int i = n - 1; i >= 0; --i) out.push_back(char(uint8_t(digits[i]) | (i > 0 ? 0x80 : 0)));
}

uint64_t negReadVarint(std::string_view& in) {
    Reader r(in);
    const uint64_t v = r.varint();
    in.remove_prefix(in.size() - r.remaining());
    return v;
}

void negAppendBound(std::string& out, const NegItem& bound, uint64_t& lastTimestamp) {
    TimestampCodec codec{lastTimestamp};
    writeBound(out, bound, codec);
    lastTimestamp = codec.last;
}

NegItem negReadBound(std::string_view& in, uint64_t& lastTimestamp) {
    Reader r(in);
    TimestampCodec codec{lastTimestamp};
    NegItem bound = readBound(r, codec);
    lastTimestamp = codec.last;
    in.remove_prefix(in.size() - r.remaining());
    return bound;
}

NegItem negMinimalBound(const NegItem& prev, const NegItem& curr) {
    NegItem bound;
    bound.timestamp = curr.timestamp;
    if (curr.timestamp != prev.timestamp) return bound;
    size_t common = 0;
    while (common < curr.id.size() && curr.id[common] == prev.id[common]) ++common;
    const size_t length = std::min(common + 1, curr.id.size());
    std::copy_n(curr.id.begin(), length, bound.id.begin());
    return bound;
}

Fingerprint negFingerprint(const std::array<uint8_t, 32>& sum, uint64_t count) {
    uint8_t input[32 + 10];
    std::memcpy(input, sum.data(), 32);
    std::string varint;
    negAppendVarint(varint, count);
    std::memcpy(input + 32, varint.data(), varint.size());
    uint8_t digest[SHA256_DIGEST_LENGTH];
    SHA256(input, 32 + varint.size(), digest);
    Fingerprint fp;
    std::copy_n(digest, fp.size(), fp.begin());
    return fp;
}

std::string negToHex(std::string_view binary) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.resize(binary.size() * 2);
    for (size_t i = 0; i < binary.size(); ++i) {
        const auto b = uint8_t(binary[i]);
        out[2 * i] = kDigits[b >> 4];
        out[2 * i + 1] = kDigits[b & 0xf];
    }
    return out;
}

std::string negFromHex(std::string_view hex) {
    if (hex.size() % 2) throw NegentropyError("odd-length hex");
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        throw NegentropyError("bad hex character");
    };
    std::string out;
    out.resize(hex.size() / 2);
    for (size_t i = 0; i < out.size(); ++i) out[i] = char(nibble(hex[2 * i]) << 4 | nibble(hex[2 * i + 1]));
    return out;
}

// ---- NegVectorStorage -----------------------------------------------------------------

void NegVectorStorage::reserve(size_t n) { m_items.reserve(n); }

void NegVectorStorage::insert(uint64_t timestamp, const nostr::Id& id) {
    if (m_sealed) throw std::logic_error("NegVectorStorage::insert after seal");
    if (timestamp == kInfinity) throw NegentropyError("timestamp 2^64-1 is reserved for infinity");
    m_items.push_back(NegItem{timestamp, id});
}

void NegVectorStorage::seal() {
    if (m_sealed) return;
    std::sort(m_items.begin(), m_items.end());
    m_items.erase(std::unique(m_items.begin(), m_items.end()), m_items.end());
    m_items.shrink_to_fit();
    m_prefix.resize(m_items.size() + 1);
    Limbs sum{};
    fromLimbs(sum, m_prefix[0].data());
    for (size_t i = 0; i < m_items.size(); ++i) {
        addInPlace(sum, toLimbs(m_items[i].id.data()));
        fromLimbs(sum, m_prefix[i + 1].data());
    }
    m_sealed = true;
}

size_t NegVectorStorage::size() const { return m_items.size(); }

NegItem NegVectorStorage::at(size_t i) const { return m_items.at(i); }

size_t NegVectorStorage::lowerBound(size_t begin, size_t end, const NegItem& bound) const {
    if (!m_sealed) throw std::logic_error("NegVectorStorage used before seal");
    end = std::min(end, m_items.size());
    begin = std::min(begin, end);
    return size_t(std::lower_bound(m_items.begin() + ptrdiff_t(begin), m_items.begin() + ptrdiff_t(end), bound) -
                  m_items.begin());
}

Fingerprint NegVectorStorage::fingerprint(size_t begin, size_t end) const {
    if (!m_sealed) throw std::logic_error("NegVectorStorage used before seal");
    if (begin > end || end > m_items.size()) throw std::out_of_range("NegVectorStorage::fingerprint");
    const Limbs sum = subtract(toLimbs(m_prefix[end].data()), toLimbs(m_prefix[begin].data()));
    std::array<uint8_t, 32> bytes;
    fromLimbs(sum, bytes.data());
    return negFingerprint(bytes, end - begin);
}

// ---- Negentropy ---------------------------------------------------------------------

Negentropy::Negentropy(const NegStorage& storage, size_t frameSizeLimit)
    : m_storage(storage), m_frameSizeLimit(frameSizeLimit) {
    if (frameSizeLimit != 0 && frameSizeLimit < 4096)
        throw std::invalid_argument("negentropy frame size limit must be 0 or at least 4096");
}

namespace {

/// Appends the answer for our records [lower, upper) (whose range ends at `upperBound`) after a
/// fingerprint mismatch: an IdList when the range is small, otherwise kBuckets Fingerprint
/// ranges of near-equal size.
void splitRange(const NegStorage& storage, Writer& w, size_t lower, size_t upper, const NegItem& upperBound) {
    const size_t n = upper - lower;
    if (n < kIdListThreshold) {
        std::string body;
        negAppendVarint(body, IdList);
        negAppendVarint(body, n);
        for (size_t i = lower; i < upper; ++i) {
            const NegItem item = storage.at(i);
            body.append(reinterpret_cast<const char*>(item.id.data()), item.id.size());
        }
        w.range(upperBound, body);
        return;
    }
    const size_t per = n / kBuckets;
    const size_t extra = n % kBuckets;
    size_t pos = lower;
    for (size_t b = 0; b < kBuckets; ++b) {
        const size_t len = per + (b < extra ? 1 : 0);
        const size_t next = pos + len;
        const NegItem bound = next == upper ? upperBound : negMinimalBound(storage.at(next - 1), storage.at(next));
        w.range(bound, fingerprintBody(storage.fingerprint(pos, next)));
        pos = next;
    }
}

/// Size of splitRange's output for a range of `n` records, overestimated.
size_t splitSize(size_t n) {
    if (n < kIdListThreshold) return 2 + 10 + n * 32;
    return kBuckets * (12 + 32 + 1 + 16);
}

} // namespace

std::string Negentropy::initiate() {
    if (m_isInitiator) throw std::logic_error("Negentropy::initiate called twice");
    m_isInitiator = true;
    Writer w;
    splitRange(m_storage, w, 0, m_storage.size(), infinityBound());
    // A storage too big for one frame: a single Fingerprint of everything (16 buckets always
    // fit a 4 KiB frame, so this happens only for tiny limits, which the constructor refuses).
    return w.take();
}

std::string Negentropy::reconcile(std::string_view query) {
    if (m_isInitiator) throw std::logic_error("Negentropy::reconcile(query) called on the initiator");
    if (query.empty()) throw NegentropyError("empty message");
    if (uint8_t(query[0]) != kProtocolVersion) {
        // A later version (0x62, ...): answer with ours so the client can downgrade.
        if (uint8_t(query[0]) < kProtocolVersion) throw NegentropyError("invalid protocol version byte");
        return std::string(1, char(kProtocolVersion));
    }
    std::vector<nostr::Id> unusedHave, unusedNeed;
    return process(query, unusedHave, unusedNeed);
}

std::optional<std::string> Negentropy::reconcile(std::string_view answer, std::vector<nostr::Id>& have,
                                                 std::vector<nostr::Id>& need) {
    if (!m_isInitiator) throw std::logic_error("Negentropy::reconcile(answer, have, need) before initiate");
    if (answer.empty()) throw NegentropyError("empty message");
    if (uint8_t(answer[0]) != kProtocolVersion) throw NegentropyError("unsupported negentropy protocol version");
    std::string out = process(answer, have, need);
    if (out.size() == 1) return std::nullopt; // only the version byte: nothing left to ask
    return out;
}

std::string Negentropy::process(std::string_view message, std::vector<nostr::Id>& have, std::vector<nostr::Id>& need) {
    Reader r(message);
    r.byte(); // version, checked by the caller
    Writer w;
    TimestampCodec codec;
    const size_t n = m_storage.size();
    NegItem prevBound{};
    size_t prevIndex = 0;
    const size_t limit = m_frameSizeLimit;

    // Frame-size limit: once a full answer no longer fits, every further run of ranges that
    // needs an answer gets only our Fingerprint over the run ("deferred": the peer compares and
    // asks again next round), while Skip ranges stay Skip, so ranges already settled are not
    // reopened; when not even that fits, the message ends with one Fingerprint range for
    // everything from the run on.
    bool deferring = false;
    bool closed = false;
    struct Run { size_t from = 0, to = 0; NegItem bound; };
    std::optional<Run> run;
    auto fits = [&](size_t bodySize) { return limit == 0 || w.sizeWith(bodySize) + kFrameReserve <= limit; };
    auto closeWithRest = [&](size_t from) {
        w.range(infinityBound(), fingerprintBody(m_storage.fingerprint(from, n)));
        closed = true;
    };
    auto flushRun = [&] {
        if (!run) return;
        if (!fits(1 + 16)) {
            closeWithRest(run->from);
        } else {
            w.range(run->bound, fingerprintBody(m_storage.fingerprint(run->from, run->to)));
        }
        run.reset();
    };
    auto defer = [&](size_t from, size_t to, const NegItem& bound) {
        deferring = true;
        if (!run) run = Run{from, to, bound};
        run->to = to;
        run->bound = bound;
    };
    auto skip = [&](const NegItem& bound) {
        flushRun();
        if (!closed) w.skip(bound);
    };
    auto idList = [&](size_t from, size_t to) {
        std::string body;
        negAppendVarint(body, IdList);
        negAppendVarint(body, to - from);
        for (size_t i = from; i < to; ++i) body.append(reinterpret_cast<const char*>(m_storage.at(i).id.data()), 32);
        return body;
    };

    while (!r.atEnd()) {
        const NegItem currBound = readBound(r, codec);
        if (currBound < prevBound) throw NegentropyError("ranges out of order");
        const uint64_t mode = r.varint();
        const size_t lower = prevIndex;
        const size_t upper = m_storage.lowerBound(lower, n, currBound);

        if (mode == Skip) {
            skip(currBound);
        } else if (mode == FingerprintMode) {
            const std::string_view theirs = r.bytes(16);
            const Fingerprint ours = m_storage.fingerprint(lower, upper);
            if (std::memcmp(theirs.data(), ours.data(), ours.size()) == 0) {
                skip(currBound);
            } else if (deferring || !fits(splitSize(upper - lower))) {
                defer(lower, upper, currBound);
            } else {
                splitRange(m_storage, w, lower, upper, currBound);
            }
        } else if (mode == IdList) {
            const uint64_t count = r.varint();
            if (count > r.remaining() / 32) throw NegentropyError("id list longer than the message");
            std::vector<nostr::Id> theirs{};
            theirs.resize(size_t(count));
            for (auto& id : theirs) {
                const std::string_view b = r.bytes(32);
                std::memcpy(id.data(), b.data(), 32);
            }
            if (m_isInitiator) {
                std::sort(theirs.begin(), theirs.end());
                std::vector<nostr::Id> ours;
                ours.reserve(upper - lower);
                for (size_t i = lower; i < upper; ++i) ours.push_back(m_storage.at(i).id);
                std::sort(ours.begin(), ours.end());
                std::set_difference(ours.begin(), ours.end(), theirs.begin(), theirs.end(), std::back_inserter(have));
                std::set_difference(theirs.begin(), theirs.end(), ours.begin(), ours.end(), std::back_inserter(need));
                skip(currBound);
            } else if (deferring) {
                defer(lower, upper, currBound);
            } else {
                // Server: answer with our own ids of the range. When they do not all fit, list a
                // first part (ending at the shortest bound after it) and defer the rest.
                size_t end = upper;
                if (limit) {
                    const size_t base = w.sizeWith(12) + kFrameReserve + 64;
                    const size_t room = base < limit ? (limit - base) / 32 : 0;
                    if (upper - lower > room) end = lower + room;
                }
                if (end == upper) {
                    w.range(currBound, idList(lower, upper));
                } else {
                    if (end > lower) w.range(negMinimalBound(m_storage.at(end - 1), m_storage.at(end)), idList(lower, end));
                    defer(end, upper, currBound);
                }
            }
        } else {
            throw NegentropyError("unknown range mode " + std::to_string(mode));
        }
        if (closed) return w.take();
        prevBound = currBound;
        prevIndex = upper;
    }
    flushRun();
    return w.take();
}

} // namespace roost::sync
