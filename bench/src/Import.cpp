#include "Scenarios.h"
#include "WsClient.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace roost::bench {

namespace {

int64_t countLines(const std::string& path) {
    std::ifstream f(path);
    std::string line;
    int64_t n = 0;
    while (std::getline(f, line))
        if (!line.empty()) ++n;
    return n;
}

int64_t storeBytes(const std::string& dir) {
    int64_t total = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().filename().string().rfind("roost.db", 0) == 0 && entry.is_regular_file())
            total += static_cast<int64_t>(entry.file_size());
    return total;
}

} // namespace

int runImport(const Options& o) {
    const std::string roost = o.str("roost"), file = o.str("events"), dir = o.str("data-dir");
    const bool verify = !o.flag("no-verify");
    if (roost.empty() || file.empty() || dir.empty()) {
        std::fprintf(stderr, "roost-bench import: needs --roost BIN --events FILE --data-dir DIR\n");
        return 2;
    }
    std::filesystem::create_directories(dir);
    const int64_t lines = countLines(file);
    const int64_t t0 = nowNs();
    const pid_t child = fork();
    if (child == 0) {
        const int in = ::open(file.c_str(), O_RDONLY);
        const int null = ::open("/dev/null", O_WRONLY);
        dup2(in, 0);
        dup2(null, 1);
        std::vector<const char*> argv = {roost.c_str(), "import", "--data-dir", dir.c_str()};
        if (!verify) argv.push_back("--no-verify");
        argv.push_back(nullptr);
        execv(roost.c_str(), const_cast<char* const*>(argv.data()));
        _exit(127);
    }
    int status = 0;
    waitpid(child, &status, 0);
    const double wall = (nowNs() - t0) / 1e9;
    rusage ru{};
    getrusage(RUSAGE_CHILDREN, &ru);
    const double cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
    const int64_t bytes = storeBytes(dir);
    const bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;

    ResultLine r("import", o.str("target", "roost"));
    r.add("verify", std::string(verify ? "yes" : "no"))
        .add("events", lines)
        .add("wall_s", wall)
        .add("cpu_s", cpu)
        .add("events_per_s", lines / wall)
        .add("db_bytes", bytes)
        .add("db_bytes_per_event", lines ? double(bytes) / lines : 0.0)
        .add("exit_status", int64_t(WIFEXITED(status) ? WEXITSTATUS(status) : -1));
    r.print();
    return ok ? 0 : 1;
}

} // namespace roost::bench
