#pragma once
// NIP-86 relay management over HTTP (JSON-RPC-like), authorised with NIP-98 by an owner key.
// Every method changes the relay through Settings, the same functions the GUI calls.
#include "roost/Settings.h"

#include <QByteArray>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace roost {

class Relay;

/// An HTTP answer: status code and JSON body ({"result": ..., "error": ...}).
struct ManagementResponse {
    int httpStatus = 200;
    QByteArray body;
};

/// Handles NIP-86 requests for one relay. Lives in the thread of its Settings (the main thread);
/// the relay's Listener hands requests over with a queued call.
class ManagementApi : public QObject {
    Q_OBJECT
public:
    explicit ManagementApi(Settings& settings, QObject* parent = nullptr);

    /// Receives the answer to one request, exactly once, on this object's thread.
    using Respond = std::function<void(const ManagementResponse&)>;

    /// The running relay whose store the event methods (banevent, allowevent, listbannedevents,
    /// stats) act on; without one they answer an error. `relay` must live in this thread.
    void setRelay(Relay* relay);

    /// One request. `authorization` is the Authorization header ("Nostr <base64 kind-27235>"),
    /// `requestHost` the Host header (host[:port]) the client used, `body` the JSON request,
    /// `now` Unix seconds. NIP-98: kind 27235, created_at within 60 s, `u` naming this relay
    /// (the Host header or relay/public_url), `method` POST, `payload` the SHA-256 of the body,
    /// signed by an owner key (access/owner_pubkeys) — otherwise 401. Unknown method or bad
    /// params: 200 with an "error" (NIP-86). Settings methods answer before handle() returns,
    /// store methods once the relay's store has answered.
    void handle(const QByteArray& authorization, const QString& requestHost, const QByteArray& body, qint64 now,
                Respond respond);

    /// Adds (`member` true) or removes a hex pubkey on the member list (access/member_pubkeys),
    /// as NIP-86 allowpubkey/unallowpubkey and NIP-43 join/leave do. Returns false with `error`.
    bool setMember(const QString& hexPubkey, bool member, QString* error = nullptr);

    /// Adds (`blocked` true) or removes `ip` on access/blocked_ips, as NIP-86 blockip/unblockip
    /// and the GUI do. `ip` must parse as an IPv4 or IPv6 address (stored in canonical form).
    /// Returns false with `error`.
    bool setIpBlocked(const QString& ip, bool blocked, QString* error = nullptr);

    /// The methods this relay supports (NIP-86 supportedmethods).
    static QStringList supportedMethods();

private:
    /// The methods answered from Settings alone.
    ManagementResponse handleSettingsMethod(const QString& method, const QJsonArray& params);
    /// The methods that need the store; false when `method` is not one of them.
    bool handleStoreMethod(const QString& method, const QJsonArray& params, const Respond& respond);

    Settings& m_settings;
    QPointer<Relay> m_relay;
};

} // namespace roost
