#include "relay/WebSocketCodec.h"

#include <QByteArray>
#include <QCryptographicHash>

namespace roost::relay {

std::string webSocketAcceptKey(std::string_view clientKey) {
    static constexpr std::string_view kGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    QByteArray input(clientKey.data(), qsizetype(clientKey.size()));
    input.append(kGuid.data(), qsizetype(kGuid.size()));
    const QByteArray accept = QCryptographicHash::hash(input, QCryptographicHash::Sha1).toBase64();
    return std::string(accept.constData(), size_t(accept.size()));
}

void appendWebSocketFrame(std::string& out, uint8_t opcode, std::string_view payload) {
    appendWebSocketHeader(out, opcode, payload.size());
    out.append(payload);
}

void appendWebSocketHeader(std::string& out, uint8_t opcode, uint64_t n) {
    out.push_back(char(0x80 | (opcode & 0x0F)));
    if (n < 126) {
        out.push_back(char(n));
    } else if (n <= 0xFFFF) {
        out.push_back(char(126));
        out.push_back(char(n >> 8));
        out.push_back(char(n & 0xFF));
    } else {
        out.push_back(char(127));
        for (int shift = 56; shift >= 0; shift -= 8) out.push_back(char((n >> shift) & 0xFF));
    }
}

WebSocketDecoder::Event WebSocketDecoder::next(std::string_view data, size_t& pos) {
    while (pos < data.size() || (m_inFrame && m_remaining == 0)) {
        if (!m_inFrame) {
            // Gather the header: 2 bytes, then the extended length and the mask key.
            while (pos < data.size()) {
                m_header.push_back(data[pos++]);
                if (m_header.size() < 2) continue;
                const uint8_t len7 = uint8_t(m_header[1]) & 0x7F;
                const size_t extLen = len7 == 126 ? 2 : len7 == 127 ? 8 : 0;
                const bool masked = uint8_t(m_header[1]) & 0x80;
                const size_t need = 2 + extLen + (masked ? 4 : 0);
                if (m_header.size() < need) continue;

                const uint8_t b0 = uint8_t(m_header[0]);
                m_fin = b0 & 0x80;
                m_opcode = b0 & 0x0F;
                if ((b0 & 0x70) != 0 || !masked)
                    return {Kind::ProtocolError, "reserved bits set or unmasked client frame", 0};
                uint64_t len = len7;
                if (extLen) {
                    len = 0;
                    for (size_t i = 0; i < extLen; ++i) len = (len << 8) | uint8_t(m_header[2 + i]);
                }
                for (int i = 0; i < 4; ++i) m_mask[i] = uint8_t(m_header[2 + extLen + size_t(i)]);
                m_header.clear();
                m_maskPos = 0;
                m_remaining = len;
                m_inFrame = true;

                const bool control = m_opcode & 0x08;
                if (control) {
                    if (!m_fin || len > 125) return {Kind::ProtocolError, "bad control frame", 0};
                    m_control.clear();
                } else if (m_opcode == 0x1 || m_opcode == 0x2) {
                    if (m_messageOpcode != 0) return {Kind::ProtocolError, "new message inside a fragmented one", 0};
                    m_messageOpcode = m_opcode;
                    m_message.clear();
                    m_messageBytes = 0;
                    m_discarding = false;
                } else if (m_opcode == 0x0) {
                    if (m_messageOpcode == 0) return {Kind::ProtocolError, "continuation without a message", 0};
                } else {
                    return {Kind::ProtocolError, "unknown opcode", 0};
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
                for (size_t i = 0; i < take; ++i) (*sink)[start + i] ^= char(m_mask[(m_maskPos + i) & 3]);
            }
            m_maskPos += take;
            m_remaining -= take;
            pos += take;
        }
        if (m_remaining > 0) return {};

        // Frame complete.
        m_inFrame = false;
        if (control) {
            Kind kind = m_opcode == 0x8 ? Kind::Close : m_opcode == 0x9 ? Kind::Ping : Kind::Pong;
            return {kind, std::move(m_control), 0};
        }
        if (!m_fin) continue;
        const uint8_t opcode = m_messageOpcode;
        m_messageOpcode = 0;
        if (m_discarding) {
            m_discarding = false;
            return {Kind::TooLarge, {}, m_messageBytes};
        }
        return {opcode == 0x1 ? Kind::Text : Kind::Binary, std::move(m_message), 0};
    }
    return {};
}

} // namespace roost::relay
