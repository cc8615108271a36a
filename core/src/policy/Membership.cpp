#include "policy/Membership.h"

#include "nostr/Hex.h"
#include "nostr/Verify.h"

#include <algorithm>
#include <iterator>

namespace roost::policy {

namespace {

std::vector<std::string> validKeys(const std::vector<std::string>& keys) {
    std::vector<std::string> out;
    for (const std::string& k : keys) {
        nostr::PubKey p{};
        if (nostr::fromHex(k, p)) out.push_back(k);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

nostr::Event memberEvent(uint32_t kind, const std::string& key, int64_t createdAt, const nostr::SecretKey& relayKey) {
    nostr::Event e;
    e.kind = kind;
    e.createdAt = createdAt;
    e.tags = {{"-"}, {"p", key}};
    nostr::signEvent(e, relayKey);
    return e;
}

} // namespace

std::vector<nostr::Event> memberChangeEvents(const std::vector<std::string>& before, const std::vector<std::string>& after,
                                             int64_t createdAt, const nostr::SecretKey& relayKey) {
    const std::vector<std::string> was = validKeys(before), is = validKeys(after);
    std::vector<std::string> added, removed;
    std::set_difference(is.begin(), is.end(), was.begin(), was.end(), std::back_inserter(added));
    std::set_difference(was.begin(), was.end(), is.begin(), is.end(), std::back_inserter(removed));
    std::vector<nostr::Event> out;
    for (const std::string& k : added) out.push_back(memberEvent(8000, k, createdAt, relayKey));
    for (const std::string& k : removed) out.push_back(memberEvent(8001, k, createdAt, relayKey));
    return out;
}

bool asksForInvite(const std::vector<nostr::Filter>& filters, const nostr::PubKey& relayPubkey, int64_t now) {
    nostr::Event probe; // what the invite will look like, before anything is signed
    probe.kind = 28935;
    probe.pubkey = relayPubkey;
    probe.createdAt = now;
    probe.tags = {{"-"}};
    return std::any_of(filters.begin(), filters.end(), [&](const nostr::Filter& f) {
        if (f.ids || !f.tags.empty()) return false;
        if (!f.kinds || !std::binary_search(f.kinds->begin(), f.kinds->end(), 28935u)) return false; // named explicitly
        if (f.limit && *f.limit == 0) return false; // asks for live events only
        return f.matches(probe);
    });
}

nostr::Event makeInvite(const nostr::SecretKey& relayKey, int64_t now, const RelayConfig& config) {
    nostr::Event invite;
    invite.kind = 28935;
    invite.createdAt = now;
    invite.tags = {{"-"}, {"claim", makeInviteCode(relayKey, now, now + int64_t(config.access.nip43InviteValidity))}};
    nostr::signEvent(invite, relayKey);
    return invite;
}

InviteRules inviteRulesOf(const RelayConfig& config) {
    InviteRules rules;
    rules.revokedBefore = config.access.nip43InvitesRevokedBefore;
    rules.singleUse = config.access.nip43SingleUseInvites;
    for (const QString& c : config.access.nip43RevokedInvites) rules.revoked.push_back(c.trimmed().toStdString());
    for (const QString& c : config.access.nip43UsedInvites) rules.used.push_back(c.trimmed().toStdString());
    return rules;
}

} // namespace roost::policy
