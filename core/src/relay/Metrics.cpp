#include "relay/Metrics.h"

#include <algorithm>
#include <string>

namespace roost::relay {

namespace {

template <size_t N>
size_t indexOf(const std::array<std::string_view, N>& names, std::string_view name) {
    for (size_t i = 0; i + 1 < N; ++i)
        if (names[i] == name) return i;
    return N - 1; // "other"
}

void line(QByteArray& out, const char* name, const QByteArray& labels, double value) {
    out += name;
    if (!labels.isEmpty()) out += '{' + labels + '}';
    out += ' ' + QByteArray::number(value, 'g', 15) + '\n';
}

void header(QByteArray& out, const char* name, const char* type, const char* help) {
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

template <size_t N>
void histogram(QByteArray& out, const char* name, const char* help, const Histogram<N>& h) {
    header(out, name, "histogram", help);
    uint64_t cumulative = 0;
    const QByteArray bucket = QByteArray(name) + "_bucket";
    for (size_t i = 0; i <= N; ++i) {
        cumulative += h.buckets[i].load(std::memory_order_relaxed);
        const QByteArray le = i < N ? QByteArray::number(h.bounds[i], 'g', 10) : QByteArray("+Inf");
        line(out, bucket.constData(), "le=\"" + le + '"', double(cumulative));
    }
    line(out, (QByteArray(name) + "_sum").constData(), {}, double(h.sumMicros.load()) / 1e6);
    line(out, (QByteArray(name) + "_count").constData(), {}, double(h.count.load()));
}

} // namespace

void Metrics::countIn(std::string_view verb) {
    messagesIn[indexOf(kInVerbs, verb.starts_with("NEG-") ? std::string_view("NEG") : verb)].fetch_add(1, std::memory_order_relaxed);
}

void Metrics::countOutEvents(uint64_t n) {
    messagesOut[indexOf(kOutVerbs, "EVENT")].fetch_add(n, std::memory_order_relaxed);
}

void Metrics::countOut(std::string_view text) {
    std::string_view verb;
    if (text.size() > 3 && text[0] == '[' && text[1] == '"') {
        const size_t end = text.find('"', 2);
        if (end != std::string_view::npos) verb = text.substr(2, end - 2);
    }
    messagesOut[indexOf(kOutVerbs, verb)].fetch_add(1, std::memory_order_relaxed);
    // Refusals are counted here, where every one of them passes: OK false, CLOSED, NOTICE.
    if (verb == "OK") {
        // ["OK","<64 hex>",false,"reason"]
        constexpr size_t kFlag = 7 + 64 + 2;
        if (text.size() > kFlag + 7 && text.substr(kFlag, 7) == "false,\"") countReject(text.substr(kFlag + 7));
    } else if (verb == "CLOSED") {
        const size_t sep = text.find("\",\"", 11);
        if (sep != std::string_view::npos) countReject(text.substr(sep + 3));
    } else if (verb == "NOTICE") {
        countReject(text.substr(std::min(text.size(), size_t(11))));
    }
}

void Metrics::countReject(std::string_view reason) {
    rejects[indexOf(kReasons, reason.substr(0, reason.find(':')))].fetch_add(1, std::memory_order_relaxed);
}

void Metrics::setStoreSample(std::map<uint32_t, uint64_t> byKind, uint64_t events, uint64_t bytes,
                             uint64_t writtenAtSample) {
    std::lock_guard lock(m_sampleMutex);
    m_sample = StoreSample{std::move(byKind), events, bytes, writtenAtSample};
}

Metrics::StoreSample Metrics::storeSample() const {
    std::lock_guard lock(m_sampleMutex);
    return m_sample;
}

void Metrics::setSyncPeers(QList<SyncPeerStatus> peers) {
    std::lock_guard lock(m_syncMutex);
    m_syncPeers = std::move(peers);
}

QList<SyncPeerStatus> Metrics::syncPeers() const {
    std::lock_guard lock(m_syncMutex);
    return m_syncPeers;
}

namespace {

// A Prometheus label value: backslash, double quote and newline escaped.
QByteArray labelValue(const QString& text) {
    QByteArray out;
    for (char c : text.toUtf8()) {
        if (c == '\\') out += "\\\\";
        else if (c == '"') out += "\\\"";
        else if (c == '\n') out += "\\n";
        else out += c;
    }
    return out;
}

constexpr const char* kPeerStates[] = {"connecting", "reconciling", "transferring", "live", "idle", "backing off", "failing", "disabled"};

} // namespace

QByteArray Metrics::render() const {
    QByteArray out;
    header(out, "roost_connections", "gauge", "Open WebSocket connections.");
    line(out, "roost_connections", {}, double(connectionsOpen.load()));
    header(out, "roost_connections_total", "counter", "WebSocket connections accepted since start.");
    line(out, "roost_connections_total", {}, double(connectionsTotal.load()));
    header(out, "roost_bytes_in_total", "counter", "Bytes received from WebSocket clients.");
    line(out, "roost_bytes_in_total", {}, double(bytesIn.load()));
    header(out, "roost_bytes_out_total", "counter", "Bytes sent to WebSocket clients.");
    line(out, "roost_bytes_out_total", {}, double(bytesOut.load()));
    header(out, "roost_messages_in_total", "counter", "Client messages by verb.");
    for (size_t i = 0; i < kInVerbs.size(); ++i)
        line(out, "roost_messages_in_total", "verb=\"" + QByteArray(kInVerbs[i].data(), qsizetype(kInVerbs[i].size())) + '"', double(messagesIn[i].load()));
    header(out, "roost_messages_out_total", "counter", "Relay messages by verb.");
    for (size_t i = 0; i < kOutVerbs.size(); ++i)
        line(out, "roost_messages_out_total", "verb=\"" + QByteArray(kOutVerbs[i].data(), qsizetype(kOutVerbs[i].size())) + '"', double(messagesOut[i].load()));
    header(out, "roost_rejects_total", "counter", "Refused events, subscriptions and messages by reason prefix.");
    for (size_t i = 0; i < kReasons.size(); ++i)
        line(out, "roost_rejects_total", "reason=\"" + QByteArray(kReasons[i].data(), qsizetype(kReasons[i].size())) + '"', double(rejects[i].load()));
    header(out, "roost_events_written_total", "counter", "Events committed by the Writer since start.");
    line(out, "roost_events_written_total", {}, double(eventsWritten.load()));
    histogram(out, "roost_writer_batch_size", "Events per Writer transaction.", writerBatchSize);
    histogram(out, "roost_writer_commit_seconds", "Duration of a Writer transaction including COMMIT.", commitSeconds);
    histogram(out, "roost_query_seconds", "REQ time from arrival at the ReqWorker to EOSE.", querySeconds);
    {
        const QList<SyncPeerStatus> peers = syncPeers();
        auto each = [&](const char* name, const char* type, const char* help, auto value) {
            header(out, name, type, help);
            for (const SyncPeerStatus& p : peers) line(out, name, "peer=\"" + labelValue(p.url) + '"', double(value(p)));
        };
        header(out, "roost_sync_peer_state", "gauge", "Sync peer state: 1 for the peer's current state, 0 for the others.");
        for (const SyncPeerStatus& p : peers)
            for (const char* st : kPeerStates)
                line(out, "roost_sync_peer_state", "peer=\"" + labelValue(p.url) + "\",state=\"" + st + '"',
                     p.state == QLatin1String(st) ? 1.0 : 0.0);
        header(out, "roost_sync_peer_info", "gauge", "Sync peer settings (value 1).");
        for (const SyncPeerStatus& p : peers)
            line(out, "roost_sync_peer_info",
                 "peer=\"" + labelValue(p.url) + "\",direction=\"" + labelValue(p.direction) + "\",mode=\"" +
                     (p.live ? "live" : "periodic") + "\",discovered=\"" + (p.discovered ? "true" : "false") +
                     "\",negentropy=\"" + (p.negentropyUnsupported ? "false" : "true") + '"',
                 1.0);
        each("roost_sync_peer_events_down_total", "counter", "Events stored here from the sync peer.", [](const SyncPeerStatus& p) { return p.eventsDown; });
        each("roost_sync_peer_events_up_total", "counter", "Events the sync peer accepted from us.", [](const SyncPeerStatus& p) { return p.eventsUp; });
        each("roost_sync_peer_bytes_in_total", "counter", "WebSocket payload bytes received from the sync peer.", [](const SyncPeerStatus& p) { return p.bytesIn; });
        each("roost_sync_peer_bytes_out_total", "counter", "WebSocket payload bytes sent to the sync peer.", [](const SyncPeerStatus& p) { return p.bytesOut; });
        each("roost_sync_peer_consecutive_failures", "gauge", "Failed sync runs in a row.", [](const SyncPeerStatus& p) { return p.consecutiveFailures; });
        each("roost_sync_peer_last_success_seconds", "gauge", "Unix time of the last successful sync run (0 = never).", [](const SyncPeerStatus& p) { return p.lastSuccessMs / 1000; });
        each("roost_sync_peer_next_attempt_seconds", "gauge", "Unix time of the next scheduled run (0 = none).", [](const SyncPeerStatus& p) { return p.nextAttemptMs / 1000; });
    }
    std::lock_guard lock(m_sampleMutex);
    header(out, "roost_store_events", "gauge", "Events in the store (sampled).");
    line(out, "roost_store_events", {}, double(m_sample.events));
    header(out, "roost_store_bytes", "gauge", "Size of the database and its WAL in bytes (sampled).");
    line(out, "roost_store_bytes", {}, double(m_sample.bytes));
    header(out, "roost_store_events_by_kind", "gauge", "Events in the store per kind (sampled).");
    for (const auto& [kind, n] : m_sample.byKind) line(out, "roost_store_events_by_kind", "kind=\"" + QByteArray::number(kind) + '"', double(n));
    return out;
}

} // namespace roost::relay
