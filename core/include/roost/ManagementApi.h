#pragma once
// NIP-86 relay management over HTTP (JSON-RPC-like), authorised with NIP-98 by an owner key.
// Every method changes the relay through Settings, the same functions the GUI calls.
#include "roost/ManagementHandler.h"
#include "roost/Settings.h"

#include <QByteArray>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <functional>
#include <map>

namespace roost {

class Relay;
namespace nostr { struct Event; }

/// Handles NIP-86 requests for one relay. Lives in the thread of its Settings (the main thread);
/// the relay's Listener hands requests over with a queued call (through ManagementHandler, the
/// relay facade's view of this class).
class ManagementApi : public QObject, public ManagementHandler {
    Q_OBJECT
public:
    explicit ManagementApi(Settings& settings, QObject* parent = nullptr);

    /// Receives the answer to one request, exactly once, on this object's thread.
    using Respond = ManagementHandler::Respond;

    /// This object: the relay queues its calls to this thread.
    QObject* handlerObject() override { return this; }

    /// The running relay whose store the event methods (banevent, allowevent, listbannedevents,
    /// stats) act on; without one they answer an error. `relay` must live in this thread.
    void setRelay(Relay* relay);

    /// One request. `authorization` is the Authorization header ("Nostr <base64 kind-27235>"),
    /// `requestHost` the Host header (host[:port]) the client used, `requestTarget` the path
    /// and query of the request line ("/"), `body` the JSON request, `now` Unix seconds.
    /// NIP-98: kind 27235, created_at within kTokenWindow s, `u` the absolute URL of this request
    /// (scheme, host and port of the Host header — a header without port means the scheme's
    /// default port — or of relay/public_url, and the request target), `method` POST, `payload`
    /// the SHA-256 of the body, signed by an owner key (access/owner_pubkeys), and not used
    /// before (same signature) — otherwise 401. Unknown method or bad params: 200 with an
    /// "error" (NIP-86). Settings methods answer before handle() returns, store methods once
    /// the relay's store has answered.
    void handle(const QByteArray& authorization, const QString& requestHost, const QString& requestTarget,
                const QByteArray& body, qint64 now, Respond respond) override;

    /// NIP-98: seconds a token's created_at may be from now.
    static constexpr qint64 kTokenWindow = 60;
    /// At most this many used tokens are remembered (those of the last 2 x kTokenWindow s); past
    /// it new tokens are refused until old ones age out.
    static constexpr size_t kMaxUsedTokens = 100000;

    /// Adds (`member` true) or removes a hex pubkey on the member list (access/member_pubkeys),
    /// as NIP-86 allowpubkey/unallowpubkey and NIP-43 join/leave do. Returns false with `error`.
    bool setMember(const QString& hexPubkey, bool member, QString* error = nullptr) override;

    /// NIP-43 single-use invite codes: when access/nip43_single_use_invites is on, records `code`
    /// on access/nip43_used_invites (dropping codes expired at `now`, Unix seconds) and returns
    /// true, or returns false with `error` "restricted: that invite code was already used" when
    /// it is listed. With the setting off it returns true and records nothing.
    bool claimInvite(const QString& code, qint64 now, QString* error = nullptr) override;

    /// Adds (`blocked` true) or removes `ip` on access/blocked_ips, as NIP-86 blockip/unblockip
    /// and the GUI do. `ip` must parse as an IPv4 or IPv6 address (stored in canonical form).
    /// Returns false with `error`.
    bool setIpBlocked(const QString& ip, bool blocked, QString* error = nullptr) override;

    /// The methods this relay supports (NIP-86 supportedmethods).
    static QStringList supportedMethods();

private:
    /// The methods answered from Settings alone.
    ManagementResponse handleSettingsMethod(const QString& method, const QJsonArray& params);
    /// The methods that need the store; false when `method` is not one of them.
    bool handleStoreMethod(const QString& method, const QJsonArray& params, const Respond& respond);

    /// NIP-98 single use: "" when `token` is new (it is remembered), else why it is refused.
    QString useToken(const nostr::Event& token, qint64 now);

    Settings& m_settings;
    QPointer<Relay> m_relay;
    std::map<std::array<uint8_t, 64>, qint64> m_usedTokens; // signature -> created_at
};

} // namespace roost
