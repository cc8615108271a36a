#include "Common.h"

#include "nostr/EventParser.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace roost::bench {

Options::Options(int argc, char** argv, int first) {
    for (int i = first; i < argc; ++i) {
        std::string a = argv[i];
        if (a.rfind("--", 0) != 0) throw std::invalid_argument("unexpected argument: " + a);
        a = a.substr(2);
        if (i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0) m_values[a] = argv[++i];
        else m_values[a] = "";
    }
}

std::string Options::str(const std::string& key, const std::string& fallback) const {
    auto it = m_values.find(key);
    return it == m_values.end() ? fallback : it->second;
}

int64_t Options::num(const std::string& key, int64_t fallback) const {
    auto it = m_values.find(key);
    if (it == m_values.end()) return fallback;
    size_t used = 0;
    const int64_t v = std::stoll(it->second, &used);
    if (used != it->second.size()) throw std::invalid_argument("--" + key + " needs an integer");
    return v;
}

double Options::real(const std::string& key, double fallback) const {
    auto it = m_values.find(key);
    return it == m_values.end() ? fallback : std::stod(it->second);
}

double Latencies::percentile(double p) {
    if (m_us.empty()) return 0;
    if (!m_sorted) {
        std::sort(m_us.begin(), m_us.end());
        m_sorted = true;
    }
    size_t rank = static_cast<size_t>(std::ceil(p / 100.0 * m_us.size()));
    rank = std::clamp<size_t>(rank, 1, m_us.size());
    return m_us[rank - 1];
}

double processCpuSeconds(int pid) {
    if (pid <= 0) return 0;
    std::ifstream f("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    const size_t close = text.rfind(')'); // the command name may hold spaces
    if (close == std::string::npos) return 0;
    std::istringstream rest(text.substr(close + 2));
    std::string field;
    // Fields after ')' start at field 3 (state); utime and stime are fields 14 and 15.
    unsigned long long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i) {
        if (i == 14) utime = std::stoull(field);
        if (i == 15) stime = std::stoull(field);
    }
    return double(utime + stime) / double(sysconf(_SC_CLK_TCK));
}

int64_t processCpuNs(int pid) {
    if (pid <= 0) return 0;
    std::error_code ec;
    int64_t total = 0;
    for (const auto& task : std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task", ec)) {
        std::ifstream f(task.path() / "schedstat");
        long long ns = 0;
        if (f >> ns) total += ns;
    }
    return total;
}

int64_t processRssKiB(int pid) {
    if (pid <= 0) return 0;
    std::ifstream f("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(f, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::stoll(line.substr(6));
    return 0;
}

ResultLine::ResultLine(const std::string& scenario, const std::string& target) {
    m_text = "{\"scenario\":\"" + scenario + "\",\"target\":\"" + target + "\"";
}

ResultLine& ResultLine::add(const std::string& key, double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", std::isfinite(value) ? value : 0.0);
    m_text += ",\"" + key + "\":" + buf;
    return *this;
}

ResultLine& ResultLine::add(const std::string& key, int64_t value) {
    m_text += ",\"" + key + "\":" + std::to_string(value);
    return *this;
}

ResultLine& ResultLine::add(const std::string& key, const std::string& value) {
    m_text += ",\"" + key + "\":\"" + value + "\"";
    return *this;
}

void ResultLine::print() const {
    // The 1-minute load average when the result was taken: the machine may be shared.
    double load1 = 0;
    if (std::FILE* f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf", &load1) != 1) load1 = 0;
        std::fclose(f);
    }
    std::printf("%s,\"load1\":%.2f}\n", m_text.c_str(), load1);
    std::fflush(stdout);
}

std::vector<DatasetEvent> loadDataset(const std::string& path, size_t maxEvents, size_t* skipped) {
    std::ifstream f(path);
    if (!f) throw std::runtime_error("cannot open " + path);
    std::vector<DatasetEvent> out;
    size_t bad = 0;
    std::string line;
    while (std::getline(f, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        try {
            DatasetEvent e{line, nostr::parseEvent(line)};
            out.push_back(std::move(e));
        } catch (const std::exception&) {
            ++bad;
            continue;
        }
        if (maxEvents && out.size() >= maxEvents) break;
    }
    if (skipped) *skipped = bad;
    return out;
}

std::string_view findIdHex(std::string_view json) {
    const size_t at = json.find("\"id\":\"");
    if (at == std::string_view::npos || at + 6 + 64 > json.size()) return {};
    return json.substr(at + 6, 64);
}

} // namespace roost::bench
