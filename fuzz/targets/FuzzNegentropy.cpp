// libFuzzer target: a NIP-77 negentropy message (the binary behind NEG-OPEN / NEG-MSG hex), answered
// by the relay side over a small fixed set, and read by the client side as an answer. Malformed
// messages throw NegentropyError; nothing else may happen (no crash, no hang, no huge output).
#include "sync/Negentropy.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
const roost::sync::NegVectorStorage& storage() {
    static roost::sync::NegVectorStorage s = [] {
        roost::sync::NegVectorStorage v;
        for (uint8_t i = 0; i < 64; ++i) {
            roost::nostr::Id id{};
            id.fill(uint8_t(i * 37 + 11));
            id[0] = i;
            v.insert(1700000000 + (i / 3), id);
        }
        v.seal();
        return v;
    }();
    return s;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view message(reinterpret_cast<const char*>(data), size);
    try {
        roost::sync::Negentropy server(storage(), 4096);
        const std::string answer = server.reconcile(message);
        if (answer.size() > 4096 + 64) std::abort(); // the frame-size limit holds
    } catch (const roost::sync::NegentropyError&) {
    }
    try {
        roost::sync::Negentropy client(storage(), 4096);
        (void)client.initiate();
        std::vector<roost::nostr::Id> have, need;
        (void)client.reconcile(message, have, need);
        if (have.size() > storage().size()) std::abort();
    } catch (const roost::sync::NegentropyError&) {
    }
    try {
        (void)roost::sync::negFromHex(message);
    } catch (const roost::sync::NegentropyError&) {
    }
    return 0;
}
