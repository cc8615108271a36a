#include "relay/WebSocketFrame.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <cstring>

namespace roost::relay {

std::string webSocketAcceptKey(std::string_view clientKey) {
    static constexpr std::string_view kGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    QByteArray input(clientKey.data(), qsizetype(clientKey.size()));
    input.append(kGuid.data(), qsizetype(kGuid.size()));
    const QByteArray accept = QCryptographicHash::hash(input, QCryptographicHash::Sha1).toBase64();
    return std::string(accept.constData(), size_t(accept.size()));
}

void maskWebSocketPayload(char* p, size_t n, const uint8_t key[4], size_t offset) {
    uint8_t k8[8];
    for (size_t i = 0; i < 8; ++i) k8[i] = key[(offset + i) & 3];
    uint64_t word;
    std::memcpy(&word, k8, 8);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        std::memcpy(&v, p + i, 8);
        v ^= word;
        std::memcpy(p + i, &v, 8);
    }
    for (; i < n; ++i) p[i] = char(p[i] ^ k8[i & 7]);
}

namespace {

void appendHeader(std::string& out, uint8_t opcode, uint64_t n, bool masked) {
    const char maskBit = masked ? char(0x80) : char(0);
    out.push_back(char(0x80 | (opcode & 0x0F)));
    if (n < 126) {
        out.push_back(char(maskBit | char(n)));
    } else if (n <= 0xFFFF) {
        out.push_back(char(maskBit | char(126)));
        out.push_back(char(n >> 8));
        out.push_back(char(n & 0xFF));
    } else {
        out.push_back(char(maskBit | char(127)));
        for (int shift = 56; shift >= 0; shift -= 8) out.push_back(char((n >> shift) & 0xFF));
    }
}

} // namespace

void appendWebSocketHeader(std::string& out, uint8_t opcode, uint64_t n) { appendHeader(out, opcode, n, false); }

void appendWebSocketFrame(std::string& out, uint8_t opcode, std::string_view payload, bool masked, uint32_t maskKey) {
    appendHeader(out, opcode, payload.size(), masked);
    if (!masked) {
        out.append(payload);
        return;
    }
    uint8_t key[4];
    std::memcpy(key, &maskKey, 4);
    out.append(reinterpret_cast<const char*>(key), 4);
    const size_t at = out.size();
    out.append(payload);
    maskWebSocketPayload(out.data() + at, payload.size(), key);
}

size_t parseWebSocketFrame(char* data, size_t len, WebSocketFrame& out) {
    if (len < 2) return 0;
    const auto* u = reinterpret_cast<const uint8_t*>(data);
    out.fin = (u[0] & 0x80) != 0;
    out.opcode = u[0] & 0x0F;
    const bool masked = (u[1] & 0x80) != 0;
    uint64_t n = u[1] & 0x7F;
    size_t pos = 2;
    if (n == 126) {
        if (len < 4) return 0;
        n = (uint64_t(u[2]) << 8) | u[3];
        pos = 4;
    } else if (n == 127) {
        if (len < 10) return 0;
        n = 0;
        for (int i = 0; i < 8; ++i) n = (n << 8) | u[2 + i];
        if (n >> 63) return SIZE_MAX;
        pos = 10;
    }
    uint8_t key[4] = {0, 0, 0, 0};
    if (masked) {
        if (len < pos + 4) return 0;
        std::memcpy(key, data + pos, 4);
        pos += 4;
    }
    if (len - pos < n) return 0;
    if (masked) maskWebSocketPayload(data + pos, size_t(n), key);
    out.payload = std::string_view(data + pos, size_t(n));
    return pos + size_t(n);
}

bool isValidUtf8(std::string_view s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
        // ASCII runs a word at a time: the common case for Nostr JSON.
        while (i + 8 <= n) {
            uint64_t v;
            std::memcpy(&v, p + i, 8);
            if (v & 0x8080808080808080ULL) break;
            i += 8;
        }
        if (i >= n) break;
        const uint8_t c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t extra;
        uint8_t lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) extra = 1;
        else if (c == 0xE0) extra = 2, lo = 0xA0;
        else if (c >= 0xE1 && c <= 0xEC) extra = 2;
        else if (c == 0xED) extra = 2, hi = 0x9F; // no UTF-16 surrogates
        else if (c >= 0xEE && c <= 0xEF) extra = 2;
        else if (c == 0xF0) extra = 3, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3) extra = 3;
        else if (c == 0xF4) extra = 3, hi = 0x8F; // at most U+10FFFF
        else return false;
        if (n - i <= extra) return false;
        if (p[i + 1] < lo || p[i + 1] > hi) return false;
        for (size_t k = 2; k <= extra; ++k)
            if ((p[i + k] & 0xC0) != 0x80) return false;
        i += extra + 1;
    }
    return true;
}

bool isValidCloseCode(uint16_t code) {
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}

} // namespace roost::relay
