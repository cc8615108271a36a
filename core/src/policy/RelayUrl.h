#pragma once
// Does a URL name this relay? The `relay` tag of a NIP-42 AUTH event and the `u` tag of a NIP-98
// token are compared with what the client actually connected to: the Host header of its request,
// the local address and port of its socket, and relay/public_url.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace roost::policy {

/// A URL split for comparison. scheme and host are lowercase; IPv6 hosts keep their brackets
/// ("[::1]"); port is explicit or the scheme's default (ws/http 80, wss/https 443); target is
/// the path with its query ("/" when the URL has none), as sent in an HTTP request line.
struct UrlParts {
    std::string scheme;
    std::string host;
    uint16_t port = 0;
    std::string target;
};

/// Parses `scheme://host[:port][/path][?query]` for the schemes ws, wss, http and https.
/// nullopt for anything else (no scheme, other scheme, empty host, userinfo, bad port).
std::optional<UrlParts> parseUrl(std::string_view url);

/// What a client connected to, as the Listener saw it.
struct ConnectedTo {
    std::string_view hostHeader;    ///< Host header of the request, "host[:port]" (may be empty)
    std::string_view localEndpoint; ///< local address and port of the socket, "ip:port" or "[v6]:port"
    std::string_view publicUrl;     ///< relay/public_url (may be empty)
};

/// True when `url` has the host and port the client connected to: the Host header (a header
/// without a port matches the default port of the URL's scheme), the socket's local endpoint
/// (also as "localhost" when that is a loopback address), or relay/public_url. Paths are not
/// compared. Host names are compared case-insensitively.
bool urlNamesEndpoint(const UrlParts& url, const ConnectedTo& to);

} // namespace roost::policy
