#include "sync/SyncReport.h"

#include "sync/RelayMessage.h"

#include <cstdio>

namespace roost::sync {

namespace {

std::string reasonKey(const std::string& reason) {
    return reason.size() > 120 ? reason.substr(0, 120) : reason;
}

uint64_t total(const std::map<std::string, uint64_t>& m) {
    uint64_t n = 0;
    for (const auto& [_, count] : m) n += count;
    return n;
}

} // namespace

void SyncReport::countWrite(const store::WriteResult& result) {
    switch (result.status) {
    case store::WriteStatus::Stored:
        ++added;
        ++downloaded;
        break;
    case store::WriteStatus::Duplicate:
    case store::WriteStatus::Superseded:
        ++duplicate;
        ++downloaded;
        break;
    case store::WriteStatus::Rejected:
        rejectDown(result.reason.empty() ? std::string("rejected: no reason given") : result.reason);
        break;
    }
}

void SyncReport::rejectDown(const std::string& reason) {
    ++rejectedDown[reasonKey(reason)];
}

void SyncReport::countUpload(bool accepted, const std::string& message) {
    if (accepted) {
        ++uploaded;
        if (reasonPrefix(message) == "duplicate") ++uploadDuplicate;
        return;
    }
    ++rejectedUp[reasonKey(message.empty() ? std::string("rejected: no reason given") : message)];
}

uint64_t SyncReport::rejectedDownTotal() const { return total(rejectedDown); }
uint64_t SyncReport::rejectedUpTotal() const { return total(rejectedUp); }

std::string SyncReport::toText() const {
    std::string out;
    auto line = [&](const char* key, uint64_t value) { out += std::string(key) + ": " + std::to_string(value) + "\n"; };
    out += std::string("method: ") + (usedNegentropy ? "negentropy" : "req") + "\n";
    if (!fallbackReason.empty()) out += "fallback reason: " + fallbackReason + "\n";
    out += std::string("authenticated: ") + (authenticated ? "yes" : "no") + "\n";
    line("have", have);
    line("need", need);
    line("downloaded", downloaded);
    line("added", added);
    line("duplicate", duplicate);
    line("uploaded", uploaded);
    line("upload duplicate", uploadDuplicate);
    line("rate limited", rateLimited);
    line("rejected down", rejectedDownTotal());
    for (const auto& [reason, n] : rejectedDown) out += "  " + std::to_string(n) + " " + reason + "\n";
    line("rejected up", rejectedUpTotal());
    for (const auto& [reason, n] : rejectedUp) out += "  " + std::to_string(n) + " " + reason + "\n";
    line("bytes in", bytesIn);
    line("bytes out", bytesOut);
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.3f", seconds);
    out += std::string("seconds: ") + secs + "\n";
    if (truncatedTimestamps) out += "warning: a second held more events than one page; some may be missing\n";
    return out;
}

} // namespace roost::sync
