#pragma once
// RFC 6455 for the Listener: incremental decoding of a client's byte stream (the frame
// primitives, encoding and the accept key are in WebSocketFrame.h). A small state machine with
// no sockets, so it is unit-tested directly.
#include "relay/WebSocketFrame.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace roost::relay {

/// Decodes a client's frames from a byte stream fed in arbitrary pieces, reassembling
/// fragmented messages. Client frames must be masked (RFC 6455 §5.1). A message longer than
/// `maxMessageBytes` is skipped without buffering it: the decoder reports it once with
/// Event::TooLarge and discards its payload, so the connection can continue.
/// Everything RFC 6455 says fails the connection is a ProtocolError carrying the close code to
/// answer with (§7.4.1): 1002 for reserved bits or opcodes (0x3-0x7, 0xB-0xF), unmasked frames,
/// a 64-bit length with the top bit set (§5.2, reported from the header alone), fragmented or
/// oversized control frames (§5.5), a 1-byte close body or an invalid close code (§5.5.1,
/// §7.4); 1007 for a text message or close reason that is not UTF-8 (§5.6, §8.1). After a
/// ProtocolError the decoder consumes and ignores everything: the caller closes the connection.
class WebSocketDecoder {
public:
    enum class Kind { None, Text, Binary, Ping, Pong, Close, TooLarge, ProtocolError };
    struct Event {
        Kind kind = Kind::None;
        std::string payload;  ///< the message (Text/Binary), ping/pong data, close body, or error text
        uint64_t size = 0;    ///< for TooLarge: the announced size that exceeded the limit
        uint16_t closeCode = 0; ///< for ProtocolError: 1002 or 1007; for Close: the peer's code (1005 if none)
    };

    explicit WebSocketDecoder(uint64_t maxMessageBytes) : m_maxMessage(maxMessageBytes) {}
    /// Changes the limit for messages that start from now on (a live max_message_length change).
    void setMaxMessageBytes(uint64_t maxMessageBytes) { m_maxMessage = maxMessageBytes; }

    /// Consumes bytes from `data` starting at `pos` (advancing it) until one complete event is
    /// available (returned) or the data runs out (returns Kind::None; feed more later). Partial
    /// frames are kept internally, so `data` may be discarded after the call.
    Event next(std::string_view data, size_t& pos);

private:
    Event closeEvent(); // checks the close frame in m_control
    Event failure(uint16_t code, const char* why); // a ProtocolError; the decoder stops
    bool m_failed = false;
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
