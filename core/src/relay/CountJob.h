#pragma once
// One NIP-45 COUNT as a ScanJob: the count runs in time slices like a REQ scan (a resumable
// store::CountScan), so COUNTs take their turn with other connections' reads; the answer is
// ["COUNT",<sub>,{"count":n}] to the Listener, or CLOSED "error:" when the store fails.
#include "nostr/Filter.h"
#include "relay/QueryScheduler.h"
#include "relay/ReadTicket.h"

#include <memory>
#include <string>
#include <vector>

namespace roost::store { class Database; class CountScan; }

namespace roost::relay {

class CountJob final : public ScanJob {
public:
    /// Counts in `db` at snapshot `snapshotSeq` (events with seq <= it). `ticket`: the
    /// connection's read slot, given back when the job is destroyed.
    CountJob(store::Database& db, const Hub& hub, ConnId conn, std::string subId, std::vector<nostr::Filter> filters,
             uint64_t snapshotSeq, ReadTicket ticket);
    ~CountJob() override;

    ConnId conn() const override { return m_conn; }
    const std::string& subscriptionId() const override { return m_subId; }
    bool runSlice(const SliceBudget& budget) override;
    bool cancelled() const override { return m_ticket.cancelled(); }

private:
    const Hub& m_hub;
    ConnId m_conn;
    std::string m_subId;
    std::unique_ptr<store::CountScan> m_scan;
    ReadTicket m_ticket;
};

} // namespace roost::relay
