#include "policy/RelayUrl.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace roost::policy {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

uint16_t defaultPort(std::string_view scheme) { return scheme == "wss" || scheme == "https" ? 443 : 80; }

// Splits "host[:port]" (host may be "[v6]"). port 0 when absent; false when malformed.
bool splitHostPort(std::string_view authority, std::string& host, uint16_t& port) {
    port = 0;
    std::string_view portText;
    bool hasPort = false;
    if (authority.starts_with('[')) {
        const size_t close = authority.find(']');
        if (close == std::string_view::npos) return false;
        host = lower(authority.substr(0, close + 1));
        const std::string_view rest = authority.substr(close + 1);
        if (!rest.empty()) {
            if (rest[0] != ':') return false;
            portText = rest.substr(1);
            hasPort = true;
        }
    } else {
        const size_t colon = authority.rfind(':');
        if (colon != std::string_view::npos) {
            portText = authority.substr(colon + 1);
            authority = authority.substr(0, colon);
            hasPort = true;
        }
        host = lower(authority);
    }
    if (host.empty() || host == "[]") return false;
    if (authority.find_first_of("@/ ") != std::string_view::npos) return false;
    if (hasPort) {
        unsigned value = 0;
        const auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), value);
        if (ec != std::errc() || end != portText.data() + portText.size() || value == 0 || value > 65535) return false;
        port = uint16_t(value);
    }
    return true;
}

bool isLoopback(std::string_view host) {
    return host.starts_with("127.") || host == "[::1]";
}

} // namespace

std::optional<UrlParts> parseUrl(std::string_view url) {
    const size_t sep = url.find("://");
    if (sep == std::string_view::npos) return std::nullopt;
    UrlParts parts;
    parts.scheme = lower(url.substr(0, sep));
    if (parts.scheme != "ws" && parts.scheme != "wss" && parts.scheme != "http" && parts.scheme != "https")
        return std::nullopt;
    std::string_view rest = url.substr(sep + 3);
    const size_t pathStart = rest.find_first_of("/?#");
    const std::string_view authority = rest.substr(0, pathStart);
    std::string_view target = pathStart == std::string_view::npos ? std::string_view() : rest.substr(pathStart);
    if (const size_t hash = target.find('#'); hash != std::string_view::npos) target = target.substr(0, hash);
    if (!splitHostPort(authority, parts.host, parts.port)) return std::nullopt;
    if (parts.port == 0) parts.port = defaultPort(parts.scheme);
    parts.target = target.empty() || target[0] == '?' ? "/" + std::string(target) : std::string(target);
    return parts;
}

bool urlNamesEndpoint(const UrlParts& url, const ConnectedTo& to) {
    std::string host;
    uint16_t port = 0;
    if (!to.hostHeader.empty() && splitHostPort(to.hostHeader, host, port) && host == url.host &&
        (port == 0 ? url.port == defaultPort(url.scheme) : port == url.port))
        return true;
    if (!to.localEndpoint.empty() && splitHostPort(to.localEndpoint, host, port) && port == url.port &&
        (host == url.host || (url.host == "localhost" && isLoopback(host))))
        return true;
    if (!to.publicUrl.empty()) {
        if (const auto pub = parseUrl(to.publicUrl); pub && pub->host == url.host && pub->port == url.port) return true;
    }
    return false;
}

} // namespace roost::policy
