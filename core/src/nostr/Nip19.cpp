// NIP-19 bech32 entities, written from BIP-173 (checksum, character set, 8↔5-bit regrouping).
#include "roost/Nip19.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace roost::nip19 {

namespace {

constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr int kMaxLength = 90; // BIP-173 §Bech32: at most 90 characters in all

// BIP-173 checksum: a BCH code over GF(32), the generator's five coefficients.
uint32_t polymod(const std::vector<uint8_t>& values) {
    constexpr std::array<uint32_t, 5> gen{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    uint32_t chk = 1;
    for (uint8_t v : values) {
        const uint32_t top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i)
            if ((top >> i) & 1) chk ^= gen[size_t(i)];
    }
    return chk;
}

// The hrp's high bits, a zero, then its low bits.
std::vector<uint8_t> expandHrp(const QByteArray& hrp) {
    std::vector<uint8_t> out;
    out.reserve(size_t(hrp.size()) * 2 + 1);
    for (char c : hrp) out.push_back(uint8_t(c) >> 5);
    out.push_back(0);
    for (char c : hrp) out.push_back(uint8_t(c) & 31);
    return out;
}

// Regroups bits; `pad` adds zero bits to complete the last group (encoding), otherwise
// leftover bits must be fewer than `from` and all zero (decoding).
std::optional<std::vector<uint8_t>> regroup(const std::vector<uint8_t>& in, int from, int to, bool pad) {
    uint32_t acc = 0;
    int bits = 0;
    const uint32_t maxv = (1u << to) - 1;
    std::vector<uint8_t> out;
    for (uint8_t v : in) {
        if (v >> from) return std::nullopt;
        acc = (acc << from) | v;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.push_back(uint8_t((acc >> bits) & maxv));
        }
    }
    if (pad) {
        if (bits > 0) out.push_back(uint8_t((acc << (to - bits)) & maxv));
    } else if (bits >= from || ((acc << (to - bits)) & maxv)) {
        return std::nullopt;
    }
    return out;
}

bool validHrp(const QByteArray& hrp) {
    if (hrp.isEmpty() || hrp.size() > 83) return false;
    for (char c : hrp)
        if (c < 33 || c > 126) return false;
    return true;
}

std::optional<std::vector<uint8_t>> bytesFromHex(const QString& hex) {
    if (hex.size() != 64) return std::nullopt;
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    if (raw.size() != 32 || raw.toHex() != hex.toLower().toLatin1()) return std::nullopt;
    return std::vector<uint8_t>(raw.begin(), raw.end());
}

} // namespace

QString encode(const QString& hrpText, const QString& hex) {
    const QByteArray hrp = hrpText.toLatin1();
    const auto bytes = bytesFromHex(hex);
    if (!bytes || !validHrp(hrp) || hrp != hrp.toLower()) return {};
    std::vector<uint8_t> data = *regroup(*bytes, 8, 5, true);
    std::vector<uint8_t> values = expandHrp(hrp);
    values.insert(values.end(), data.begin(), data.end());
    values.insert(values.end(), 6, 0);
    const uint32_t mod = polymod(values) ^ 1;
    for (int i = 0; i < 6; ++i) data.push_back(uint8_t((mod >> (5 * (5 - i))) & 31));
    QString out = QString::fromLatin1(hrp) + QLatin1Char('1');
    for (uint8_t d : data) out += QLatin1Char(kCharset[d]);
    return out;
}

std::optional<QString> decode(const QString& bech32, const QString& hrpText) {
    if (bech32.size() > kMaxLength) return std::nullopt;
    const QString lower = bech32.toLower();
    if (lower != bech32 && bech32.toUpper() != bech32) return std::nullopt; // mixed case
    const qsizetype sep = lower.lastIndexOf(QLatin1Char('1'));
    if (sep < 1 || sep + 7 > lower.size()) return std::nullopt;
    const QByteArray hrp = lower.left(sep).toLatin1();
    if (!validHrp(hrp) || hrp != hrpText.toLatin1()) return std::nullopt;
    std::vector<uint8_t> data;
    for (QChar c : lower.mid(sep + 1)) {
        const char* at = c.unicode() < 128 ? std::strchr(kCharset, char(c.unicode())) : nullptr;
        if (!at || c.unicode() == 0) return std::nullopt;
        data.push_back(uint8_t(at - kCharset));
    }
    std::vector<uint8_t> values = expandHrp(hrp);
    values.insert(values.end(), data.begin(), data.end());
    if (polymod(values) != 1) return std::nullopt;
    data.resize(data.size() - 6);
    const auto bytes = regroup(data, 5, 8, false);
    if (!bytes || bytes->size() != 32) return std::nullopt;
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes->data()), 32).toHex());
}

QString npubFromHex(const QString& pubkeyHex) { return encode(QStringLiteral("npub"), pubkeyHex); }

QString noteFromHex(const QString& eventIdHex) { return encode(QStringLiteral("note"), eventIdHex); }

std::optional<QString> hexFromInput(const QString& text, const QString& hrp) {
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("nostr:"), Qt::CaseInsensitive)) t = t.mid(6);
    if (bytesFromHex(t)) return t.toLower();
    return decode(t, hrp);
}

} // namespace roost::nip19
