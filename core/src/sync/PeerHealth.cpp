#include "sync/PeerHealth.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace roost::sync {

namespace {

constexpr PeerState kAllStates[] = {PeerState::Connecting, PeerState::Reconciling, PeerState::Transferring,
                                    PeerState::Live,       PeerState::Idle,        PeerState::BackingOff,
                                    PeerState::Failing,    PeerState::Disabled};

QString errorWords(PeerError kind) {
    switch (kind) {
    case PeerError::Dns: return QStringLiteral("DNS lookup failed");
    case PeerError::Refused: return QStringLiteral("connection refused");
    case PeerError::Tls: return QStringLiteral("TLS handshake failed");
    case PeerError::Timeout: return QStringLiteral("timed out");
    case PeerError::AuthRequired: return QStringLiteral("the relay requires authentication (auth-required:)");
    case PeerError::RateLimited: return QStringLiteral("the relay rate-limits us (rate-limited:)");
    case PeerError::Protocol: return QStringLiteral("protocol error");
    case PeerError::Closed: return QStringLiteral("the relay closed the connection");
    case PeerError::Other: return QStringLiteral("error");
    }
    return {};
}

bool inRun(PeerState s) {
    return s == PeerState::Connecting || s == PeerState::Reconciling || s == PeerState::Transferring;
}

QString inWords(int64_t ms) {
    const int64_t s = std::max<int64_t>(0, (ms + 999) / 1000);
    if (s < 120) return QStringLiteral("%1 s").arg(s);
    if (s < 7200) return QStringLiteral("%1 min").arg(s / 60);
    return QStringLiteral("%1 h").arg(s / 3600);
}

} // namespace

QString peerStateName(PeerState state) {
    switch (state) {
    case PeerState::Connecting: return QStringLiteral("connecting");
    case PeerState::Reconciling: return QStringLiteral("reconciling");
    case PeerState::Transferring: return QStringLiteral("transferring");
    case PeerState::Live: return QStringLiteral("live");
    case PeerState::Idle: return QStringLiteral("idle");
    case PeerState::BackingOff: return QStringLiteral("backing off");
    case PeerState::Failing: return QStringLiteral("failing");
    case PeerState::Disabled: return QStringLiteral("disabled");
    }
    return {};
}

PeerHealth::PeerHealth(Clock clock, Random random) : m_clock(std::move(clock)), m_random(std::move(random)) {}

void PeerHealth::configure(bool live, uint32_t periodMinutes, bool enabled) {
    m_live = live;
    m_periodMs = int64_t(std::max<uint32_t>(1, periodMinutes)) * 60 * 1000;
    if (!enabled) {
        m_state = PeerState::Disabled;
    } else if (m_state == PeerState::Disabled) {
        m_state = PeerState::Idle;
        m_dueNow = true;
    }
}

void PeerHealth::connecting() {
    if (m_state == PeerState::Disabled) return;
    m_state = PeerState::Connecting;
    m_dueNow = false;
}

void PeerHealth::reconciling() {
    if (m_state != PeerState::Disabled) m_state = PeerState::Reconciling;
}

void PeerHealth::transferring() {
    if (m_state != PeerState::Disabled) m_state = PeerState::Transferring;
}

void PeerHealth::succeeded(bool fullReconciliation) {
    if (m_state == PeerState::Disabled) return;
    m_failures = 0;
    m_retryAt = 0;
    m_lastError.clear();
    m_lastSuccess = now();
    if (fullReconciliation) m_lastFullSync = m_lastSuccess;
    m_state = m_live ? PeerState::Live : PeerState::Idle;
}

void PeerHealth::failed(PeerError kind, const QString& detail) {
    if (m_state == PeerState::Disabled) return;
    ++m_failures;
    m_lastError = detail.isEmpty() ? errorWords(kind) : errorWords(kind) + QStringLiteral(": ") + detail;
    const int64_t ceiling = backoffCeilingMs(m_failures);
    const double r = std::clamp(m_random(), 0.0, 1.0);
    m_retryAt = now() + ceiling / 2 + int64_t(r * double(ceiling / 2));
    m_state = m_failures >= kFailingAfter ? PeerState::Failing : PeerState::BackingOff;
}

void PeerHealth::addTraffic(uint64_t eventsDown, uint64_t eventsUp, uint64_t bytesIn, uint64_t bytesOut) {
    m_eventsDown += eventsDown;
    m_eventsUp += eventsUp;
    m_bytesIn += bytesIn;
    m_bytesOut += bytesOut;
}

int64_t PeerHealth::backoffCeilingMs(int failures) {
    int64_t delay = kBackoffBaseMs;
    for (int i = 1; i < failures && delay < kBackoffCapMs; ++i) delay *= 2;
    return std::min(delay, kBackoffCapMs);
}

int64_t PeerHealth::nextAttemptMs() const {
    switch (m_state) {
    case PeerState::Idle: return m_dueNow ? now() : m_lastSuccess + m_periodMs;
    case PeerState::BackingOff:
    case PeerState::Failing: return m_retryAt;
    case PeerState::Live: return m_lastFullSync + kFullSyncEveryMs;
    default: return -1;
    }
}

bool PeerHealth::isDue() const {
    const int64_t at = nextAttemptMs();
    return at >= 0 && now() >= at;
}

bool PeerHealth::fullReconciliationDue() const { return m_lastFullSync == 0 || now() - m_lastFullSync >= kFullSyncEveryMs; }

QString PeerHealth::stateText() const {
    QString text = peerStateName(m_state);
    if (m_state == PeerState::BackingOff || m_state == PeerState::Failing)
        text += QStringLiteral(" (retry in %1)").arg(inWords(m_retryAt - now()));
    if (m_noNegentropy) text += QStringLiteral(", by REQ (no NIP-77)");
    if (!m_lastError.isEmpty()) text += QStringLiteral(": ") + m_lastError;
    return text;
}

QByteArray PeerHealth::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("state"), peerStateName(m_state));
    o.insert(QStringLiteral("last_error"), m_lastError);
    o.insert(QStringLiteral("failures"), m_failures);
    o.insert(QStringLiteral("last_success"), qint64(m_lastSuccess));
    o.insert(QStringLiteral("last_full_sync"), qint64(m_lastFullSync));
    o.insert(QStringLiteral("retry_at"), qint64(m_retryAt));
    // Counters as decimal strings: JSON numbers lose integers above 2^53.
    o.insert(QStringLiteral("events_down"), QString::number(m_eventsDown));
    o.insert(QStringLiteral("events_up"), QString::number(m_eventsUp));
    o.insert(QStringLiteral("bytes_in"), QString::number(m_bytesIn));
    o.insert(QStringLiteral("bytes_out"), QString::number(m_bytesOut));
    o.insert(QStringLiteral("no_negentropy"), m_noNegentropy);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool PeerHealth::restore(const QByteArray& json, QString* error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    auto fail = [&](const QString& why) {
        if (error) *error = QStringLiteral("peer health: %1").arg(why);
        return false;
    };
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) return fail(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    const QString stateName = o.value(QStringLiteral("state")).toString();
    const PeerState* found = std::find_if(std::begin(kAllStates), std::end(kAllStates),
                                          [&](PeerState s) { return peerStateName(s) == stateName; });
    if (found == std::end(kAllStates)) return fail(QStringLiteral("unknown state \"%1\"").arg(stateName));
    bool ok = true;
    auto counter = [&](const char* key) {
        bool one = false;
        const uint64_t v = o.value(QLatin1String(key)).toString().toULongLong(&one);
        ok = ok && one;
        return v;
    };
    const uint64_t down = counter("events_down"), up = counter("events_up"), in = counter("bytes_in"),
                   out = counter("bytes_out");
    const int failures = o.value(QStringLiteral("failures")).toInt(-1);
    if (!ok || failures < 0) return fail(QStringLiteral("bad counters"));

    m_lastError = o.value(QStringLiteral("last_error")).toString();
    m_failures = failures;
    m_lastSuccess = o.value(QStringLiteral("last_success")).toInteger();
    m_lastFullSync = o.value(QStringLiteral("last_full_sync")).toInteger();
    m_retryAt = o.value(QStringLiteral("retry_at")).toInteger();
    m_eventsDown = down;
    m_eventsUp = up;
    m_bytesIn = in;
    m_bytesOut = out;
    m_noNegentropy = o.value(QStringLiteral("no_negentropy")).toBool();
    m_state = *found;
    if (inRun(m_state) || m_state == PeerState::Live) {
        m_state = PeerState::Idle;
        m_dueNow = true;
    }
    return true;
}

} // namespace roost::sync
