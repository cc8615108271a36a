#include "nostr/Canonical.h"

#include "nostr/Hex.h"
#include "nostr/Json.h"

#include <openssl/sha.h>

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

std::string serializeCanonical(const Event& e) {
    std::string out;
    out.reserve(estimateSize(e));
    out += "[0,\"";
    appendHex(out, e.pubkey);
    out += "\",";
    out += std::to_string(e.createdAt);
    out.push_back(',');
    out += std::to_string(e.kind);
    out.push_back(',');
    appendTags(out, e.tags, appendCanonicalString);
    out.push_back(',');
    appendCanonicalString(out, e.content);
    out.push_back(']');
    return out;
}

Id computeId(const Event& event) {
    const std::string canonical = serializeCanonical(event);
    Id id{};
    SHA256(reinterpret_cast<const unsigned char*>(canonical.data()), canonical.size(), id.data());
    return id;
}

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
