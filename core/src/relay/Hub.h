#pragma once
// Where each thread finds the inboxes of the others. Built once by RelayImpl before any
// thread starts and read-only afterwards, so threads share it without locks.
#include <cstdint>
#include <vector>

namespace roost::relay {

class Listener;
class Ingester;
class Writer;
class ReqWorker;
class ReqMonitor;

/// Connection ids are assigned by the Listener, start at 1 and are never reused in a run.
using ConnId = uint64_t;

struct Hub {
    Listener* listener = nullptr;
    std::vector<Ingester*> ingesters;
    Writer* writer = nullptr;
    std::vector<ReqWorker*> reqWorkers;
    ReqMonitor* monitor = nullptr;

    /// A connection always maps to the same Ingester and ReqWorker, so its messages stay in order.
    Ingester& ingesterFor(ConnId conn) const { return *ingesters[conn % ingesters.size()]; }
    ReqWorker& reqWorkerFor(ConnId conn) const { return *reqWorkers[conn % reqWorkers.size()]; }
};

/// Names the calling thread (<= 15 characters, shown by `top -H`).
void setThreadName(const char* name);

} // namespace roost::relay
