#pragma once
// RFC 6455 framing for the Listener: handshake accept key, incremental frame decoding of a
// client's byte stream, and server frame encoding. Pure functions and a small state machine;
// no sockets, so it is unit-tested directly.
#include <cstdint>
#include <string>
#include <string_view>

namespace roost::relay {

/// Sec-WebSocket-Accept for a client's Sec-WebSocket-Key (RFC 6455 §4.2.2: base64(SHA-1(key + GUID))).
std::string webSocketAcceptKey(std::string_view clientKey);

/// Appends one unfragmented, unmasked server frame (FIN set) to `out`.
/// opcode: 0x1 text, 0x2 binary, 0x8 close, 0x9 ping, 0xA pong.
void appendWebSocketFrame(std::string& out, uint8_t opcode, std::string_view payload);
/// Appends only the header of such a frame for a payload of `payloadBytes`; the caller appends
/// exactly that many payload bytes next (lets a frame be built without a copy of its payload).
void appendWebSocketHeader(std::string& out, uint8_t opcode, uint64_t payloadBytes);

/// Decodes a client's frames from a byte stream fed in arbitrary pieces, reassembling
/// fragmented messages. Client frames must be masked (RFC 6455 §5.1). A message longer than
/// `maxMessageBytes` is skipped without buffering it: the decoder reports it once with
/// Event::TooLarge and discards its payload, so the connection can continue.
class WebSocketDecoder {
public:
    enum class Kind { None, Text, Binary, Ping, Pong, Close, TooLarge, ProtocolError };
    struct Event {
        Kind kind = Kind::None;
        std::string payload;  ///< the message (Text/Binary), ping/pong data, or close body
        uint64_t size = 0;    ///< for TooLarge: the announced size that exceeded the limit
    };

    explicit WebSocketDecoder(uint64_t maxMessageBytes) : m_maxMessage(maxMessageBytes) {}
    /// Changes the limit for messages that start from now on (a live max_message_length change).
    void setMaxMessageBytes(uint64_t maxMessageBytes) { m_maxMessage = maxMessageBytes; }

    /// Consumes bytes from `data` starting at `pos` (advancing it) until one complete event is
    /// available (returned) or the data runs out (returns Kind::None; feed more later). Partial
    /// frames are kept internally, so `data` may be discarded after the call.
    Event next(std::string_view data, size_t& pos);

private:
    uint64_t m_maxMessage;
    std::string m_header;        // bytes of the frame header gathered so far
    uint64_t m_remaining = 0;    // payload bytes still to read of the current frame
    bool m_inFrame = false;
    uint8_t m_opcode = 0;
    bool m_fin = false;
    uint8_t m_mask[4] = {0, 0, 0, 0};
    uint64_t m_maskPos = 0;
    std::string m_control;       // payload of a control frame being read
    std::string m_message;       // data message being reassembled
    uint8_t m_messageOpcode = 0; // text or binary, for continuations
    bool m_discarding = false;   // current message exceeded the limit
    uint64_t m_messageBytes = 0; // bytes of the current (possibly discarded) message
};

} // namespace roost::relay
