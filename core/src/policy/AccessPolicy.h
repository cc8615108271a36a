#pragma once
// Who may do what: the access ladder of DESIGN.md §Access levels, NIP-42 AUTH event checks and
// NIP-70 protected events. Pure functions over a compiled snapshot of the access settings.
#include "nostr/Event.h"
#include "policy/RelayUrl.h"
#include "roost/RelayConfig.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace roost::policy {

/// The ladder (DESIGN.md): each level includes the ones below it.
enum class AccessLevel : int { Anonymous = 0, Authenticated = 1, Known = 2, Member = 3, Owner = 4 };

/// The verbs that have their own minimum level.
enum class Verb { Event, Req, Count };

/// The access settings compiled for fast checks: key lists decoded from hex and sorted.
/// Built once per settings snapshot (compileAccess) and shared read-only between threads.
struct AccessRules {
    AccessLevel connectionLevel = AccessLevel::Anonymous; ///< needed for anything at all
    AccessLevel eventLevel = AccessLevel::Anonymous;
    AccessLevel reqLevel = AccessLevel::Anonymous;
    AccessLevel countLevel = AccessLevel::Anonymous;
    bool authEnabled = true;      ///< NIP-42 challenges are sent and AUTH accepted
    bool ownerInbox = true;       ///< events that p-tag an owner are accepted from anyone
    AccessLevel holdBelow = AccessLevel::Anonymous; ///< events of writers below this level are held for review (Anonymous = off)
    std::string publicUrlHost;    ///< host[:port] of relay/public_url, lowercase; "" when unset
    std::string publicUrl;        ///< relay/public_url as set ("" when unset)
    int knownDepth = 1;           ///< follow-list depth of the Known level (0 = off)
    bool nip43 = false;           ///< NIP-43 membership requests are handled
    std::vector<nostr::PubKey> owners, members, banned; // sorted
};

/// Decodes the key lists (invalid hex entries are skipped) and levels of `config`.
std::shared_ptr<const AccessRules> compileAccess(const RelayConfig& config);

/// The level of a connection authenticated with `keys` (none = Anonymous): Owner or Member when
/// one key is on that list, Known when one is in `known` (sorted; see KnownKeys), else
/// Authenticated. Banned keys count as not authenticated.
AccessLevel levelOf(const std::vector<nostr::PubKey>& keys, const AccessRules& rules,
                    const std::vector<nostr::PubKey>& known = {});

/// The refusal (with its NIP-01/NIP-42 prefix) for `verb` at `level`, or nullopt when allowed:
/// "auth-required: ..." while the connection has no key, "restricted: ..." once it has one.
std::optional<std::string> checkVerb(Verb verb, AccessLevel level, const AccessRules& rules);

/// The refusal for publishing `event` from a connection authenticated with `keys`, or nullopt.
/// Checks, in order: banned author ("blocked:"), NIP-70 protected events (only from their
/// authenticated author), the EVENT minimum level with its exemptions (relay lists 10002 and
/// 10050 from anyone; events that p-tag an owner when ownerInbox is on).
std::optional<std::string> checkEvent(const nostr::Event& event, const std::vector<nostr::PubKey>& keys,
                                      const AccessRules& rules, const std::vector<nostr::PubKey>& known = {});

/// Checks a NIP-42 AUTH event: kind 22242, created_at within 10 minutes of `now` (Unix seconds),
/// a `challenge` tag equal to `challenge`, a `relay` tag with a ws:// or wss:// URL naming the
/// host and port the client connected to (`to`: its Host header, the socket's local address;
/// or rules.publicUrl; see urlNamesEndpoint) — checked whether or not public_url is set — and
/// a valid id and signature. Returns the OK reason ("invalid: ...") when it fails, nullopt when
/// the pubkey is authenticated.
std::optional<std::string> verifyAuthEvent(const nostr::Event& event, std::string_view challenge,
                                           const AccessRules& rules, int64_t now, const ConnectedTo& to);

/// host[:port] of a ws/wss/http/https URL, lowercase, without path or trailing slash.
std::string urlHost(std::string_view url);

} // namespace roost::policy
