#include "relay/QueryScheduler.h"

#include <algorithm>

namespace roost::relay {

void QueryScheduler::add(std::unique_ptr<ScanJob> job) {
    cancel(job->conn(), job->subscriptionId());
    m_jobs.push_back(std::move(job));
}

bool QueryScheduler::cancel(ConnId conn, const std::string& subId) {
    return std::erase_if(m_jobs, [&](const auto& j) { return j->conn() == conn && j->subscriptionId() == subId; }) > 0;
}

void QueryScheduler::cancelConnection(ConnId conn) {
    std::erase_if(m_jobs, [&](const auto& j) { return j->conn() == conn; });
    m_congested.erase(conn);
}

void QueryScheduler::setCongested(ConnId conn, bool congested) {
    if (congested) m_congested.insert(conn);
    else m_congested.erase(conn);
}

bool QueryScheduler::hasRunnable() const {
    return std::any_of(m_jobs.begin(), m_jobs.end(), [&](const auto& j) { return !m_congested.contains(j->conn()); });
}

} // namespace roost::relay
