#pragma once
// RFC 6455 frame primitives shared by every WebSocket speaker in the project: the relay's
// decoder (WebSocketCodec.h), the load generator and null relay in bench/, and the in-process
// test client in tests/unit/relay. One encoder, one single-frame parser, one mask loop.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace roost::relay {

/// RFC 6455 §5.2 opcodes. 0x3-0x7 and 0xB-0xF are reserved (a peer that sends one fails the
/// connection with 1002, §5.2 and §7.4.1).
enum WebSocketOpcode : uint8_t {
    WsContinuation = 0x0, WsText = 0x1, WsBinary = 0x2, WsClose = 0x8, WsPing = 0x9, WsPong = 0xA
};

/// Sec-WebSocket-Accept for a client's Sec-WebSocket-Key (RFC 6455 §4.2.2: base64(SHA-1(key + GUID))).
std::string webSocketAcceptKey(std::string_view clientKey);

/// XORs `n` bytes at `p` with the 4-byte masking key `key` (bytes in wire order), starting at
/// byte `offset` of the key (RFC 6455 §5.3). Works a machine word at a time.
void maskWebSocketPayload(char* p, size_t n, const uint8_t key[4], size_t offset = 0);

/// Appends one final (FIN) frame carrying `payload` to `out`. A server frame is unmasked; pass
/// `masked` (and a fresh `maskKey` per frame, as its wire bytes) for a client frame (RFC 6455
/// §5.1, §5.3). opcode: see WebSocketOpcode.
void appendWebSocketFrame(std::string& out, uint8_t opcode, std::string_view payload, bool masked = false,
                          uint32_t maskKey = 0);
/// Appends only the header of an unmasked final frame for a payload of `payloadBytes`; the
/// caller appends exactly that many payload bytes next (a frame without a copy of its payload).
void appendWebSocketHeader(std::string& out, uint8_t opcode, uint64_t payloadBytes);

/// One frame parsed by parseWebSocketFrame. `payload` points into the parsed buffer (unmasked).
struct WebSocketFrame {
    uint8_t opcode = 0;
    bool fin = true;
    std::string_view payload;
};

/// Parses the frame at the start of `data[0..len)`, unmasking its payload in place (for the
/// client side and simple servers, which hold whole frames). Returns the bytes the frame
/// occupies, 0 when the buffer does not hold a whole frame yet, or SIZE_MAX when the header can
/// never be valid (a 64-bit length with the most significant bit set, RFC 6455 §5.2).
size_t parseWebSocketFrame(char* data, size_t len, WebSocketFrame& out);

/// True when `s` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at most
/// U+10FFFF), as RFC 6455 §5.6 and §8.1 require of text messages and close reasons.
bool isValidUtf8(std::string_view s);

/// True for a close status code a peer may send (RFC 6455 §7.4.1/§7.4.2 and the IANA registry):
/// 1000-1003, 1007-1014, 3000-4999. 1004-1006 and 1015 are reserved or for local use only.
bool isValidCloseCode(uint16_t code);

} // namespace roost::relay
