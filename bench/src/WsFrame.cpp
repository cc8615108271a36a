#include "WsFrame.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <cstring>

namespace roost::bench {

namespace {

void xorMask(char* p, size_t n, uint32_t key) {
    uint8_t k[4];
    std::memcpy(k, &key, 4);
    uint64_t k8;
    uint8_t kb[8] = {k[0], k[1], k[2], k[3], k[0], k[1], k[2], k[3]};
    std::memcpy(&k8, kb, 8);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        std::memcpy(&v, p + i, 8);
        v ^= k8;
        std::memcpy(p + i, &v, 8);
    }
    for (; i < n; ++i) p[i] = static_cast<char>(p[i] ^ k[i % 4]);
}

} // namespace

void appendFrame(std::string& out, uint8_t opcode, std::string_view payload, bool mask, uint32_t maskKey) {
    const size_t n = payload.size();
    out.push_back(static_cast<char>(0x80 | opcode));
    const uint8_t maskBit = mask ? 0x80 : 0;
    if (n < 126) {
        out.push_back(static_cast<char>(maskBit | n));
    } else if (n <= 0xFFFF) {
        out.push_back(static_cast<char>(maskBit | 126));
        out.push_back(static_cast<char>(n >> 8));
        out.push_back(static_cast<char>(n & 0xFF));
    } else {
        out.push_back(static_cast<char>(maskBit | 127));
        for (int s = 56; s >= 0; s -= 8) out.push_back(static_cast<char>((uint64_t(n) >> s) & 0xFF));
    }
    if (mask) out.append(reinterpret_cast<const char*>(&maskKey), 4);
    const size_t at = out.size();
    out.append(payload);
    if (mask) xorMask(out.data() + at, n, maskKey);
}

size_t parseFrame(char* data, size_t len, Frame& out) {
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
    uint32_t key = 0;
    if (masked) {
        if (len < pos + 4) return 0;
        std::memcpy(&key, data + pos, 4);
        pos += 4;
    }
    if (len - pos < n) return 0;
    if (masked) xorMask(data + pos, n, key);
    out.payload = std::string_view(data + pos, n);
    return pos + n;
}

std::string websocketAccept(std::string_view key) {
    std::string in(key);
    in += "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    unsigned char digest[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(in.data()), in.size(), digest);
    unsigned char b64[64];
    const int n = EVP_EncodeBlock(b64, digest, SHA_DIGEST_LENGTH);
    return std::string(reinterpret_cast<char*>(b64), n);
}

} // namespace roost::bench
