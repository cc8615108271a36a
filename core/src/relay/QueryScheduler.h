#pragma once
// Time-sliced round robin over the open stored-event scans and counts of one ReqWorker, fair
// between connections: each round gives every connection one time slice, shared by its jobs in
// turn, so one connection with thousands of queued COUNTs delays another's REQ by one slice per
// round, not by its whole queue; a congested connection's scans wait (DESIGN.md §Threads).
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

/// One subscription's stored-events stage (REQ) or one COUNT, resumable between slices.
class ScanJob {
public:
    virtual ~ScanJob() = default;
    virtual ConnId conn() const = 0;
    virtual const std::string& subscriptionId() const = 0;
    /// Does a bounded amount of work. Returns true when the job is finished (and has answered).
    virtual bool runSlice(const SliceBudget& budget) = 0;
    /// True when the job's connection has gone, so the job is dropped without running.
    virtual bool cancelled() const { return false; }
};

class QueryScheduler {
public:
    /// `sliceTime`: wall-clock budget of one connection in one round; `sliceEvents`: results per
    /// job slice.
    explicit QueryScheduler(std::chrono::microseconds sliceTime = std::chrono::milliseconds(5),
                            size_t sliceEvents = 256)
        : m_sliceTime(sliceTime), m_sliceEvents(sliceEvents) {}

    /// Adds a job at the end of its connection's turn; a job of the same type with the same
    /// (conn, subscription id) is dropped first (REQ replacing a subscription, COUNT reusing an id).
    void add(std::unique_ptr<ScanJob> job);
    /// Drops the job of (conn, subId), if any. Returns true when one was dropped.
    bool cancel(ConnId conn, const std::string& subId);
    /// Drops every job of the connection and forgets its congestion.
    void cancelConnection(ConnId conn);
    /// Drops every job (relay shutdown: queued reads are not answered).
    void clear();
    /// Pauses (true) or resumes (false) the jobs of a connection.
    void setCongested(ConnId conn, bool congested);

    bool empty() const { return m_lanes.empty(); }
    /// Jobs of every connection.
    size_t size() const;
    /// Jobs of one connection.
    size_t size(ConnId conn) const;
    /// True when some job is not paused by congestion.
    bool hasRunnable() const;

    /// One round: every connection that is not congested gets `sliceTime`, spent on its jobs in
    /// turn (each at most one slice per round; a job not finished goes to the back of its
    /// connection's turn). Finished and cancelled jobs are removed. Returns the jobs finished.
    /// A job that throws is removed and the exception is passed to `onError` (job, what()).
    template <class OnError>
    size_t runRound(OnError&& onError) {
        size_t finished = 0;
        for (auto lane = m_lanes.begin(); lane != m_lanes.end();) {
            auto& jobs = lane->jobs;
            if (!m_congested.contains(lane->conn)) {
                const auto laneDeadline = std::chrono::steady_clock::now() + m_sliceTime;
                for (size_t turns = jobs.size(); turns > 0 && !jobs.empty(); --turns) {
                    ScanJob& job = *jobs.front();
                    bool done = true;
                    if (!job.cancelled()) {
                        try {
                            done = job.runSlice(SliceBudget{m_sliceEvents, laneDeadline});
                        } catch (const std::exception& e) {
                            onError(job, e.what());
                        }
                        if (done) ++finished;
                    }
                    if (done) jobs.pop_front();
                    else jobs.splice(jobs.end(), jobs, jobs.begin());
                    if (std::chrono::steady_clock::now() >= laneDeadline) break;
                }
            }
            if (jobs.empty()) lane = m_lanes.erase(lane);
            else ++lane;
        }
        return finished;
    }

private:
    struct Lane {
        ConnId conn;
        std::list<std::unique_ptr<ScanJob>> jobs;
    };
    std::chrono::microseconds m_sliceTime;
    size_t m_sliceEvents;
    std::list<Lane> m_lanes; // one per connection with jobs, in round order
    std::unordered_set<ConnId> m_congested;
};

} // namespace roost::relay
