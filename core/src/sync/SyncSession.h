#pragma once
// One sync run against one remote relay: NIP-77 reconciliation (or the REQ fallback), then the
// transfer of the difference (NIP-01 REQ by ids down, EVENT up), NIP-42 when asked.
#include "nostr/Filter.h"
#include "roost/RelayConfig.h"
#include "sync/Negentropy.h"
#include "sync/RelayClient.h"
#include "sync/RemoteInfo.h"
#include "sync/ReqPager.h"
#include "sync/SyncReport.h"
#include "sync/SyncStore.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QNetworkAccessManager;

namespace roost::sync {

/// What to sync and how. Sizes are counts of events/ids, times milliseconds.
struct SyncOptions {
    QUrl url;                          ///< ws:// or wss:// URL of the remote relay
    std::string filterJson = "{}";     ///< one NIP-01 filter (its `limit` is ignored)
    SyncDirection direction = SyncDirection::Both;
    bool negentropy = true;            ///< false: skip NIP-77, use the REQ fallback at once
    bool dryRun = false;               ///< learn have/need only: nothing is stored or sent
    uint32_t idBatch = 250;            ///< ids per REQ (down by ids, learning what to send up)
    uint32_t pageSize = 500;           ///< REQ paging page size (capped by the remote's max_limit)
    uint32_t uploadWindow = 100;       ///< EVENTs sent and not yet answered with OK
    int connectTimeoutMs = 10000;      ///< NIP-11 fetch + WebSocket handshake
    int negTimeoutMs = 10000;          ///< no answer to NEG-OPEN/NEG-MSG -> REQ fallback
    int idleTimeoutMs = 30000;         ///< no answer to a REQ / EVENT / AUTH -> failure
    int maxRateLimitRetries = 8;       ///< backoff rounds in a row in which no upload was answered before rate-limited events are given up
};

/// Runs one sync on the thread it lives on (it needs that thread's event loop; database work
/// is done there in batches of `idBatch`/`pageSize` events). start() once; progress() follows
/// each step, finished() exactly once (also after cancel()). Memory: the (created_at, id)
/// records of the local matching set and the have/need ids (40 resp. 32 bytes per event), plus
/// one batch of events.
///
/// Steps (NIP-77, NIP-01, NIP-42):
///  1. our matching set from the store; the remote's NIP-11 document (supported_nips,
///     limitation.max_limit and max_message_length), then the WebSocket.
///  2. NEG-OPEN with the filter; NEG-MSG rounds until the client side has nothing to ask
///     (frames bounded by the remote's max_message_length). NEG-ERR, a NOTICE, a malformed answer
///     or no answer within negTimeoutMs -> REQ fallback; a NIP-11 without 77 or
///     `negentropy = false` -> REQ fallback at once.
///  3. down: REQ {"ids": [...]} in batches; each event must be one we asked for, is verified and
///     admitted like a client's EVENT (SyncStore::admit) and written through the EventWriter
///     (tombstones, NIP-09, replacement). Fallback: REQ paging with `until` (ReqPager).
///  4. up: EVENT for each id the remote lacks, at most uploadWindow unanswered; `rate-limited:`
///     -> resent after a backoff doubling from 250 ms to 8 s. Fallback: REQ {"ids": [...]}
///     over our set in batches to learn which ids the remote lacks.
///  Any `auth-required:` answer (CLOSED, OK, NEG-ERR) -> one NIP-42 AUTH signed with the relay's
///  own key (<data dir>/relay.key) and the request is retried once.
class SyncSession : public QObject {
    Q_OBJECT
public:
    SyncSession(const RelayConfig& config, SyncOptions options, QObject* parent = nullptr);
    ~SyncSession() override;

    /// Starts the run. A bad filter or an unusable store finishes at once with the error.
    void start();
    /// Stops the run: finished() with error "cancelled". Batches already written stay stored.
    void cancel();
    const SyncReport& report() const { return m_report; }

signals:
    void progress(const roost::sync::SyncProgress& progress);
    /// Once per run. report.error is "" on success.
    void finished(const roost::sync::SyncReport& report);

private:
    enum class Phase { Idle, Connecting, Reconciling, Paging, Downloading, Learning, Uploading, Done };

    void onInfo(const RemoteInfo& info);
    void onOpened();
    void onMessage(RelayMessage&& message);
    void onIdle();

    void openNegentropy();
    void fallback(const std::string& reason);
    void afterReconcile();
    void runNext();

    void sendReq(const QJsonObject& filter, uint32_t expected, std::function<void()> onEose);
    void downloadNextBatch();
    void writeCollected(bool onlyRequested, bool onlyUnknown);
    void pageNext();
    void learnNext();
    void uploadIds(std::vector<nostr::Id> ids, std::function<void()> done);
    void pumpUpload();
    void onUploadOk(const RelayOk& ok);
    void requestAuth(std::function<void()> retry);

    void send(const std::string& text);
    void arm(int ms);
    void emitProgress(const char* phase);
    void finish(const std::string& error);
    size_t frameSizeLimit() const;
    bool wantDown() const { return m_options.direction != SyncDirection::Up; }
    bool wantUp() const { return m_options.direction != SyncDirection::Down; }

    RelayConfig m_config;
    SyncOptions m_options;
    SyncReport m_report;
    SyncProgress m_progress;
    Phase m_phase = Phase::Idle;
    bool m_finished = false;
    QElapsedTimer m_elapsed;
    QTimer m_idle;
    QTimer m_backoff;
    QNetworkAccessManager* m_nam = nullptr;
    RelayClient m_client;
    RemoteInfo m_info;
    std::unique_ptr<SyncStore> m_store;
    nostr::Filter m_filter;
    QJsonObject m_filterObject;
    NegVectorStorage m_local;
    uint64_t m_counter = 0;

    // NIP-77
    std::unique_ptr<Negentropy> m_neg;
    std::string m_negSub;
    std::vector<nostr::Id> m_have, m_need;

    // The one REQ in flight.
    std::string m_reqSub;
    uint32_t m_reqExpected = 0;
    std::function<void()> m_onEose;
    std::function<void()> m_reqRetry;
    std::vector<nostr::Event> m_collected;
    std::vector<nostr::Id> m_requested; ///< sorted ids of the REQ by ids in flight

    // Down by ids / REQ paging / learning what to send up.
    std::vector<nostr::Id> m_downIds;
    size_t m_downPos = 0;
    std::optional<ReqPager> m_pager;
    size_t m_learnPos = 0;

    // Up.
    struct InFlight { std::string json; int attempts = 0; };
    std::vector<nostr::Id> m_upIds;
    size_t m_upPos = 0;
    std::deque<std::pair<nostr::Id, std::string>> m_upReady;
    std::map<nostr::Id, InFlight> m_upInFlight;
    std::vector<std::pair<nostr::Id, InFlight>> m_upWaiting; ///< rate-limited, resent on m_backoff
    int m_backoffMs = 250;
    int m_roundsWithoutProgress = 0; ///< backoff resends in a row with no definitive OK in between
    bool m_progressSinceResend = false; ///< a definitive OK (not rate-limited:) since the last resend
    std::function<void()> m_upDone;

    // NIP-42.
    std::string m_challenge;
    std::optional<nostr::Id> m_authId;
    bool m_authTried = false;
    std::function<void()> m_afterAuth;

    std::vector<std::function<void()>> m_plan; ///< the steps still to run, in order
};

} // namespace roost::sync
