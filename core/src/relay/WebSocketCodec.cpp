#include "relay/WebSocketCodec.h"

#include <algorithm>

namespace roost::relay {

WebSocketDecoder::Event WebSocketDecoder::failure(uint16_t code, const char* why) {
    m_failed = true;
    return {Kind::ProtocolError, why, 0, code};
}

WebSocketDecoder::Event WebSocketDecoder::next(std::string_view data, size_t& pos) {
    if (m_failed) {
        pos = data.size();
        return {};
    }
    while (pos < data.size() || (m_inFrame && m_remaining == 0)) {
        if (!m_inFrame) {
            // Gather the header: 2 bytes, then the extended length and the mask key.
            while (pos < data.size()) {
                m_header.push_back(data[pos++]);
                if (m_header.size() < 2) continue;
                const uint8_t len7 = uint8_t(m_header[1]) & 0x7F;
                const size_t extLen = len7 == 126 ? 2 : len7 == 127 ? 8 : 0;
                const bool masked = uint8_t(m_header[1]) & 0x80;
                // The most significant bit of a 64-bit length must be 0 (§5.2): fail as soon as it is seen.
                if (extLen == 8 && m_header.size() == 3 && (uint8_t(m_header[2]) & 0x80))
                    return failure(1002, "64-bit payload length with the most significant bit set");
                const size_t need = 2 + extLen + (masked ? 4 : 0);
                if (m_header.size() < need) continue;

                const uint8_t b0 = uint8_t(m_header[0]);
                m_fin = b0 & 0x80;
                m_opcode = b0 & 0x0F;
                if ((b0 & 0x70) != 0 || !masked) return failure(1002, "reserved bits set or unmasked client frame");
                uint64_t len = len7;
                if (extLen) {
                    len = 0;
                    for (size_t i = 0; i < extLen; ++i) len = (len << 8) | uint8_t(m_header[2 + i]);
                }
                if (len >> 63) return failure(1002, "64-bit payload length with the most significant bit set");
                for (int i = 0; i < 4; ++i) m_mask[i] = uint8_t(m_header[2 + extLen + size_t(i)]);
                m_header.clear();
                m_maskPos = 0;
                m_remaining = len;
                m_inFrame = true;

                const bool control = m_opcode & 0x08;
                if (m_opcode > WsPong || (m_opcode > WsBinary && m_opcode < WsClose)) return failure(1002, "reserved opcode");
                if (control) {
                    if (!m_fin || len > 125) return failure(1002, "fragmented or oversized control frame");
                    m_control.clear();
                } else if (m_opcode == 0x1 || m_opcode == 0x2) {
                    if (m_messageOpcode != 0) return failure(1002, "new message inside a fragmented one");
                    m_messageOpcode = m_opcode;
                    m_message.clear();
                    m_messageBytes = 0;
                    m_discarding = false;
                } else if (m_opcode == 0x0) {
                    if (m_messageOpcode == 0) return failure(1002, "continuation without a message");
                }
                if (!control) {
                    m_messageBytes += len;
                    if (!m_discarding && m_messageBytes > m_maxMessage) {
                        m_discarding = true;
                        m_message.clear();
                        m_message.shrink_to_fit();
                    }
                }
                break;
            }
            if (!m_inFrame) return {};
        }

        // Payload bytes of the current frame.
        const bool control = m_opcode & 0x08;
        const size_t take = size_t(std::min<uint64_t>(m_remaining, data.size() - pos));
        if (take > 0) {
            std::string* sink = control ? &m_control : (m_discarding ? nullptr : &m_message);
            if (sink) {
                const size_t start = sink->size();
                sink->append(data.data() + pos, take);
                maskWebSocketPayload(sink->data() + start, take, m_mask, size_t(m_maskPos & 3));
            }
            m_maskPos += take;
            m_remaining -= take;
            pos += take;
        }
        if (m_remaining > 0) return {};

        // Frame complete.
        m_inFrame = false;
        if (control) {
            if (m_opcode == WsClose) return closeEvent();
            return {m_opcode == WsPing ? Kind::Ping : Kind::Pong, std::move(m_control), 0, 0};
        }
        if (!m_fin) continue;
        const uint8_t opcode = m_messageOpcode;
        m_messageOpcode = 0;
        if (m_discarding) {
            m_discarding = false;
            return {Kind::TooLarge, {}, m_messageBytes, 0};
        }
        if (opcode == WsText && !isValidUtf8(m_message)) return failure(1007, "text message is not UTF-8");
        return {opcode == WsText ? Kind::Text : Kind::Binary, std::move(m_message), 0, 0};
    }
    return {};
}

WebSocketDecoder::Event WebSocketDecoder::closeEvent() {
    // Body: empty, or a 2-byte status code and a UTF-8 reason (§5.5.1).
    if (m_control.empty()) return {Kind::Close, {}, 0, 1005};
    if (m_control.size() == 1) return failure(1002, "close frame with a 1-byte body");
    const uint16_t code = uint16_t((uint8_t(m_control[0]) << 8) | uint8_t(m_control[1]));
    if (!isValidCloseCode(code)) return failure(1002, "invalid close code");
    if (!isValidUtf8(std::string_view(m_control).substr(2))) return failure(1007, "close reason is not UTF-8");
    return {Kind::Close, std::move(m_control), 0, code};
}

} // namespace roost::relay
