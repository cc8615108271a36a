#include "policy/EventLimits.h"

namespace roost::policy {

std::optional<std::string> checkStorable(const nostr::Event& event, const RelayConfig& config, int64_t now,
                                         StorableChecks checks) {
    const AccessConfig& access = config.access;
    const RelayLimits& limits = config.limits;
    if (checks.kindLists && ((!access.allowedKinds.isEmpty() && !access.allowedKinds.contains(event.kind)) ||
                             access.deniedKinds.contains(event.kind)))
        return "blocked: kind " + std::to_string(event.kind) + " is not accepted here";
    if (event.tags.size() > limits.maxEventTags)
        return "invalid: too many tags (max_event_tags is " + std::to_string(limits.maxEventTags) + ")";
    if (event.content.size() > limits.maxContentLength)
        return "invalid: content too long (max_content_length is " + std::to_string(limits.maxContentLength) + ")";
    if (limits.createdAtUpperLimit > 0 && event.createdAt > now + limits.createdAtUpperLimit)
        return std::string("invalid: created_at is too far in the future");
    if (checks.ageFloor && limits.createdAtLowerLimit > 0 && event.createdAt < now - limits.createdAtLowerLimit)
        return std::string("invalid: created_at is too far in the past");
    // NIP-40: an event that has already expired is dropped.
    if (const auto expiration = nostr::expirationOf(event); expiration && *expiration <= now)
        return std::string("invalid: event has expired");
    // NIP-42: authentication events are never stored or broadcast.
    if (event.kind == 22242) return std::string("invalid: kind 22242 is for AUTH messages only");
    return std::nullopt;
}

} // namespace roost::policy
