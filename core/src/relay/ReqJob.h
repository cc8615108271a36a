#pragma once
// The stored-events stage of one REQ as a ScanJob: its filters' FilterScans run one after the
// other, results go to the Listener as EVENT frames, then EOSE and Subscribe to the ReqMonitor.
#include "nostr/Filter.h"
#include "relay/QueryScheduler.h"
#include "relay/ReadTicket.h"

#include <chrono>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace roost::store { class Database; class FilterScan; }

namespace roost::relay {

class ReqJob final : public ScanJob {
public:
    /// Scans `db` at snapshot `snapshotSeq` (events with seq <= it). `defaultLimit` applies to
    /// filters without a limit (NIP-11 default_limit). `ticket`: the connection's read slot,
    /// given back when the job is destroyed (finished, replaced or cancelled).
    ReqJob(store::Database& db, const Hub& hub, ConnId conn, std::string subId, std::vector<nostr::Filter> filters,
           uint64_t snapshotSeq, uint32_t defaultLimit, ReadTicket ticket = {});
    ~ReqJob() override;

    ConnId conn() const override { return m_conn; }
    const std::string& subscriptionId() const override { return m_subId; }
    bool runSlice(const SliceBudget& budget) override;
    bool cancelled() const override { return m_ticket.cancelled(); }

private:
    store::Database& m_db;
    const Hub& m_hub;
    ConnId m_conn;
    std::string m_subId;
    std::string m_wireSubId; // m_subId as a JSON string literal, made once
    std::vector<nostr::Filter> m_filters;
    uint64_t m_snapshotSeq;
    uint32_t m_defaultLimit;
    size_t m_filterIndex = 0;
    std::unique_ptr<store::FilterScan> m_scan;
    std::unordered_set<uint64_t> m_sent; // seqs already sent, when filters overlap
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
    ReadTicket m_ticket;
};

} // namespace roost::relay
