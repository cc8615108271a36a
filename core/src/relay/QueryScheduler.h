#pragma once
// Time-sliced round robin over the open stored-event scans of one ReqWorker, so one huge query
// never delays a small one and a congested connection's scans wait (DESIGN.md §Threads).
// No threads and no store here: jobs are opaque, so the policy is unit-tested on its own.
#include "relay/Hub.h"

#include <chrono>
#include <list>
#include <memory>
#include <string>
#include <unordered_set>

namespace roost::relay {

/// Limits of one slice: a job stops after `maxEvents` results or once `deadline` has passed.
struct SliceBudget {
    size_t maxEvents = 256;
    std::chrono::steady_clock::time_point deadline;
};

/// One subscription's stored-events stage, resumable between slices.
class ScanJob {
public:
    virtual ~ScanJob() = default;
    virtual ConnId conn() const = 0;
    virtual const std::string& subscriptionId() const = 0;
    /// Does a bounded amount of work. Returns true when the job is finished (and has sent EOSE).
    virtual bool runSlice(const SliceBudget& budget) = 0;
};

class QueryScheduler {
public:
    /// `sliceTime`: wall-clock budget of one slice; `sliceEvents`: results per slice.
    explicit QueryScheduler(std::chrono::microseconds sliceTime = std::chrono::milliseconds(5),
                            size_t sliceEvents = 256)
        : m_sliceTime(sliceTime), m_sliceEvents(sliceEvents) {}

    /// Adds a job at the end of the round; a job with the same (conn, subscription id) is
    /// dropped first (REQ replacing a subscription).
    void add(std::unique_ptr<ScanJob> job);
    /// Drops the job of (conn, subId), if any. Returns true when one was dropped.
    bool cancel(ConnId conn, const std::string& subId);
    /// Drops every job of the connection and forgets its congestion.
    void cancelConnection(ConnId conn);
    /// Pauses (true) or resumes (false) the jobs of a connection.
    void setCongested(ConnId conn, bool congested);

    bool empty() const { return m_jobs.empty(); }
    size_t size() const { return m_jobs.size(); }
    /// True when some job is not paused by congestion.
    bool hasRunnable() const;

    /// Gives one slice to every runnable job in order and removes the finished ones.
    /// A job that throws is removed and the exception is passed to `onError` (job, what()).
    template <class OnError>
    size_t runRound(OnError&& onError) {
        size_t finished = 0;
        for (auto it = m_jobs.begin(); it != m_jobs.end();) {
            ScanJob& job = **it;
            if (m_congested.contains(job.conn())) { ++it; continue; }
            bool done = true;
            try {
                done = job.runSlice(SliceBudget{m_sliceEvents, std::chrono::steady_clock::now() + m_sliceTime});
            } catch (const std::exception& e) {
                onError(job, e.what());
            }
            if (done) { it = m_jobs.erase(it); ++finished; }
            else ++it;
        }
        return finished;
    }

private:
    std::chrono::microseconds m_sliceTime;
    size_t m_sliceEvents;
    std::list<std::unique_ptr<ScanJob>> m_jobs;
    std::unordered_set<ConnId> m_congested;
};

} // namespace roost::relay
