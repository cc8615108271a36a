// libFuzzer target: NIP-19 bech32 text (npub/note) as a person pastes it into the window or the
// CLI. Decoding never crashes; whatever decodes re-encodes to the same text (lowercase).
#include "roost/Nip19.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QString& hrp : {QStringLiteral("npub"), QStringLiteral("note")}) {
        if (const auto hex = roost::nip19::decode(text, hrp)) {
            if (hex->size() != 64) std::abort();
            if (roost::nip19::encode(hrp, *hex) != text.trimmed().toLower()) std::abort();
        }
        (void)roost::nip19::hexFromInput(text, hrp);
    }
    return 0;
}
