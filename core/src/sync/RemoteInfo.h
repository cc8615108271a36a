#pragma once
// What the remote relay tells about itself in its NIP-11 document, as far as a sync needs it.
#include <QByteArray>
#include <QUrl>

#include <cstdint>

namespace roost::sync {

/// The NIP-11 facts a sync uses. `known` is false when no document could be read.
struct RemoteInfo {
    bool known = false;
    bool nip77 = false;          ///< `supported_nips` contains 77
    uint32_t maxLimit = 0;       ///< limitation.max_limit (0 = not given)
    uint32_t maxMessageLength = 0; ///< limitation.max_message_length in bytes (0 = not given)
};

/// Reads a NIP-11 JSON document. A body that is not a JSON object gives known = false.
RemoteInfo parseRemoteInfo(const QByteArray& json);

/// The http(s) URL of a ws(s) relay URL, where its NIP-11 document is served.
QUrl nip11Url(const QUrl& relayUrl);

} // namespace roost::sync
