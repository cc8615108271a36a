#pragma once
// Parsing one HTTP/1.1 request (head and Content-Length body) from the bytes a client sent,
// for the Listener's plain-HTTP side: NIP-11, NIP-86, WebSocket upgrades. Pure, unit-tested.
#include <map>
#include <string>
#include <string_view>

namespace roost::relay {

struct HttpRequest {
    std::string method;                        ///< e.g. "GET", as sent
    std::string target;                        ///< request target, e.g. "/"
    std::map<std::string, std::string> headers; ///< names lowercase, values trimmed; last one wins
    std::string body;                          ///< exactly Content-Length bytes

    /// The value of header `lowercaseName`, or "".
    std::string_view header(std::string_view lowercaseName) const;
    /// True when header `lowercaseName` contains `token` (case-insensitive), e.g. Upgrade: websocket.
    bool headerHas(std::string_view lowercaseName, std::string_view token) const;
};

enum class HttpParse { Incomplete, Complete, HeadTooLarge, BodyTooLarge, Bad };

/// Parses the request at the start of `data`. Complete: `out` is filled and `consumed` is the
/// number of bytes it took (what follows belongs to the next protocol, e.g. WebSocket frames).
/// Incomplete: feed more bytes. The head may be at most `maxHead` bytes, the body `maxBody`.
HttpParse parseHttpRequest(std::string_view data, size_t maxHead, size_t maxBody, HttpRequest& out, size_t& consumed);

} // namespace roost::relay
