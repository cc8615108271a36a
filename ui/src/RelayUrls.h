#pragma once
// The addresses a person gives to Nostr clients: this machine's URL and, when shared on the
// local network, the LAN one.
#include <QString>

namespace roost::ui {

/// The URL devices on the local network use for a relay listening at `relayUrl` (e.g.
/// "ws://0.0.0.0:4869" -> "ws://192.168.1.20:4869": the first non-loopback, non-link-local
/// IPv4 address for a wildcard bind). "" when the relay listens on loopback only, is stopped
/// (empty URL) or no such address exists.
QString lanUrlOf(const QString& relayUrl);

} // namespace roost::ui
