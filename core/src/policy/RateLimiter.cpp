#include "policy/RateLimiter.h"

#include <algorithm>

namespace roost::policy {

namespace {
double steadySeconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
constexpr double kSweepInterval = 60;
} // namespace

RateLimiter::RateLimiter(std::function<double()> now) : m_now(now ? std::move(now) : steadySeconds) {}

// Brings the bucket up to date; returns true when it has a token to give.
bool RateLimiter::refill(Bucket& b, double rate, double burst, double now) {
    const double capacity = std::max(1.0, rate * burst);
    if (b.tokens < 0) b.tokens = capacity; // new bucket: full
    else b.tokens = std::min(capacity, b.tokens + (now - b.at) * rate);
    b.at = now;
    return b.tokens >= 1;
}

bool RateLimiter::allow(const QString& ip, RateClass cls, const Rates& rates) {
    const double now = m_now();
    std::lock_guard lock(m_mutex);
    if (now - m_lastSweep > kSweepInterval) sweep(now, rates);
    Buckets& b = m_buckets[ip];
    Bucket* second = nullptr;
    double secondRate = 0;
    if (cls == RateClass::Event) second = &b.event, secondRate = rates.eventsPerSecond;
    if (cls == RateClass::Req) second = &b.req, secondRate = rates.reqsPerSecond;

    const bool messageLimited = rates.messagesPerSecond > 0;
    const bool secondLimited = second && secondRate > 0;
    if (messageLimited && !refill(b.message, rates.messagesPerSecond, rates.burstSeconds, now)) return false;
    if (secondLimited && !refill(*second, secondRate, rates.burstSeconds, now)) return false;
    if (messageLimited) b.message.tokens -= 1;
    if (secondLimited) second->tokens -= 1;
    return true;
}

// Drops addresses whose buckets have refilled completely: they carry no information.
void RateLimiter::sweep(double now, const Rates& rates) {
    m_lastSweep = now;
    auto full = [&](const Bucket& b, double rate) {
        return b.tokens < 0 || rate <= 0 || b.tokens + (now - b.at) * rate >= std::max(1.0, rate * rates.burstSeconds);
    };
    std::erase_if(m_buckets, [&](const auto& kv) {
        const Buckets& b = kv.second;
        return full(b.message, rates.messagesPerSecond) && full(b.event, rates.eventsPerSecond) &&
               full(b.req, rates.reqsPerSecond);
    });
}

size_t RateLimiter::trackedAddresses() const {
    std::lock_guard lock(m_mutex);
    return m_buckets.size();
}

} // namespace roost::policy
