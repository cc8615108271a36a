#pragma once
// Shared pieces of the bench tools: command-line options, latency percentiles, /proc readings
// of the relay under test, a JSON result line, and the dataset loader.
#include "nostr/Event.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace roost::bench {

/// splitmix64: a tiny PRNG whose output is the same on every platform (std distributions are not),
/// so a seed names one dataset or one flood everywhere. `s` is the state; next() is 64 random bits.
struct Rng {
    uint64_t s;
    uint64_t next() {
        uint64_t z = (s += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1) with 53 random bits.
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    /// Uniform in [0, n) (modulo bias ignored); 0 when n is 0.
    size_t below(size_t n) { return n ? next() % n : 0; }
};

/// `--key value` pairs and bare `--flag`s after the scenario name. Throws std::invalid_argument
/// for a value that is not a number when one is asked for.
class Options {
public:
    Options(int argc, char** argv, int first);
    std::string str(const std::string& key, const std::string& fallback = {}) const;
    int64_t num(const std::string& key, int64_t fallback) const;
    double real(const std::string& key, double fallback) const;
    bool flag(const std::string& key) const { return m_values.count(key) > 0; }

private:
    std::map<std::string, std::string> m_values;
};

/// Latencies in microseconds; percentile() sorts on first use.
class Latencies {
public:
    void add(double us) { m_us.push_back(us); m_sorted = false; }
    /// The p-th percentile (0..100, nearest rank), 0 when empty.
    double percentile(double p);
    size_t count() const { return m_us.size(); }

private:
    std::vector<double> m_us;
    bool m_sorted = true;
};

/// CPU seconds (utime + stime, from /proc/<pid>/stat) used so far by process `pid`; 0 when pid
/// is 0 or the process is gone.
double processCpuSeconds(int pid);
/// Nanoseconds on a CPU used so far by all threads of process `pid` (the first field of every
/// /proc/<pid>/task/<tid>/schedstat, summed): finer than processCpuSeconds' clock ticks (10 ms),
/// so short steps such as one negentropy round can be measured. Threads that already exited are
/// not counted. 0 when pid is 0, the process is gone or the kernel has no schedstat.
int64_t processCpuNs(int pid);
/// Resident set size (VmRSS from /proc/<pid>/status) in KiB; 0 when unknown.
int64_t processRssKiB(int pid);

/// Builds one line of JSON: {"scenario":...,"target":...,<fields in insertion order>}.
class ResultLine {
public:
    ResultLine(const std::string& scenario, const std::string& target);
    ResultLine& add(const std::string& key, double value);
    ResultLine& add(const std::string& key, int64_t value);
    ResultLine& add(const std::string& key, const std::string& value);
    /// Prints the line to stdout, with the 1-minute load average (/proc/loadavg) as "load1"
    /// last, and flushes.
    void print() const;

private:
    std::string m_text;
};

/// One dataset line: the raw JSON object text and the parsed event (for picking query values
/// and predicting fan-out matches).
struct DatasetEvent {
    std::string json;
    nostr::Event event;
};

/// Reads a JSONL file of events (blank lines skipped; lines that fail to parse skipped and
/// counted in `skipped`). At most `maxEvents` (0 = all). Throws std::runtime_error when the file
/// cannot be opened.
std::vector<DatasetEvent> loadDataset(const std::string& path, size_t maxEvents, size_t* skipped = nullptr);

/// Hex id of an event message's object: finds `"id":"` in `json` and returns the next 64
/// characters, or an empty view when absent.
std::string_view findIdHex(std::string_view json);

} // namespace roost::bench
