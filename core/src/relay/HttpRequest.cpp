#include "relay/HttpRequest.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace roost::relay {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// tchar of RFC 9110 §5.6.2: the characters of methods and field names.
bool isTchar(unsigned char c) {
    if (std::isalnum(c)) return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(char(c)) != std::string_view::npos;
}

bool isToken(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return isTchar(uint8_t(c)); });
}

// A field value may hold visible characters, obs-text, SP and HTAB; never CTLs (NUL, CR, LF...).
bool isFieldValue(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char ch) {
        const auto c = uint8_t(ch);
        return c == '\t' || c >= 0x20 ? c != 0x7F : false;
    });
}

// Checks what has arrived so far for errors that need no more bytes, so garbage is refused
// at once: a bare LF (RFC 9112 §2.2 lets a server refuse it), or a first line that cannot
// become `token SP visible-chars SP "HTTP/" DIGIT "." DIGIT CRLF`. `scan` is the length to look
// at (the head, or everything when the head is not complete yet).
bool earlyBad(std::string_view data, size_t scan) {
    for (size_t i = 0; i < scan; ++i)
        if (data[i] == '\n' && (i == 0 || data[i - 1] != '\r')) return true;
    static constexpr std::string_view kVersion = "HTTP/0.0\r\n";
    int part = 0; // 0 method, 1 target, 2 version
    size_t partStart = 0;
    for (size_t i = 0; i < scan; ++i) {
        const auto c = uint8_t(data[i]);
        if (part < 2 && c == ' ') {
            if (i == partStart) return true;
            ++part;
            partStart = i + 1;
            continue;
        }
        if (part == 0 && !isTchar(c)) return true;
        if (part == 1 && (c <= 0x20 || c >= 0x7F)) return true;
        if (part == 2) {
            const size_t k = i - partStart;
            if (k >= kVersion.size()) return false;
            const bool digit = k == 5 || k == 7;
            if (digit ? !std::isdigit(c) : c != uint8_t(kVersion[k])) return true;
        }
    }
    return false;
}

// "HTTP/1.1" -> 1; the minor version of an HTTP/1.x, -2 for another major version, -1 when
// malformed (RFC 9112 §2.3: HTTP-version = "HTTP/" DIGIT "." DIGIT).
int parseVersion(std::string_view v) {
    if (v.size() != 8 || v.substr(0, 5) != "HTTP/" || !std::isdigit(uint8_t(v[5])) || v[6] != '.' || !std::isdigit(uint8_t(v[7])))
        return -1;
    if (v[5] != '1') return -2;
    return v[7] - '0';
}

} // namespace

std::string_view HttpRequest::header(std::string_view lowercaseName) const {
    auto it = headers.find(std::string(lowercaseName));
    return it == headers.end() ? std::string_view() : std::string_view(it->second);
}

bool HttpRequest::headerHas(std::string_view lowercaseName, std::string_view token) const {
    return lower(header(lowercaseName)).find(lower(token)) != std::string::npos;
}

HttpParse parseHttpRequest(std::string_view data, size_t maxHead, size_t maxBody, HttpRequest& out, size_t& consumed) {
    const size_t end = data.find("\r\n\r\n");
    const size_t scan = end == std::string_view::npos ? std::min(data.size(), maxHead + 4) : end + 4;
    if (earlyBad(data, scan)) return HttpParse::Bad;
    if (end == std::string_view::npos) return data.size() > maxHead ? HttpParse::HeadTooLarge : HttpParse::Incomplete;
    if (end > maxHead) return HttpParse::HeadTooLarge;

    HttpRequest req;
    const std::string_view head = data.substr(0, end);
    const size_t lineEnd = std::min(head.find("\r\n"), head.size());
    const std::string_view requestLine = head.substr(0, lineEnd);
    // request-line = method SP request-target SP HTTP-version, single spaces (RFC 9112 §3).
    const size_t sp1 = requestLine.find(' ');
    const size_t sp2 = sp1 == std::string_view::npos ? sp1 : requestLine.find(' ', sp1 + 1);
    if (sp1 == std::string_view::npos || sp2 == std::string_view::npos || sp2 == sp1 + 1) return HttpParse::Bad;
    const std::string_view target = requestLine.substr(sp1 + 1, sp2 - sp1 - 1);
    const std::string_view version = requestLine.substr(sp2 + 1);
    if (!isToken(requestLine.substr(0, sp1))) return HttpParse::Bad;
    if (!std::all_of(target.begin(), target.end(), [](char c) { return uint8_t(c) > 0x20 && uint8_t(c) < 0x7F; }))
        return HttpParse::Bad;
    const int minor = parseVersion(version);
    if (minor == -2) return HttpParse::VersionNotSupported;
    if (minor < 0) return HttpParse::Bad;
    req.method = std::string(requestLine.substr(0, sp1));
    req.target = std::string(target);
    req.minorVersion = minor;

    int hosts = 0;
    size_t pos = lineEnd;
    while (pos < head.size()) {
        pos += 2; // past "\r\n"
        const size_t next = std::min(head.find("\r\n", pos), head.size());
        const std::string_view line = head.substr(pos, next - pos);
        pos = next;
        // No whitespace before the colon (RFC 9112 §5.1) and no obsolete line folding (§5.2).
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos || !isToken(line.substr(0, colon))) return HttpParse::Bad;
        const std::string_view value = trim(line.substr(colon + 1));
        if (!isFieldValue(value)) return HttpParse::Bad;
        const std::string name = lower(line.substr(0, colon));
        if (name == "host") ++hosts;
        auto [it, inserted] = req.headers.try_emplace(name, value);
        if (inserted) continue;
        // Two Content-Length fields are one only when they agree (RFC 9112 §6.3 item 5).
        if (name == "content-length") {
            if (it->second != value) return HttpParse::Bad;
            continue;
        }
        it->second += ", ";
        it->second += value;
    }
    // HTTP/1.1 needs exactly one Host (RFC 9112 §3.2); HTTP/1.0 may have none.
    if (hosts > 1 || (hosts == 0 && req.minorVersion >= 1)) return HttpParse::Bad;
    if (req.headers.count("transfer-encoding")) return HttpParse::NotImplemented;

    size_t bodyLength = 0;
    if (auto cl = req.headers.find("content-length"); cl != req.headers.end()) {
        const std::string& v = cl->second;
        if (v.empty() || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) return HttpParse::Bad;
        const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), bodyLength);
        if (ec == std::errc::result_out_of_range) return HttpParse::BodyTooLarge;
        if (ec != std::errc() || p != v.data() + v.size()) return HttpParse::Bad;
        if (bodyLength > maxBody) return HttpParse::BodyTooLarge;
    }
    const size_t bodyStart = end + 4;
    if (data.size() - bodyStart < bodyLength) return HttpParse::Incomplete;
    req.body = std::string(data.substr(bodyStart, bodyLength));
    consumed = bodyStart + bodyLength;
    out = std::move(req);
    return HttpParse::Complete;
}

} // namespace roost::relay
