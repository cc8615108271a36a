#include "nostr/Canonical.h"

#include "nostr/Hex.h"
#include "nostr/Json.h"

#include <openssl/sha.h>

#include <algorithm>

namespace roost::nostr {

namespace {

using Escaper = void (*)(std::string&, std::string_view);

void appendTags(std::string& out, const std::vector<Tag>& tags, Escaper escape) {
    out.push_back('[');
    for (size_t i = 0; i < tags.size(); ++i) {
        if (i) out.push_back(',');
        out.push_back('[');
        for (size_t j = 0; j < tags[i].size(); ++j) {
            if (j) out.push_back(',');
            escape(out, tags[i][j]);
        }
        out.push_back(']');
    }
    out.push_back(']');
}

size_t estimateSize(const Event& e) {
    size_t n = 300 + e.content.size();
    for (const Tag& t : e.tags)
        for (const std::string& s : t) n += s.size() + 3;
    return n;
}

} // namespace

namespace {

std::string canonicalWith(const Event& e, Escaper escape) {
    std::string out;
    out.reserve(estimateSize(e));
    out += "[0,\"";
    appendHex(out, e.pubkey);
    out += "\",";
    out += std::to_string(e.createdAt);
    out.push_back(',');
    out += std::to_string(e.kind);
    out.push_back(',');
    appendTags(out, e.tags, escape);
    out.push_back(',');
    escape(out, e.content);
    out.push_back(']');
    return out;
}

Id sha256(const std::string& text) {
    Id id{};
    SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), id.data());
    return id;
}

bool ambiguous(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\b' && c != '\f';
    });
}

} // namespace

std::string serializeCanonical(const Event& e) { return canonicalWith(e, appendCanonicalString); }

std::string serializeCanonicalEscaped(const Event& e) { return canonicalWith(e, appendWireString); }

bool hasAmbiguousControlChars(const Event& e) {
    if (ambiguous(e.content)) return true;
    for (const Tag& t : e.tags)
        for (const std::string& s : t)
            if (ambiguous(s)) return true;
    return false;
}

Id computeId(const Event& event) { return sha256(serializeCanonical(event)); }

Id computeIdEscaped(const Event& event) { return sha256(serializeCanonicalEscaped(event)); }

std::string serializeEvent(const Event& e) {
    std::string out;
    out.reserve(estimateSize(e) + 200);
    out += "{\"id\":\"";
    appendHex(out, e.id);
    out += "\",\"pubkey\":\"";
    appendHex(out, e.pubkey);
    out += "\",\"created_at\":";
    out += std::to_string(e.createdAt);
    out += ",\"kind\":";
    out += std::to_string(e.kind);
    out += ",\"tags\":";
    appendTags(out, e.tags, appendWireString);
    out += ",\"content\":";
    appendWireString(out, e.content);
    out += ",\"sig\":\"";
    appendHex(out, e.sig);
    out += "\"}";
    return out;
}

} // namespace roost::nostr
