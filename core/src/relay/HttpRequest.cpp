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
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
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
    if (end == std::string_view::npos) return data.size() > maxHead ? HttpParse::HeadTooLarge : HttpParse::Incomplete;
    if (end > maxHead) return HttpParse::HeadTooLarge;

    HttpRequest req;
    const std::string_view head = data.substr(0, end);
    const size_t lineEnd = std::min(head.find("\r\n"), head.size());
    const std::string_view requestLine = head.substr(0, lineEnd);
    const size_t sp1 = requestLine.find(' ');
    const size_t sp2 = sp1 == std::string_view::npos ? sp1 : requestLine.find(' ', sp1 + 1);
    if (sp1 == std::string_view::npos || sp2 == std::string_view::npos) return HttpParse::Bad;
    req.method = std::string(requestLine.substr(0, sp1));
    req.target = std::string(requestLine.substr(sp1 + 1, sp2 - sp1 - 1));

    size_t pos = lineEnd;
    while (pos < head.size()) {
        pos += 2; // past "\r\n"
        const size_t next = std::min(head.find("\r\n", pos), head.size());
        const std::string_view line = head.substr(pos, next - pos);
        const size_t colon = line.find(':');
        if (colon != std::string_view::npos) req.headers[lower(trim(line.substr(0, colon)))] = std::string(trim(line.substr(colon + 1)));
        pos = next;
    }

    size_t bodyLength = 0;
    if (const std::string_view cl = req.header("content-length"); !cl.empty()) {
        const auto [p, ec] = std::from_chars(cl.data(), cl.data() + cl.size(), bodyLength);
        if (ec != std::errc() || p != cl.data() + cl.size()) return HttpParse::Bad;
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
