#pragma once
// The NIP-11 relay information document, generated from the configuration.
#include "roost/RelayConfig.h"

#include <QByteArray>

namespace roost::admin {

/// The JSON body served for `Accept: application/nostr+json`: name, description, contact,
/// pubkey, software, version, supported_nips and a `limitation` object whose values are the
/// configured RelayLimits (NIP-11 §Server Limitations). Compact UTF-8 JSON.
/// `managementApi`: NIP-86 is served (listed in supported_nips only then).
QByteArray buildNip11Document(const RelayConfig& config, bool managementApi = false);

} // namespace roost::admin
