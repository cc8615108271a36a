#include "relay/QueryScheduler.h"

#include <algorithm>
#include <typeinfo>

namespace roost::relay {

void QueryScheduler::add(std::unique_ptr<ScanJob> job) {
    const ConnId conn = job->conn();
    auto lane = std::find_if(m_lanes.begin(), m_lanes.end(), [&](const Lane& l) { return l.conn == conn; });
    if (lane == m_lanes.end()) lane = m_lanes.insert(m_lanes.end(), Lane{conn, {}});
    // Only a job of the same type is replaced: a COUNT never cancels the REQ scan of its id.
    const ScanJob& added = *job;
    std::erase_if(lane->jobs, [&](const auto& j) {
        return j->subscriptionId() == added.subscriptionId() && typeid(*j) == typeid(added);
    });
    lane->jobs.push_back(std::move(job));
}

bool QueryScheduler::cancel(ConnId conn, const std::string& subId) {
    for (auto lane = m_lanes.begin(); lane != m_lanes.end(); ++lane) {
        if (lane->conn != conn) continue;
        const bool dropped = std::erase_if(lane->jobs, [&](const auto& j) { return j->subscriptionId() == subId; }) > 0;
        if (lane->jobs.empty()) m_lanes.erase(lane);
        return dropped;
    }
    return false;
}

void QueryScheduler::cancelConnection(ConnId conn) {
    std::erase_if(m_lanes, [&](const Lane& l) { return l.conn == conn; });
    m_congested.erase(conn);
}

void QueryScheduler::clear() {
    m_lanes.clear();
    m_congested.clear();
}

void QueryScheduler::setCongested(ConnId conn, bool congested) {
    if (congested) m_congested.insert(conn);
    else m_congested.erase(conn);
}

size_t QueryScheduler::size() const {
    size_t n = 0;
    for (const Lane& l : m_lanes) n += l.jobs.size();
    return n;
}

size_t QueryScheduler::size(ConnId conn) const {
    for (const Lane& l : m_lanes)
        if (l.conn == conn) return l.jobs.size();
    return 0;
}

bool QueryScheduler::hasRunnable() const {
    return std::any_of(m_lanes.begin(), m_lanes.end(), [&](const Lane& l) { return !m_congested.contains(l.conn); });
}

} // namespace roost::relay
