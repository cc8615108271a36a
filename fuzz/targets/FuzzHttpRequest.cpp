// libFuzzer target: the head and body of an HTTP/1.1 request as the Listener reads them (NIP-11,
// NIP-86 bodies and NIP-98 headers, WebSocket upgrades). Whatever the bytes, the parser answers
// one of its outcomes and never claims to have consumed more than it was given.
#include "relay/HttpRequest.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    roost::relay::HttpRequest request;
    size_t consumed = 0;
    const auto result = roost::relay::parseHttpRequest(bytes, 8192, 65536, request, consumed);
    if (result == roost::relay::HttpParse::Complete) {
        if (consumed > size || request.body.size() > 65536) std::abort();
        (void)request.header("content-length");
        (void)request.headerHas("connection", "upgrade");
    }
    return 0;
}
