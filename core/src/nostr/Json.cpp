#include "nostr/Json.h"

namespace roost::nostr {

namespace {

// Escapes `s` into `out`; `wire` additionally writes the other control characters as \u00XX.
template <bool wire>
void appendEscaped(std::string& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.reserve(out.size() + s.size() + 2);
    out.push_back('"');
    size_t run = 0; // start of the pending run of bytes copied verbatim
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        const char* esc = nullptr;
        switch (c) {
        case '\n': esc = "\\n"; break;
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default: break;
        }
        if (!esc && !wire) continue; // NIP-01: every other character verbatim
        out.append(s.data() + run, i - run);
        run = i + 1;
        if (esc) {
            out.append(esc);
        } else {
            out.append("\\u00");
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0x0F]);
        }
    }
    out.append(s.data() + run, s.size() - run);
    out.push_back('"');
}

} // namespace

void appendCanonicalString(std::string& out, std::string_view s) { appendEscaped<false>(out, s); }

void appendWireString(std::string& out, std::string_view s) { appendEscaped<true>(out, s); }

} // namespace roost::nostr
