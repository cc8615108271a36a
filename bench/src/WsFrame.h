#pragma once
// The few pieces of RFC 6455 the load generator and the null relay need: encode one final
// frame, decode one frame (unmasking in place), and the Sec-WebSocket-Accept value.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace roost::bench {

/// RFC 6455 §5.2 opcodes used here.
enum Opcode : uint8_t { OpContinuation = 0x0, OpText = 0x1, OpBinary = 0x2, OpClose = 0x8, OpPing = 0x9, OpPong = 0xA };

/// Appends one final (FIN) frame carrying `payload` to `out`. With `mask` the frame is masked
/// with `maskKey` (clients must mask, RFC 6455 §5.3; servers must not).
void appendFrame(std::string& out, uint8_t opcode, std::string_view payload, bool mask, uint32_t maskKey = 0);

/// One decoded frame. `payload` points into the buffer given to parseFrame (already unmasked).
struct Frame {
    uint8_t opcode = 0;
    bool fin = true;
    std::string_view payload;
};

/// Decodes the frame at the start of `data[0..len)`, unmasking its payload in place.
/// Returns the bytes it occupies, 0 when the buffer does not yet hold a whole frame, or
/// SIZE_MAX when the header is malformed (a 64-bit length with the top bit set).
size_t parseFrame(char* data, size_t len, Frame& out);

/// base64(SHA-1(key + RFC 6455 GUID)), the server's Sec-WebSocket-Accept for `key`.
std::string websocketAccept(std::string_view key);

} // namespace roost::bench
