#pragma once
// Parsing one HTTP/1.1 request (head and Content-Length body) from the bytes a client sent,
// for the Listener's plain-HTTP side: NIP-11, NIP-86, WebSocket upgrades. Pure, unit-tested.
// Strict where RFC 9112 lets a server be: CRLF line ends only, tokens for method and field
// names, one Host, one Content-Length value, no transfer codings.
#include <map>
#include <string>
#include <string_view>

namespace roost::relay {

struct HttpRequest {
    std::string method;                        ///< e.g. "GET", as sent (a token, RFC 9110 §9.1)
    std::string target;                        ///< request target, e.g. "/"
    int minorVersion = 1;                      ///< 0 for HTTP/1.0, 1 for HTTP/1.1 (and later 1.x)
    /// Names lowercase, values trimmed; a repeated field's values joined with ", " (RFC 9110 §5.3).
    std::map<std::string, std::string> headers;
    std::string body;                          ///< exactly Content-Length bytes

    /// The value of header `lowercaseName`, or "".
    std::string_view header(std::string_view lowercaseName) const;
    /// True when header `lowercaseName` contains `token` (case-insensitive), e.g. Upgrade: websocket.
    bool headerHas(std::string_view lowercaseName, std::string_view token) const;
};

/// Outcome of parseHttpRequest, each with the answer the Connection gives:
/// HeadTooLarge 431, BodyTooLarge 413, Bad 400, VersionNotSupported 505 (an HTTP major version
/// other than 1, RFC 9110 §15.6.6), NotImplemented 501 (a Transfer-Encoding, RFC 9112 §6.1).
enum class HttpParse { Incomplete, Complete, HeadTooLarge, BodyTooLarge, Bad, VersionNotSupported, NotImplemented };

/// Parses the request at the start of `data`. Complete: `out` is filled and `consumed` is the
/// number of bytes it took (what follows belongs to the next protocol, e.g. WebSocket frames).
/// Incomplete: feed more bytes. The head may be at most `maxHead` bytes, the body `maxBody`.
/// Errors are reported as early as the bytes allow (a bare LF or a byte that cannot start a
/// request is Bad at once, without waiting for the end of the head), so garbage is refused
/// without being buffered. Source: RFC 9112 §2.2 (CRLF), §3 (request line), §5 (field lines),
/// §6.3 (message body length); RFC 9110 §7.2 (Host).
HttpParse parseHttpRequest(std::string_view data, size_t maxHead, size_t maxBody, HttpRequest& out, size_t& consumed);

} // namespace roost::relay
