// roost-bench: the load generator and dataset generator of bench/ (README.md §Benchmarks).
#include "Scenarios.h"

#include <cstdio>
#include <cstring>
#include <exception>
#include <stdexcept>

namespace roost::bench {

void parseUrl(const std::string& url, std::string& host, uint16_t& port) {
    const std::string prefix = "ws://";
    if (url.rfind(prefix, 0) != 0) throw std::invalid_argument("--url must be ws://HOST:PORT");
    std::string rest = url.substr(prefix.size());
    if (!rest.empty() && rest.back() == '/') rest.pop_back();
    const size_t colon = rest.rfind(':');
    if (colon == std::string::npos) throw std::invalid_argument("--url must be ws://HOST:PORT");
    host = rest.substr(0, colon);
    if (host == "localhost") host = "127.0.0.1";
    port = static_cast<uint16_t>(std::stoi(rest.substr(colon + 1)));
}

} // namespace roost::bench

namespace {

const char* const kUsage =
    "usage: roost-bench SCENARIO [--key value ...]\n"
    "  ingest      --url ws://H:P --events FILE [--max N] [--connections 4] [--window 100] [--pid PID]\n"
    "  query       --url ws://H:P --events FILE [--connections 8] [--queries 3000] [--pid PID]\n"
    "  fanout      --url ws://H:P --events FILE [--max 2000] [--subscribers 500] [--publishers 2]\n"
    "              [--window 100 | --rate EVENTS_PER_S] [--pid PID]\n"
    "  connections --url ws://H:P [--count 2000] [--pid PID]\n"
    "  filterflood --url ws://H:P [--connections 40] [--reqs 300] [--authors 1900] [--probe-ms 200]\n"
    "              [--settle 2] [--linger 30] [--rss-stop-mib 2048] [--csv FILE] [--pid PID]\n"
    "  import      --roost BIN --events FILE --data-dir DIR [--no-verify]\n"
    "  neg         --url ws://H:P --events FILE (our records) [--frame-limit 32768] [--repeat 1] [--pid PID]\n"
    "  sync        --roost BIN --data-dir DIR --url ws://H:P [--config INI] [--dir both]\n"
    "              [--no-negentropy] [--dry-run] [--pid PID]\n"
    "  gen         --out FILE [--events 20000] [--authors 2000] [--seed 1] [--days 90] [--end T]\n"
    "  gen         --out FILE --replay FILE [--max N]\n"
    "Every scenario takes --target NAME (the label in its JSON line) and --timeout SECONDS.\n";

} // namespace

int main(int argc, char** argv) {
    using namespace roost::bench;
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const std::string scenario = argv[1];
    try {
        const Options o(argc, argv, 2);
        if (scenario == "ingest") return runIngest(o);
        if (scenario == "query") return runQuery(o);
        if (scenario == "fanout") return runFanout(o);
        if (scenario == "connections") return runConnections(o);
        if (scenario == "import") return runImport(o);
        if (scenario == "filterflood") return runFilterFlood(o);
        if (scenario == "gen") return runGenerate(o);
        if (scenario == "neg") return runNeg(o);
        if (scenario == "sync") return runSyncCommand(o);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "roost-bench %s: %s\n", scenario.c_str(), e.what());
        return 2;
    }
    std::fputs(kUsage, stderr);
    return 2;
}
