#pragma once
// The health of one sync peer (issue 10 item 2, after GRASP-02's relay health tracking): which
// state it is in, the last error in words, when to try again (exponential backoff with jitter),
// when a full reconciliation is due, and its traffic counters. Pure: the clock and the random
// source are injected, nothing here touches the network or sleeps; the SyncManager feeds it
// what happened and asks it what to do next.
#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>

namespace roost::sync {

/// Where a peer is. Connecting/Reconciling/Transferring are one sync run; Live keeps a REQ open
/// after reconciling; Idle waits for the next period; BackingOff waits after a failure; Failing
/// is BackingOff after PeerHealth::kFailingAfter failures in a row; Disabled is not run at all.
enum class PeerState { Connecting, Reconciling, Transferring, Live, Idle, BackingOff, Failing, Disabled };

/// Why a run failed, for the words in PeerHealth::lastError().
enum class PeerError { Dns, Refused, Tls, Timeout, AuthRequired, RateLimited, Protocol, Closed, Other };

/// A state's name as a person reads it ("backing off"), also the value in the persisted blob.
QString peerStateName(PeerState state);

/// Tracks one peer. Times are milliseconds since the Unix epoch from the injected clock.
class PeerHealth {
public:
    using Clock = std::function<int64_t()>;  ///< now, ms since the Unix epoch
    using Random = std::function<double()>;  ///< uniform in [0, 1)

    static constexpr int64_t kBackoffBaseMs = 1000;             ///< first retry after ~1 s
    static constexpr int64_t kBackoffCapMs = 3600 * 1000;       ///< never more than 1 h
    static constexpr int64_t kFullSyncEveryMs = 24 * 3600 * 1000; ///< a full reconciliation at least daily
    static constexpr int kFailingAfter = 5;                     ///< consecutive failures until "failing"

    PeerHealth(Clock clock, Random random);

    /// Mode of the peer: `live` keeps a subscription open after reconciling; otherwise a run
    /// every `periodMinutes` (>= 1). A disabled peer goes to Disabled; enabling it again makes it
    /// Idle and due at once.
    void configure(bool live, uint32_t periodMinutes, bool enabled);

    // What happened, reported by the sync run in this order: connecting -> reconciling ->
    // transferring -> succeeded (or failed at any point). Ignored while Disabled.
    void connecting();
    void reconciling();
    void transferring();
    /// A run finished: resets the backoff and consecutive failures, records the time of the last
    /// success (and of the last full reconciliation when `fullReconciliation`), then Live for a
    /// live peer, Idle otherwise.
    void succeeded(bool fullReconciliation);
    /// A run failed: one more consecutive failure, last error = words for `kind` plus `detail`
    /// (e.g. the relay's "rate-limited: slow down"), and the next attempt after the backoff
    /// delay. BackingOff, or Failing from kFailingAfter failures in a row on.
    void failed(PeerError kind, const QString& detail = {});
    /// The peer does not speak NIP-77; the run fell back to REQ (remembered, shown in stateText()).
    void setNegentropyUnsupported(bool unsupported) { m_noNegentropy = unsupported; }
    /// Adds traffic of a run: events stored here from the peer (down), events sent (up), bytes.
    void addTraffic(uint64_t eventsDown, uint64_t eventsUp, uint64_t bytesIn, uint64_t bytesOut);

    /// The backoff delay after `failures` failures in a row (>= 1), before jitter: 1 s doubling
    /// to the 1 h cap. The jittered delay is uniform in [delay/2, delay).
    static int64_t backoffCeilingMs(int failures);

    /// When the next run should start (ms), or -1 when never (Disabled, or a run in progress).
    /// Idle: last success + period; BackingOff/Failing: the jittered retry time; Live: when the
    /// daily full reconciliation is due.
    int64_t nextAttemptMs() const;
    /// True when nextAttemptMs() has come.
    bool isDue() const;
    /// True when the last full reconciliation is older than a day (or there never was one).
    bool fullReconciliationDue() const;

    PeerState state() const { return m_state; }
    /// "backing off (retry in 8 s): refused: ..." style line for `roost peers` and the GUI.
    QString stateText() const;
    QString lastError() const { return m_lastError; }
    int consecutiveFailures() const { return m_failures; }
    int64_t lastSuccessMs() const { return m_lastSuccess; }    ///< 0 = never
    int64_t lastFullSyncMs() const { return m_lastFullSync; }  ///< 0 = never
    uint64_t eventsDown() const { return m_eventsDown; }
    uint64_t eventsUp() const { return m_eventsUp; }
    uint64_t bytesIn() const { return m_bytesIn; }
    uint64_t bytesOut() const { return m_bytesOut; }
    bool negentropyUnsupported() const { return m_noNegentropy; }

    /// The persistent part as compact JSON: {"state","last_error","failures","last_success",
    /// "last_full_sync","retry_at","events_down","events_up","bytes_in","bytes_out","no_negentropy"}.
    QByteArray toJson() const;
    /// Restores what toJson() wrote. A run in progress (connecting, reconciling, transferring,
    /// live) cannot survive a restart and comes back Idle, due at once; a backoff keeps its retry
    /// time. Returns false with `error` for text that is not such an object (nothing changes).
    bool restore(const QByteArray& json, QString* error);

private:
    int64_t now() const { return m_clock(); }

    Clock m_clock;
    Random m_random;
    PeerState m_state = PeerState::Idle;
    bool m_live = false;
    int64_t m_periodMs = 60 * 60 * 1000;
    QString m_lastError;
    int m_failures = 0;
    int64_t m_retryAt = 0;
    int64_t m_lastSuccess = 0;
    int64_t m_lastFullSync = 0;
    uint64_t m_eventsDown = 0, m_eventsUp = 0, m_bytesIn = 0, m_bytesOut = 0;
    bool m_noNegentropy = false;
    bool m_dueNow = false; // Idle but to run at once (just enabled, or restored mid-run)
};

} // namespace roost::sync
