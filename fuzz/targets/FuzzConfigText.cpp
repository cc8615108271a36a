// libFuzzer target: the config file (roost.conf) as a person edits it. Reading it into a
// RelayConfig either succeeds or names the bad key; rewriting a value keeps the file readable.
#include "admin/ConfigText.h"
#include "roost/RelayConfig.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)roost::configtext::parse(text);
    roost::RelayConfig config;
    QString error;
    (void)roost::configtext::readInto(text, config, &error);
    const QByteArray edited = roost::configtext::withValues(text, {{QStringLiteral("relay/name"), QStringLiteral("fuzz")}});
    (void)roost::configtext::parse(edited);
    return 0;
}
