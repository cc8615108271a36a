// `roost sync`: runs one SyncSession to completion on the caller's thread (roost/Tools.h).
#include "roost/Tools.h"

#include "sync/SyncSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <unistd.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <ostream>

namespace roost::tools {

namespace {

std::string humanBytes(uint64_t n) {
    char buf[32];
    if (n >= 10'000'000) std::snprintf(buf, sizeof buf, "%.1f MB", double(n) / 1e6);
    else if (n >= 10'000) std::snprintf(buf, sizeof buf, "%.1f kB", double(n) / 1e3);
    else std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(n));
    return buf;
}

std::string progressLine(const sync::SyncProgress& p) {
    std::string line = p.phase + ": ids " + std::to_string(p.idsLearned) + " (need " + std::to_string(p.need) +
                       ", have " + std::to_string(p.have) + "), down " + std::to_string(p.down);
    if (p.downTotal) line += "/" + std::to_string(p.downTotal);
    line += ", up " + std::to_string(p.up);
    if (p.upTotal) line += "/" + std::to_string(p.upTotal);
    line += ", in " + humanBytes(p.bytesIn) + ", out " + humanBytes(p.bytesOut);
    return line;
}

std::string bar(const sync::SyncProgress& p) {
    const uint64_t total = p.downTotal + p.upTotal;
    const uint64_t done = std::min(p.down, p.downTotal) + std::min(p.up, p.upTotal);
    constexpr int kWidth = 24;
    const int filled = total ? int(double(done) / double(total) * kWidth) : 0;
    return "[" + std::string(size_t(filled), '#') + std::string(size_t(kWidth - filled), '.') + "] ";
}

} // namespace

int runSync(const RelayConfig& config, const SyncRequest& request, std::ostream& out, std::ostream& err,
            const std::function<void(SyncInterrupt)>& connectInterrupt) {
    sync::SyncOptions options;
    options.url = QUrl(request.url);
    options.filterJson = request.filterJson.isEmpty() ? std::string("{}") : request.filterJson.toStdString();
    if (request.direction == QLatin1String("down")) options.direction = sync::SyncDirection::Down;
    else if (request.direction == QLatin1String("up")) options.direction = sync::SyncDirection::Up;
    else if (request.direction.isEmpty() || request.direction == QLatin1String("both")) options.direction = sync::SyncDirection::Both;
    else {
        err << "roost: --dir must be down, up or both\n";
        return 2;
    }
    options.negentropy = request.negentropy;
    options.dryRun = request.dryRun;
    if (!QCoreApplication::instance()) {
        err << "roost: sync needs a QCoreApplication\n";
        return 1;
    }

    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    sync::SyncSession session(config, options);
    QEventLoop loop;
    QElapsedTimer shown;
    std::string lastPhase;
    QObject::connect(&session, &sync::SyncSession::progress, &loop, [&](const sync::SyncProgress& p) {
        if (terminal) {
            if (p.phase != "done" && shown.isValid() && shown.elapsed() < 100 && p.phase == lastPhase) return;
            shown.start();
            err << "\r" << bar(p) << progressLine(p) << "\033[K" << std::flush;
        } else if (p.phase != lastPhase) {
            err << progressLine(p) << "\n" << std::flush;
        }
        lastPhase = p.phase;
    });
    bool finished = false;
    QObject::connect(&session, &sync::SyncSession::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    // The interrupt reaches the session only while this function runs (the handle may outlive it).
    int interruptStatus = 0;
    auto interruptTarget = std::make_shared<std::function<void(int)>>([&](int status) {
        if (finished || interruptStatus) return;
        interruptStatus = status;
        session.cancel(); // finished() follows at once: the loop quits between two steps
    });
    if (connectInterrupt) connectInterrupt([interruptTarget](int status) {
        if (*interruptTarget) (*interruptTarget)(status);
    });
    session.start();
    if (!finished) loop.exec();
    *interruptTarget = nullptr;
    if (terminal) err << "\n";

    const sync::SyncReport& report = session.report();
    if (options.dryRun) out << "dry run: nothing stored or sent\n";
    out << report.toText();
    if (interruptStatus) {
        out << "interrupted: yes\n";
        err << "roost: sync interrupted: the counts above are partial; what was stored stays stored\n";
        return interruptStatus;
    }
    if (!report.error.empty()) {
        err << "roost: sync failed: " << report.error << "\n";
        return 1;
    }
    return 0;
}

int runSyncPeers(const RelayConfig& config, std::ostream& out, std::ostream& err) {
    if (!QCoreApplication::instance()) {
        err << "roost: sync needs a QCoreApplication\n";
        return 1;
    }
    int enabled = 0, failed = 0;
    for (const SyncPeer& peer : config.syncPeers) {
        if (!peer.enabled) continue;
        ++enabled;
        sync::SyncOptions options;
        options.url = QUrl(peer.url);
        options.filterJson = peer.filter.toStdString();
        options.direction = peer.direction == SyncPeer::Direction::Down ? sync::SyncDirection::Down
                            : peer.direction == SyncPeer::Direction::Up ? sync::SyncDirection::Up
                                                                        : sync::SyncDirection::Both;
        sync::SyncSession session(config, options);
        QEventLoop loop;
        bool finished = false;
        QObject::connect(&session, &sync::SyncSession::finished, &loop, [&] {
            finished = true;
            loop.quit();
        });
        err << "syncing with " << peer.url.toStdString() << " (" << SyncPeer::directionName(peer.direction).toStdString()
            << ")\n" << std::flush;
        session.start();
        if (!finished) loop.exec();
        const sync::SyncReport& report = session.report();
        out << "peer " << peer.url.toStdString() << ": " << (report.error.empty() ? std::string("ok") : "failed: " + report.error)
            << "\n";
        std::string text = report.toText();
        size_t at = 0;
        while (at < text.size()) {
            const size_t end = text.find('\n', at);
            out << "  " << text.substr(at, end == std::string::npos ? std::string::npos : end - at) << "\n";
            if (end == std::string::npos) break;
            at = end + 1;
        }
        if (!report.error.empty()) ++failed;
    }
    if (enabled == 0) out << "no enabled sync peers\n";
    if (failed) err << "roost: " << failed << " of " << enabled << " sync peers failed\n";
    return failed ? 1 : 0;
}

} // namespace roost::tools
