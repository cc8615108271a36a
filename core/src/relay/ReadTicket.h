#pragma once
// Outstanding read work of one connection (issue 14 item 5): the Ingester takes a ReadTicket for
// each REQ scan, COUNT and negentropy message it hands to the connection's ReqWorker, and the
// ticket travels with the work; destroying it (work finished, cancelled or dropped) gives the
// slot back. Past limits/max_pending_reads the Ingester refuses new reads "rate-limited:", so a
// client cannot queue unbounded work; when the connection closes its queued work is skipped.
#include <atomic>
#include <cstdint>
#include <memory>

namespace roost::relay {

/// Shared by a connection's Ingester (takes slots, marks the connection closed) and its ReqWorker
/// (holds the tickets). Atomics: neither side waits for the other.
struct ReadCredit {
    std::atomic<uint32_t> outstanding{0}; ///< tickets alive
    std::atomic<bool> closed{false};      ///< the connection is gone: its queued reads are void
};

/// One slot of a ReadCredit, move-only; an empty ticket (no credit) is never cancelled.
class ReadTicket {
public:
    ReadTicket() = default;
    /// Takes a slot when fewer than `max` are out; returns an empty ticket otherwise (check ok()).
    static ReadTicket take(const std::shared_ptr<ReadCredit>& credit, uint32_t max) {
        uint32_t n = credit->outstanding.load(std::memory_order_relaxed);
        do {
            if (n >= max) return {};
        } while (!credit->outstanding.compare_exchange_weak(n, n + 1, std::memory_order_acq_rel));
        ReadTicket t;
        t.m_credit = credit;
        return t;
    }
    ReadTicket(ReadTicket&& o) noexcept = default;
    ReadTicket& operator=(ReadTicket&& o) noexcept {
        if (this != &o) { release(); m_credit = std::move(o.m_credit); }
        return *this;
    }
    ReadTicket(const ReadTicket&) = delete;
    ReadTicket& operator=(const ReadTicket&) = delete;
    ~ReadTicket() { release(); }

    bool ok() const { return bool(m_credit); }
    /// True when the connection this work is for has closed: the work can be dropped.
    bool cancelled() const { return m_credit && m_credit->closed.load(std::memory_order_acquire); }
    /// The connection's credit (null for an empty ticket), for work that outlives the ticket and
    /// still wants to know whether the connection has closed.
    std::shared_ptr<const ReadCredit> credit() const { return m_credit; }

private:
    void release() {
        if (m_credit) m_credit->outstanding.fetch_sub(1, std::memory_order_acq_rel);
        m_credit.reset();
    }
    std::shared_ptr<ReadCredit> m_credit;
};

} // namespace roost::relay
