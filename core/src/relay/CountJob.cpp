#include "relay/CountJob.h"

#include "nostr/Messages.h"
#include "relay/Listener.h"
#include "store/FilterScan.h"

#include <chrono>

namespace roost::relay {

namespace {
// Index entries examined between two looks at the clock (a few hundred microseconds of work).
constexpr size_t kCandidatesPerStep = 2048;
} // namespace

CountJob::CountJob(store::Database& db, const Hub& hub, ConnId conn, std::string subId,
                   std::vector<nostr::Filter> filters, uint64_t snapshotSeq, ReadTicket ticket)
    : m_hub(hub), m_conn(conn), m_subId(std::move(subId)),
      m_scan(std::make_unique<store::CountScan>(db, std::move(filters), snapshotSeq)), m_ticket(std::move(ticket)) {}

CountJob::~CountJob() = default;

bool CountJob::runSlice(const SliceBudget& budget) {
    do {
        if (m_scan->next(kCandidatesPerStep)) {
            m_hub.listener->post(Listener::SendFrames{m_conn, {nostr::makeCountMessage(m_subId, m_scan->count())}});
            return true;
        }
    } while (std::chrono::steady_clock::now() < budget.deadline);
    return false;
}

} // namespace roost::relay
