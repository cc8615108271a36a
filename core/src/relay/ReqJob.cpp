#include "relay/ReqJob.h"

#include "nostr/Json.h"
#include "nostr/Messages.h"
#include "relay/Listener.h"
#include "relay/Metrics.h"
#include "relay/ReqMonitor.h"
#include "relay/WebSocketCodec.h"
#include "store/FilterScan.h"

namespace roost::relay {

ReqJob::ReqJob(store::Database& db, const Hub& hub, ConnId conn, std::string subId,
               std::vector<nostr::Filter> filters, uint64_t snapshotSeq, uint32_t defaultLimit, ReadTicket ticket)
    : m_db(db), m_hub(hub), m_conn(conn), m_subId(std::move(subId)), m_filters(std::move(filters)),
      m_snapshotSeq(snapshotSeq), m_defaultLimit(defaultLimit), m_ticket(std::move(ticket)) {}

ReqJob::~ReqJob() = default;

bool ReqJob::runSlice(const SliceBudget& budget) {
    // The slice's EVENT messages are framed here, back to back, so the Listener appends them to
    // the connection's output in one piece: ["EVENT",<sub>,<stored json>] per event (the layout
    // of nostr::appendEventMessage, written after its frame header so the JSON is copied once).
    std::string frames;
    uint32_t messages = 0;
    if (m_wireSubId.empty()) nostr::appendWireString(m_wireSubId, m_subId);
    std::vector<store::StoredEvent> found;
    size_t sent = 0;
    while (m_filterIndex < m_filters.size() && sent < budget.maxEvents &&
           std::chrono::steady_clock::now() < budget.deadline) {
        if (!m_scan)
            m_scan = std::make_unique<store::FilterScan>(m_db, m_filters[m_filterIndex], m_snapshotSeq, m_defaultLimit);
        found.clear();
        const bool scanDone = m_scan->next(found, std::min<size_t>(64, budget.maxEvents - sent));
        for (const store::StoredEvent& ev : found) {
            if (m_filters.size() > 1 && !m_sent.insert(ev.seq).second) continue;
            constexpr std::string_view kHead = "[\"EVENT\",";
            appendWebSocketHeader(frames, 0x1, kHead.size() + m_wireSubId.size() + 1 + ev.json.size() + 1);
            frames += kHead;
            frames += m_wireSubId;
            frames += ',';
            frames += ev.json;
            frames += ']';
            ++messages;
            ++sent;
        }
        if (scanDone) {
            m_scan.reset();
            ++m_filterIndex;
        }
    }
    const bool finished = m_filterIndex >= m_filters.size();
    if (messages) m_hub.listener->post(Listener::SendFramedEvents{m_conn, std::move(frames), messages});
    if (finished) {
        m_hub.metrics->querySeconds.observe(std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count());
        // The ReqMonitor sends EOSE when it registers the live stage: a client that reacts to EOSE
        // (say, by publishing an ephemeral event) can then never outrun the registration.
        m_hub.monitor->post(ReqMonitor::Subscribe{m_conn, m_subId, std::move(m_filters), m_snapshotSeq, m_ticket.credit()});
    }
    return finished;
}

} // namespace roost::relay
