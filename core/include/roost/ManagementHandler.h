#pragma once
// What a running Relay asks of the management side (NIP-86 requests, NIP-43 join/leave, the
// GUI's IP blocking), as an interface in the relay's facade so that the relay does not include
// the admin code that implements it (ManagementApi): admin depends on the relay's facade, never
// the other way round.
#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace roost {

/// An HTTP answer: status code and JSON body ({"result": ..., "error": ...}).
struct ManagementResponse {
    int httpStatus = 200;
    QByteArray body;
};

/// Implemented by ManagementApi (roost/ManagementApi.h). Every call is made on the thread of
/// handlerObject() (the relay queues it there); the relay stops calling once that object is
/// destroyed.
class ManagementHandler {
public:
    virtual ~ManagementHandler() = default;

    /// Receives the answer to one request, exactly once, on handlerObject()'s thread.
    using Respond = std::function<void(const ManagementResponse&)>;

    /// The QObject whose thread the calls must run on (also watched for destruction).
    virtual QObject* handlerObject() = 0;

    /// One NIP-86 request (NIP-98 authorised): see ManagementApi::handle for the shapes.
    virtual void handle(const QByteArray& authorization, const QString& requestHost, const QString& requestTarget,
                        const QByteArray& body, qint64 now, Respond respond) = 0;
    /// Adds (`member` true) or removes a hex pubkey on the member list (NIP-86, NIP-43).
    virtual bool setMember(const QString& hexPubkey, bool member, QString* error = nullptr) = 0;
    /// NIP-43 single-use invite codes: records `code` as used at `now` (Unix seconds), false with
    /// `error` when it already was.
    virtual bool claimInvite(const QString& code, qint64 now, QString* error = nullptr) = 0;
    /// Adds or removes `ip` on access/blocked_ips; false with `error` for an invalid address.
    virtual bool setIpBlocked(const QString& ip, bool blocked, QString* error = nullptr) = 0;
};

} // namespace roost
