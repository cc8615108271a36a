#pragma once
// Our answer to a remote relay's NIP-42 challenge, when we are the client (sync runs, live links).
#include "nostr/Event.h"
#include "roost/RelayConfig.h"

#include <QUrl>

#include <optional>
#include <string>

namespace roost::sync {

/// The signed kind 22242 event for `challenge` from the relay at `url` (NIP-42 §Signed Event
/// Verification: tags ["relay", url] and ["challenge", challenge], created_at now in Unix
/// seconds), signed with this relay's own key (store/RelayKey, in config.dataDir or the default
/// data dir; created on first use). Returns nullopt and sets `error` when the key cannot be
/// loaded or created.
std::optional<nostr::Event> makeAuthEvent(const RelayConfig& config, const QUrl& url, const std::string& challenge,
                                          std::string* error);

} // namespace roost::sync
