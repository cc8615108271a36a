#include "policy/AccessPolicy.h"

#include "nostr/Hex.h"
#include "nostr/Verify.h"

#include <algorithm>
#include <cctype>

namespace roost::policy {

namespace {

std::vector<nostr::PubKey> decodeKeys(const QStringList& hexKeys) {
    std::vector<nostr::PubKey> out;
    for (const QString& hex : hexKeys) {
        nostr::PubKey key{};
        if (nostr::fromHex(hex.trimmed().toLower().toStdString(), key)) out.push_back(key);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool contains(const std::vector<nostr::PubKey>& sorted, const nostr::PubKey& key) {
    return std::binary_search(sorted.begin(), sorted.end(), key);
}

const char* levelName(AccessLevel level) {
    switch (level) {
    case AccessLevel::Anonymous: return "anyone";
    case AccessLevel::Authenticated: return "authenticated users";
    case AccessLevel::Known: return "users the owner follows";
    case AccessLevel::Member: return "members";
    case AccessLevel::Owner: return "the owner";
    }
    return "";
}

std::optional<std::string> refuse(AccessLevel needed, AccessLevel have, const char* what) {
    if (have >= needed) return std::nullopt;
    const std::string text = std::string(what) + " is for " + levelName(needed) + " only";
    if (have == AccessLevel::Anonymous) return "auth-required: " + text;
    return "restricted: " + text;
}

bool hasTag(const nostr::Event& e, std::string_view name) {
    return std::any_of(e.tags.begin(), e.tags.end(), [&](const nostr::Tag& t) { return !t.empty() && t[0] == name; });
}

} // namespace

std::string urlHost(std::string_view url) {
    std::string s(url);
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (const size_t scheme = s.find("://"); scheme != std::string::npos) s.erase(0, scheme + 3);
    if (const size_t slash = s.find('/'); slash != std::string::npos) s.erase(slash);
    return s;
}

std::shared_ptr<const AccessRules> compileAccess(const RelayConfig& config) {
    auto rules = std::make_shared<AccessRules>();
    const AccessConfig& a = config.access;
    auto level = [](uint32_t v) { return AccessLevel(int(std::min<uint32_t>(v, 4))); };
    rules->connectionLevel = level(a.minLevelConnection);
    rules->eventLevel = level(a.minLevelEvent);
    rules->reqLevel = level(a.minLevelReq);
    rules->countLevel = level(a.minLevelCount);
    rules->authEnabled = a.authEnabled;
    rules->ownerInbox = a.ownerInbox;
    rules->holdBelow = level(a.holdBelowLevel);
    rules->knownDepth = int(a.knownDepth);
    rules->nip43 = a.nip43Enabled;
    rules->publicUrl = config.publicUrl.trimmed().toStdString();
    rules->publicUrlHost = config.publicUrl.isEmpty() ? std::string() : urlHost(config.publicUrl.toStdString());
    rules->owners = decodeKeys(a.ownerPubkeys);
    rules->members = decodeKeys(a.memberPubkeys);
    rules->banned = decodeKeys(a.bannedPubkeys);
    return rules;
}

AccessLevel levelOf(const std::vector<nostr::PubKey>& keys, const AccessRules& rules,
                    const std::vector<nostr::PubKey>& known) {
    AccessLevel best = AccessLevel::Anonymous;
    for (const nostr::PubKey& k : keys) {
        if (contains(rules.banned, k)) continue;
        AccessLevel l = AccessLevel::Authenticated;
        if (contains(rules.owners, k)) l = AccessLevel::Owner;
        else if (contains(rules.members, k)) l = AccessLevel::Member;
        else if (rules.knownDepth > 0 && contains(known, k)) l = AccessLevel::Known;
        best = std::max(best, l);
    }
    return best;
}

std::optional<std::string> checkVerb(Verb verb, AccessLevel level, const AccessRules& rules) {
    if (auto r = refuse(rules.connectionLevel, level, "this relay")) return r;
    switch (verb) {
    case Verb::Event: return refuse(rules.eventLevel, level, "writing");
    case Verb::Req: return refuse(rules.reqLevel, level, "reading");
    case Verb::Count: return refuse(rules.countLevel, level, "counting");
    }
    return std::nullopt;
}

std::optional<std::string> checkEvent(const nostr::Event& event, const std::vector<nostr::PubKey>& keys,
                                      const AccessRules& rules, const std::vector<nostr::PubKey>& known) {
    if (contains(rules.banned, event.pubkey)) return std::string("blocked: this pubkey is banned here");
    const bool authorAuthenticated = std::find(keys.begin(), keys.end(), event.pubkey) != keys.end();
    // NIP-70: a protected event only from its authenticated author.
    if (hasTag(event, "-") && !authorAuthenticated) {
        if (!rules.authEnabled) return std::string("blocked: protected events are not accepted here");
        return std::string("auth-required: this event may only be published by its author");
    }
    const AccessLevel level = levelOf(keys, rules, known);
    if (auto r = refuse(rules.connectionLevel, level, "this relay")) return r;
    if (level >= rules.eventLevel) return std::nullopt;
    // Exemptions a personal relay needs: anyone may deliver relay lists and mail for the owner.
    if (event.kind == 10002 || event.kind == 10050) return std::nullopt;
    if (rules.ownerInbox) {
        for (const nostr::Tag& t : event.tags) {
            nostr::PubKey p{};
            if (t.size() >= 2 && t[0] == "p" && nostr::fromHex(t[1], p) && contains(rules.owners, p)) return std::nullopt;
        }
    }
    return refuse(rules.eventLevel, level, "writing");
}

std::optional<std::string> verifyAuthEvent(const nostr::Event& event, std::string_view challenge,
                                           const AccessRules& rules, int64_t now, const ConnectedTo& to) {
    if (!rules.authEnabled) return std::string("restricted: AUTH is not enabled on this relay");
    if (event.kind != 22242) return std::string("invalid: AUTH event must be kind 22242");
    constexpr int64_t kWindow = 600;
    if (event.createdAt < now - kWindow || event.createdAt > now + kWindow)
        return std::string("invalid: AUTH event created_at is not within 10 minutes of now");
    std::optional<std::string_view> tagChallenge, tagRelay;
    for (const nostr::Tag& t : event.tags) {
        if (t.size() < 2) continue;
        if (t[0] == "challenge" && !tagChallenge) tagChallenge = t[1];
        if (t[0] == "relay" && !tagRelay) tagRelay = t[1];
    }
    if (!tagChallenge || *tagChallenge != challenge) return std::string("invalid: AUTH challenge does not match");
    if (!tagRelay) return std::string("invalid: AUTH event has no relay tag");
    const auto url = parseUrl(*tagRelay);
    ConnectedTo endpoint = to;
    if (endpoint.publicUrl.empty()) endpoint.publicUrl = rules.publicUrl;
    if (!url || (url->scheme != "ws" && url->scheme != "wss") || !urlNamesEndpoint(*url, endpoint))
        return std::string("invalid: AUTH relay tag is not this relay");
    if (auto bad = nostr::verifyEvent(event)) return bad;
    return std::nullopt;
}

} // namespace roost::policy
