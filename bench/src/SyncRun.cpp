// roost-bench sync: runs `roost sync` once against the relay under test and reports its own
// summary (bytes, seconds, have/need, transfers) with the CPU of both processes.
#include "Scenarios.h"
#include "WsClient.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <map>
#include <sstream>

namespace roost::bench {

namespace {

/// The `key: value` lines of `roost sync`'s stdout.
std::map<std::string, std::string> parseSummary(const std::string& text) {
    std::map<std::string, std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const size_t colon = line.find(": ");
        if (colon != std::string::npos && colon > 0 && line[0] != ' ') out[line.substr(0, colon)] = line.substr(colon + 2);
    }
    return out;
}

int64_t number(const std::map<std::string, std::string>& m, const std::string& key) {
    const auto it = m.find(key);
    return it == m.end() ? 0 : std::strtoll(it->second.c_str(), nullptr, 10);
}

} // namespace

int runSyncCommand(const Options& o) {
    const std::string roost = o.str("roost"), dir = o.str("data-dir"), url = o.str("url"), config = o.str("config");
    if (roost.empty() || dir.empty() || url.empty())
        throw std::invalid_argument("sync needs --roost BIN --data-dir DIR --url ws://H:P");
    std::vector<std::string> args = {roost, "--data-dir", dir};
    if (!config.empty()) args.insert(args.end(), {"--config", config});
    args.insert(args.end(), {"sync", url, "--dir", o.str("dir", "both")});
    if (o.flag("no-negentropy")) args.push_back("--no-negentropy");
    if (o.flag("dry-run")) args.push_back("--dry-run");

    const int pid = static_cast<int>(o.num("pid", 0));
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe failed");
    const int64_t relay0 = processCpuNs(pid);
    const int64_t t0 = nowNs();
    const pid_t child = fork();
    if (child == 0) {
        // The progress lines (stderr) are not wanted here; the exit status and stdout tell the result.
        const int null = ::open("/dev/null", O_WRONLY);
        dup2(null, 2);
        dup2(out[1], 1);
        close(out[0]);
        close(out[1]);
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(roost.c_str(), argv.data());
        _exit(127);
    }
    close(out[1]);
    std::string text;
    char buf[4096];
    for (ssize_t n; (n = read(out[0], buf, sizeof buf)) > 0;) text.append(buf, size_t(n));
    close(out[0]);
    int status = 0;
    rusage ru{};
    wait4(child, &status, 0, &ru);
    const double wall = (nowNs() - t0) / 1e9;
    const int64_t relayCpu = processCpuNs(pid) - relay0;
    const double cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
    const auto s = parseSummary(text);
    const int exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (exitStatus != 0) std::fprintf(stderr, "roost-bench sync: roost exited %d:\n%s", exitStatus, text.c_str());

    ResultLine r("sync", o.str("target", "roost"));
    const auto method = s.count("method") ? s.at("method") : std::string("?");
    r.add("method", method)
        .add("dry_run", std::string(o.flag("dry-run") ? "yes" : "no"))
        .add("dir", o.str("dir", "both"))
        .add("have", number(s, "have"))
        .add("need", number(s, "need"))
        .add("downloaded", number(s, "downloaded"))
        .add("added", number(s, "added"))
        .add("uploaded", number(s, "uploaded"))
        .add("bytes_in", number(s, "bytes in"))
        .add("bytes_out", number(s, "bytes out"))
        .add("bytes_total", number(s, "bytes in") + number(s, "bytes out"))
        .add("sync_seconds", s.count("seconds") ? std::strtod(s.at("seconds").c_str(), nullptr) : 0.0)
        .add("wall_s", wall)
        .add("client_cpu_s", cpu)
        .add("remote_relay_cpu_s", relayCpu / 1e9)
        .add("exit_status", int64_t(exitStatus));
    r.print();
    return exitStatus == 0 ? 0 : 1;
}

} // namespace roost::bench
