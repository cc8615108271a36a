#pragma once
// The bench tools speak RFC 6455 through core's frame primitives (relay/WebSocketFrame.h), the
// same encoder, parser and mask loop as the relay: these are the names the bench code uses.
#include "relay/WebSocketFrame.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace roost::bench {

/// RFC 6455 §5.2 opcodes used here.
enum Opcode : uint8_t {
    OpContinuation = relay::WsContinuation, OpText = relay::WsText, OpBinary = relay::WsBinary,
    OpClose = relay::WsClose, OpPing = relay::WsPing, OpPong = relay::WsPong
};

using Frame = relay::WebSocketFrame;

/// Appends one final frame; masked with `maskKey` for a client (see relay::appendWebSocketFrame).
inline void appendFrame(std::string& out, uint8_t opcode, std::string_view payload, bool mask, uint32_t maskKey = 0) {
    relay::appendWebSocketFrame(out, opcode, payload, mask, maskKey);
}

/// Parses one frame in place: bytes used, 0 when incomplete, SIZE_MAX when malformed
/// (see relay::parseWebSocketFrame).
inline size_t parseFrame(char* data, size_t len, Frame& out) { return relay::parseWebSocketFrame(data, len, out); }

/// The server's Sec-WebSocket-Accept for `key` (RFC 6455 §4.2.2).
inline std::string websocketAccept(std::string_view key) { return relay::webSocketAcceptKey(key); }

} // namespace roost::bench
