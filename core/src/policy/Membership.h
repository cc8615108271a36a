#pragma once
// NIP-43 relay membership events signed by the relay's own key: kind 8000/8001 when a member is
// added or removed, and the kind 28935 invite a REQ may ask for.
#include "nostr/Event.h"
#include "nostr/Filter.h"
#include "policy/InviteCodes.h"
#include "roost/RelayConfig.h"

#include <string>
#include <vector>

namespace roost::policy {

/// NIP-43 §Add User / §Remove User: one kind 8000 event per key in `after` but not in `before`
/// and one kind 8001 per key in `before` but not in `after`, each with a NIP-70 `-` tag and a `p`
/// tag, created at `createdAt` (Unix seconds) and signed with `relayKey`. Keys are lowercase hex;
/// entries that are not 64 hex characters are skipped. Order: additions, then removals.
std::vector<nostr::Event> memberChangeEvents(const std::vector<std::string>& before, const std::vector<std::string>& after,
                                             int64_t createdAt, const nostr::SecretKey& relayKey);

/// NIP-43 §Invite Request: true when one of `filters` selects a kind 28935 invite by
/// `relayPubkey` created at `now` and names kind 28935 in its `kinds` — so an invite is signed
/// only for a REQ that asks for one (not for `{}`). A filter with `ids` never does (a fresh
/// invite's id cannot be known), nor one with tag conditions or limit 0.
bool asksForInvite(const std::vector<nostr::Filter>& filters, const nostr::PubKey& relayPubkey, int64_t now);

/// A fresh signed kind 28935 invite (`-` and `claim` tags) valid for config.access.nip43InviteValidity seconds.
nostr::Event makeInvite(const nostr::SecretKey& relayKey, int64_t now, const RelayConfig& config);

/// The invite rules (revocation, single use) of the settings in `config`.
InviteRules inviteRulesOf(const RelayConfig& config);

} // namespace roost::policy
