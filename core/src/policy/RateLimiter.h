#pragma once
// Token-bucket rate limits per client IP address, shared by all Ingester threads
// (DESIGN.md §Access levels: limits and abuse).
#include <QHash>
#include <QString>

#include <chrono>
#include <functional>
#include <mutex>
#include <unordered_map>

namespace roost::policy {

/// What a message costs: every message draws from Message; EVENTs also from Event, REQ and
/// COUNT also from Req.
enum class RateClass { Message, Event, Req };

/// Rates are tokens per second (0 = unlimited); a bucket holds rate x burstSeconds tokens and
/// starts full. Thread-safe. `now` is injectable (seconds, monotonic) for tests.
class RateLimiter {
public:
    struct Rates {
        double messagesPerSecond = 0;
        double eventsPerSecond = 0;
        double reqsPerSecond = 0;
        double burstSeconds = 10;
    };

    explicit RateLimiter(std::function<double()> now = {});

    /// Takes one token from each bucket `cls` draws from for `ip`. Returns false (taking nothing)
    /// when one of them is empty: the caller answers "rate-limited:".
    bool allow(const QString& ip, RateClass cls, const Rates& rates);

    /// Buckets currently tracked (full buckets are dropped now and then).
    size_t trackedAddresses() const;

private:
    struct Bucket { double tokens = -1; double at = 0; };
    struct Buckets { Bucket message, event, req; };
    static bool refill(Bucket& b, double rate, double burst, double now);
    void sweep(double now, const Rates& rates);

    std::function<double()> m_now;
    mutable std::mutex m_mutex;
    std::unordered_map<QString, Buckets> m_buckets;
    double m_lastSweep = 0;
};

} // namespace roost::policy
