#pragma once
// The NIP-11 relay information document, generated from the configuration.
#include "roost/RelayConfig.h"

#include <QByteArray>

namespace roost::relay {

/// The JSON body served for `Accept: application/nostr+json`: name, description, software
/// (softwareUrl()), version, supported_nips, a `limitation` object whose values are the
/// configured RelayLimits (NIP-11 §Server Limitations), and the operator's optional fields when
/// set: contact, icon, banner, posting_policy, terms_of_service, privacy_policy and pubkey
/// (relay/pubkey when it is 64 hex characters, else the first owner key), and `self` (the
/// relay's own key). Compact UTF-8 JSON.
/// `managementApi`: NIP-86 is served (listed in supported_nips only then).
QByteArray buildNip11Document(const RelayConfig& config, bool managementApi = false);

} // namespace roost::relay
