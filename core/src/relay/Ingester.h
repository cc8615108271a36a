#pragma once
// Ingester thread: parses client messages, validates events (shape, limits, id, signature) and
// routes work to the Writer, ReqWorker and ReqMonitor (DESIGN.md §Threads).
#include "nostr/Event.h"
#include "nostr/Filter.h"
#include "nostr/Messages.h"
#include "policy/AccessPolicy.h"
#include "relay/Hub.h"
#include "relay/Inbox.h"
#include "relay/ReadTicket.h"
#include "relay/RoleThread.h"
#include "roost/RelayConfig.h"

#include <QString>

#include <algorithm>
#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <variant>

namespace roost::relay {

class Ingester final : public RoleThread {
public:
    /// One WebSocket text message from a connection, in arrival order.
    struct ClientText { ConnId conn; std::string text; std::shared_ptr<InputCredit> credit; };
    /// A WebSocket was admitted from address `ip` (rate limits are per address); `host` is the
    /// Host header the client used (NIP-62 accepts a request to vanish that names it); `access`
    /// is filled in for snapshots (level, AUTH keys, subscriptions) and may be null; `local` is
    /// the socket's local "ip:port" (NIP-42: an AUTH relay tag may name it).
    struct ConnectionOpened { ConnId conn; QString ip; std::string host; std::shared_ptr<ConnectionAccess> access; std::string local = {}; };
    /// The connection is gone: forget its subscriptions (forwarded to its ReqWorker).
    struct ConnectionClosed { ConnId conn; };
    /// The settings changed: subscriptions whose connection no longer has the level to read are
    /// closed (CLOSED with auth-required:/restricted:), so a level change applies at once.
    struct ConfigChanged {};
    /// Finish what is queued, then exit the thread.
    struct Stop {};
    using Msg = std::variant<ClientText, ConnectionOpened, ConnectionClosed, ConfigChanged, Stop>;

    /// `now` returns Unix seconds (injectable clock for tests of the created_at window).
    Ingester(int index, const Hub& hub, std::function<int64_t()> now = {});
    ~Ingester() override;

    void post(Msg msg) { m_inbox.push(std::move(msg)); }

private:
    /// What the Ingester knows of one connection.
    /// The open subscription ids of one connection and the filter items of each (FilterItems.h).
    /// A short vector rather than a hash set: max_subscriptions is small, and an idle
    /// connection's one REQ then costs one string.
    struct SubscriptionIds {
        std::vector<std::string> ids;
        std::vector<uint64_t> items; // filter items of ids[i]
        uint64_t totalItems = 0;
        bool contains(const std::string& id) const { return std::find(ids.begin(), ids.end(), id) != ids.end(); }
        /// Filter items of `id` (0 when not open).
        uint64_t itemsOf(const std::string& id) const {
            const auto it = std::find(ids.begin(), ids.end(), id);
            return it == ids.end() ? 0 : items[size_t(it - ids.begin())];
        }
        /// Opens or replaces `id` with `n` filter items.
        void insert(const std::string& id, uint64_t n) {
            erase(id);
            ids.push_back(id);
            items.push_back(n);
            totalItems += n;
        }
        /// Returns the filter items freed.
        uint64_t erase(const std::string& id) {
            const auto it = std::find(ids.begin(), ids.end(), id);
            if (it == ids.end()) return 0;
            const size_t i = size_t(it - ids.begin());
            const uint64_t n = items[i];
            ids.erase(it);
            items.erase(items.begin() + ptrdiff_t(i));
            totalItems -= n;
            return n;
        }
        size_t size() const { return ids.size(); }
        bool empty() const { return ids.empty(); }
        /// Returns the filter items freed.
        uint64_t clear() {
            const uint64_t n = totalItems;
            ids = {};
            items = {};
            totalItems = 0;
            return n;
        }
        auto begin() const { return ids.begin(); }
        auto end() const { return ids.end(); }
    };
    struct ConnState {
        QString ip;
        std::string host;                       // Host header of the upgrade request
        std::string local;                      // local ip:port of the socket
        SubscriptionIds subscriptions;
        std::array<char, 32> challenge{};       // NIP-42, 16 random bytes as hex, sent when the connection opened
        std::string_view challengeText() const { return {challenge.data(), challenge.size()}; }
        std::vector<nostr::PubKey> authenticated; // keys proven with AUTH
        std::shared_ptr<ConnectionAccess> access; // published for snapshots
        std::shared_ptr<ReadCredit> reads = std::make_shared<ReadCredit>(); // outstanding reads (ReadTicket.h)
    };
    /// A slot for one more read of the connection, or an empty ticket after sending the
    /// refusal: CLOSED "rate-limited:" (`neg`: NEG-ERR) past limits/max_pending_reads.
    ReadTicket takeReadSlot(ConnId conn, ConnState& state, const std::string& subId, const RelayConfig& config, bool neg = false);
    /// Gives `n` filter items back to the relay-wide count (Hub::filterItems).
    void freeFilterItems(uint64_t n);
    /// Publishes the connection's level, keys and subscription count for snapshots.
    void publishAccess(ConnState& state, const policy::AccessRules& rules);
    /// The access rules of `config`, compiled once per settings snapshot.
    const policy::AccessRules& rulesFor(const std::shared_ptr<const RelayConfig>& config);
    /// Access checks of a REQ or COUNT (level, direct messages). On refusal sends CLOSED and
    /// returns false; otherwise the filters carry their privacy restriction.
    bool admitQuery(ConnId conn, const ConnState& state, policy::Verb verb, const std::string& subId,
                    std::vector<nostr::Filter>& filters, const std::shared_ptr<const RelayConfig>& config);
    /// NIP-43 join (28934) and leave (28936) requests: checked here, applied by Hub::membership.
    void handleMembership(ConnId conn, const nostr::Event& event, const ConnState& state);
    /// NIP-43 invite request: a REQ whose filters select kind 28935 gets a fresh signed invite
    /// (policy::asksForInvite decides before anything is signed).
    void sendInviteIfAsked(ConnId conn, const ConnState& state, const std::string& subId,
                           const std::vector<nostr::Filter>& filters);
    /// NIP-62: nullopt when the request to vanish names this relay (a `relay` tag equal to
    /// ALL_RELAYS, relay/public_url or the Host the client connected to), else the refusal.
    std::optional<std::string> checkVanishTarget(const nostr::Event& event, const ConnState& state,
                                                 const policy::AccessRules& rules) const;
    std::optional<std::string> restrictPrivateKinds(std::vector<nostr::Filter>& filters, const ConnState& state);
    void run() override;
    /// Parses one client message, counts it, applies the rate limits and hands it to the
    /// handler of its verb (one handle() overload per ClientMessage alternative).
    void handleText(ConnId conn, const std::string& text);
    /// A message that did not parse: OK false when its event id was readable, CLOSED when its
    /// subscription id was, NOTICE otherwise (NIP-01).
    void replyParseError(ConnId conn, const nostr::ParseContext& context, std::string_view reason);
    /// The wire verb of a parsed message ("EVENT", "REQ", ..., or the unknown verb itself).
    static std::string_view verbOf(const nostr::ClientMessage& message);
    /// "rate-limited: slow down" on the message's own channel (OK / CLOSED / NOTICE).
    void refuseRateLimited(ConnId conn, const nostr::ClientMessage& message);
    // Dispatch by message type; each forwards to the verb's handler below.
    using ConfigPtr = std::shared_ptr<const RelayConfig>;
    void handle(ConnId conn, ConnState& state, nostr::EventMessage& message, const ConfigPtr& config);
    void handle(ConnId conn, ConnState& state, nostr::ReqMessage& message, const ConfigPtr& config);
    void handle(ConnId conn, ConnState& state, nostr::CloseMessage& message, const ConfigPtr& config);
    void handle(ConnId conn, ConnState& state, nostr::CountMessage& message, const ConfigPtr& config);
    void handle(ConnId conn, ConnState& state, nostr::AuthMessage& message, const ConfigPtr& config);
    void handle(ConnId conn, ConnState& state, nostr::NegOpenMessage& message, const ConfigPtr& config);
    void handle(ConnId conn, ConnState& state, nostr::NegMsgMessage& message, const ConfigPtr& config);
    void handle(ConnId conn, ConnState& state, nostr::NegCloseMessage& message, const ConfigPtr& config);
    void handle(ConnId conn, ConnState& state, nostr::UnknownMessage& message, const ConfigPtr& config);
    /// EVENT (NIP-01): access, kind lists, limits, created_at window, expiry (NIP-40), id and
    /// signature; then the Writer (or, for an ephemeral kind, straight to the ReqMonitor).
    /// Membership requests (NIP-43) and requests to vanish (NIP-62) are routed here too.
    void handleEvent(ConnId conn, ConnState& state, nostr::Event& event, const ConfigPtr& config);
    /// REQ (NIP-01): access and DM gating, the subscription limit, then the connection's ReqWorker.
    void handleReq(ConnId conn, ConnState& state, nostr::ReqMessage& req, const ConfigPtr& config);
    /// CLOSE (NIP-01): forgets the subscription here and on the ReqWorker (no reply).
    void handleClose(ConnId conn, ConnState& state, nostr::CloseMessage& close);
    /// COUNT (NIP-45): access and DM gating, then the connection's ReqWorker.
    void handleCount(ConnId conn, ConnState& state, nostr::CountMessage& count, const ConfigPtr& config);
    /// AUTH (NIP-42): verifies the event against the connection's challenge; OK true/false.
    void handleAuth(ConnId conn, ConnState& state, const nostr::Event& event, const policy::AccessRules& rules);
    /// NEG-OPEN (NIP-77): negentropy switched on, the read level and DM gating exactly as for a
    /// REQ (NEG-ERR with the refusal otherwise); the session itself lives on the connection's
    /// ReqWorker (NegSessions), which applies the session and record limits.
    void handleNegOpen(ConnId conn, ConnState& state, nostr::NegOpenMessage& open, const ConfigPtr& config);
    /// NEG-MSG / NEG-CLOSE (NIP-77): forwarded to the connection's ReqWorker.
    void handleNegMsg(ConnId conn, ConnState& state, nostr::NegMsgMessage& msg, const ConfigPtr& config);
    void handleNegClose(ConnId conn, nostr::NegCloseMessage& close);
    /// A verb Roost does not serve: NOTICE "invalid: unknown message type".
    void handleUnknown(ConnId conn, const nostr::UnknownMessage& unknown);
    void recheckSubscriptions();
    /// Checks the live rate limits for a message of `verb` ("EVENT", "REQ", ...) from the
    /// connection's address. Returns false when it must be refused "rate-limited:".
    bool withinRate(const ConnState& state, const RelayConfig& config, std::string_view verb);
    void replyNotice(ConnId conn, std::string_view reason);
    void release(ConnId conn, InputCredit& credit, int64_t bytes);

    int m_index;
    const Hub& m_hub;
    std::function<int64_t()> m_now;
    Inbox<Msg> m_inbox;
    std::unordered_map<ConnId, ConnState> m_connections;
    std::shared_ptr<const RelayConfig> m_rulesConfig;
    std::shared_ptr<const policy::AccessRules> m_rules;
    std::shared_ptr<InputCredit> m_credit; // of the message being handled (null between messages)
    int64_t m_creditBytes = 0;
};

} // namespace roost::relay
