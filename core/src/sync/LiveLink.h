#pragma once
// The live stage of a `live` sync peer (issue 10 item 1): after a reconciliation, one WebSocket
// that stays open. Down: a REQ with the peer's filter (since a minute before it opened) whose
// events are verified, admitted and stored like a sync run's (SyncStore: tombstones, NIP-09
// deletions, replacement). Up: push() sends our newly stored events (the SyncManager learns of
// them from the ReqMonitor) as EVENT; the peer's OK true counts as one event up. A peer that
// wants NIP-42 AUTH (REQ CLOSED or EVENT refused with `auth-required:`) gets one AUTH signed with
// this relay's key, and the REQ and the refused events are sent again once it is accepted.
#include "nostr/Event.h"
#include "nostr/Filter.h"
#include "roost/RelayConfig.h"
#include "sync/RelayClient.h"
#include "sync/SyncReport.h"
#include "sync/SyncStore.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <map>
#include <optional>
#include <vector>
#include <string>

namespace roost::sync {

/// Lives on the SyncManager's thread (QWebSocket needs its event loop). open() once; lost()
/// follows exactly once when the connection fails or the peer closes our REQ (then the link is
/// dead and the SyncManager deletes it). close() ends it without lost().
class LiveLink : public QObject {
    Q_OBJECT
public:
    /// `filterJson`: one NIP-01 filter (its limit is dropped). Throws nothing: a bad filter or an
    /// unusable store reports lost() from open().
    LiveLink(const RelayConfig& config, const QUrl& url, const std::string& filterJson, SyncDirection direction,
             QObject* parent = nullptr);
    ~LiveLink() override;

    void open();
    void close();
    /// Sends one of our events (wire JSON) up when the link is open, the direction includes up
    /// and the event matches the peer's filter; otherwise ignored. At most kMaxUnanswered EVENTs
    /// wait for their OK: more are dropped (the daily full reconciliation sends them).
    void push(const nostr::Event& event, const std::string& json);
    bool isOpen() const { return m_open; }

    static constexpr size_t kMaxUnanswered = 1000;

signals:
    /// Traffic since the last signal: events stored here, events accepted there, payload bytes.
    void traffic(uint64_t down, uint64_t up, uint64_t bytesIn, uint64_t bytesOut);
    /// The connection is open (the live REQ is sent, pushes go out from now on).
    void opened();
    /// The link broke; `reason` in words (with the peer's NIP-01 prefix when it gave one).
    void lost(const std::string& reason);

private:
    void onMessage(RelayMessage&& message);
    void sendLiveReq();
    /// NIP-42: answers the peer's challenge once (a REQ CLOSED or an EVENT refused with
    /// `auth-required:`); what waited is resent when the AUTH is accepted.
    void requestAuth();
    void onAuthAnswer(const RelayOk& ok);
    void fail(const std::string& reason);
    void flushTraffic();

    RelayConfig m_config;
    QUrl m_url;
    std::string m_filterJson;
    SyncDirection m_direction;
    nostr::Filter m_filter;
    RelayClient m_client;
    std::unique_ptr<SyncStore> m_store;
    QTimer m_connectTimer;
    QTimer m_trafficTimer;
    std::map<nostr::Id, std::string> m_unanswered; ///< pushed events (wire JSON) awaiting their OK
    std::vector<std::pair<nostr::Id, std::string>> m_waitingForAuth; ///< pushes refused with auth-required, resent after AUTH
    std::string m_challenge;                        ///< the peer's last NIP-42 challenge
    std::optional<nostr::Id> m_authId;              ///< our AUTH event awaiting its OK
    bool m_authTried = false, m_authenticated = false, m_reqWaitingForAuth = false;
    std::string m_subId;
    bool m_open = false;
    bool m_dead = false;
    uint64_t m_down = 0, m_up = 0, m_reportedIn = 0, m_reportedOut = 0;
};

} // namespace roost::sync
