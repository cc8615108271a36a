// libFuzzer target: a client's WebSocket byte stream after the upgrade (RFC 6455), fed to the
// Listener's incremental decoder in pieces whose size the first input byte chooses (so frame and
// UTF-8 boundaries fall anywhere). Properties: every message handed on fits the limit, text
// messages are valid UTF-8, a failure carries close code 1002 or 1007, and after a failure
// nothing else comes out. Also: the single-frame parser of WebSocketFrame.h on the same bytes,
// and encode -> parse of a masked frame gives the payload back.
#include "relay/WebSocketCodec.h"
#include "relay/WebSocketFrame.h"

#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <cstdlib>
#include <string>

namespace {
constexpr uint64_t kMaxMessage = 4096;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const size_t piece = size_t(data[0] % 17) + 1;
    const std::string_view stream(reinterpret_cast<const char*>(data) + 1, size - 1);

    roost::relay::WebSocketDecoder decoder(kMaxMessage);
    using Kind = roost::relay::WebSocketDecoder::Kind;
    bool failed = false;
    for (size_t start = 0; start < stream.size(); start += piece) {
        const std::string_view chunk = stream.substr(start, piece);
        size_t pos = 0;
        while (pos < chunk.size()) {
            const auto event = decoder.next(chunk, pos);
            if (event.kind == Kind::None) break;
            if (failed) std::abort(); // nothing after a ProtocolError
            switch (event.kind) {
            case Kind::Text:
                if (!roost::relay::isValidUtf8(event.payload)) std::abort();
                [[fallthrough]];
            case Kind::Binary:
                if (event.payload.size() > kMaxMessage) std::abort();
                break;
            case Kind::Ping:
            case Kind::Pong:
                if (event.payload.size() > 125) std::abort(); // control frames (§5.5)
                break;
            case Kind::ProtocolError:
                if (event.closeCode != 1002 && event.closeCode != 1007) std::abort();
                failed = true;
                break;
            default:
                break;
            }
        }
    }

    std::string copy(stream);
    roost::relay::WebSocketFrame frame;
    const size_t used = roost::relay::parseWebSocketFrame(copy.data(), copy.size(), frame);
    if (used != SIZE_MAX && used > copy.size()) std::abort();

    const uint32_t key = (uint32_t(data[0]) << 24) | (uint32_t(size & 0xff) << 16) | 0x5aa5u;
    std::string framed;
    const std::string_view payload = stream.substr(0, std::min<size_t>(stream.size(), 70000));
    roost::relay::appendWebSocketFrame(framed, roost::relay::WsBinary, payload, true, key);
    roost::relay::WebSocketFrame again;
    if (roost::relay::parseWebSocketFrame(framed.data(), framed.size(), again) != framed.size()) std::abort();
    if (again.payload != payload || again.opcode != roost::relay::WsBinary || !again.fin) std::abort();
    return 0;
}
