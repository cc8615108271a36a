#include "roost/ManagementApi.h"
#include "roost/SyncPeer.h"

#include "nostr/EventParser.h"
#include "nostr/Hex.h"
#include "nostr/Verify.h"
#include "policy/AccessPolicy.h"
#include "policy/InviteCodes.h"
#include "policy/RelayUrl.h"
#include "roost/Relay.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace roost {

namespace {

// Entries of the moderation queue one listeventsneedingmoderation answer carries at most.
constexpr int kModerationQueueMax = 1000;

ManagementResponse reply(const QJsonValue& result, const QString& error = {}) {
    QJsonObject o{{QStringLiteral("result"), result}};
    if (!error.isEmpty()) o.insert(QStringLiteral("error"), error);
    return {200, QJsonDocument(o).toJson(QJsonDocument::Compact)};
}

ManagementResponse unauthorized(const QString& why) {
    return {401, QJsonDocument(QJsonObject{{QStringLiteral("error"), why}}).toJson(QJsonDocument::Compact)};
}

QString tagValue(const nostr::Event& e, std::string_view name) {
    for (const nostr::Tag& t : e.tags)
        if (t.size() >= 2 && t[0] == name) return QString::fromStdString(t[1]);
    return {};
}

// NIP-98: `u` is the absolute URL of the request: scheme, host and port as the client reached
// the relay (its Host header, or relay/public_url behind a proxy) and the request target.
bool requestUrlMatches(const std::string& u, const std::string& host, const std::string& target,
                       const std::string& publicUrl) {
    const auto url = policy::parseUrl(u);
    if (!url) return false;
    const std::string requestTarget = target.empty() ? std::string("/") : target;
    if (url->target == requestTarget && policy::urlNamesEndpoint(*url, {host, {}, {}})) return true;
    if (publicUrl.empty()) return false;
    const auto pub = policy::parseUrl(publicUrl);
    return pub && url->host == pub->host && url->port == pub->port && (url->target == pub->target || url->target == requestTarget);
}

// NIP-98 for NIP-86: returns "" when the request is authorised (the token in `e`), else why not.
QString checkAuthorization(const QByteArray& header, const QString& requestHost, const QString& requestTarget,
                           const QByteArray& body, qint64 now, const RelayConfig& config, nostr::Event& e) {
    if (!header.startsWith("Nostr ")) return QStringLiteral("missing NIP-98 Authorization header");
    try {
        e = nostr::parseEvent(QByteArray::fromBase64(header.mid(6).trimmed()).toStdString());
    } catch (const nostr::ParseError& err) {
        return QString::fromUtf8(err.what());
    }
    if (e.kind != 27235) return QStringLiteral("authorization event must be kind 27235");
    if (e.createdAt < now - ManagementApi::kTokenWindow || e.createdAt > now + ManagementApi::kTokenWindow) return QStringLiteral("authorization event is too old or too new");
    if (!requestUrlMatches(tagValue(e, "u").toStdString(), requestHost.toStdString(), requestTarget.toStdString(),
                           config.publicUrl.trimmed().toStdString()))
        return QStringLiteral("authorization u tag is not the URL of this request");
    if (tagValue(e, "method").toUpper() != QLatin1String("POST")) return QStringLiteral("authorization method tag is not POST");
    const QString payload = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    if (tagValue(e, "payload").toLower() != payload) return QStringLiteral("authorization payload tag does not match the body");
    if (auto bad = nostr::verifyEvent(e)) return QString::fromStdString(*bad);
    const QString signer = QString::fromStdString(nostr::toHex(e.pubkey));
    for (const QString& owner : config.access.ownerPubkeys)
        if (owner.trimmed().toLower() == signer) return {};
    return QStringLiteral("the authorization key is not an owner of this relay");
}

bool isHexKey(const QString& s) {
    nostr::PubKey k{};
    return nostr::fromHex(s.toStdString(), k);
}

} // namespace

ManagementApi::ManagementApi(Settings& settings, QObject* parent) : QObject(parent), m_settings(settings) {}

QString ManagementApi::useToken(const nostr::Event& token, qint64 now) {
    // A token is valid for kTokenWindow seconds either side of its created_at, so one older than
    // that can never be accepted again and is forgotten.
    for (auto it = m_usedTokens.begin(); it != m_usedTokens.end();)
        it = it->second < now - kTokenWindow ? m_usedTokens.erase(it) : std::next(it);
    if (m_usedTokens.size() >= kMaxUsedTokens) return QStringLiteral("too many authorization tokens in the last minutes");
    // Keyed by the signature: BIP-340 signatures cannot be altered without the key, so a copy of
    // the header is caught, while the same request signed again (same id) is a new token.
    if (!m_usedTokens.emplace(token.sig, token.createdAt).second)
        return QStringLiteral("this authorization token was already used");
    return {};
}

bool ManagementApi::setMember(const QString& hexPubkey, bool member, QString* error) {
    QStringList list = m_settings.value(QStringLiteral("access/member_pubkeys")).toStringList();
    list.removeAll(hexPubkey);
    if (member) list.append(hexPubkey);
    return m_settings.setValue(QStringLiteral("access/member_pubkeys"), list, error);
}

bool ManagementApi::claimInvite(const QString& code, qint64 now, QString* error) {
    if (!m_settings.config().access.nip43SingleUseInvites) return true;
    const QString key = QStringLiteral("access/nip43_used_invites");
    QStringList used;
    for (const QString& c : m_settings.value(key).toStringList()) {
        const auto expiry = policy::inviteExpiry(c.trimmed().toStdString());
        if (expiry && *expiry > now) used << c.trimmed(); // expired codes are refused anyway
    }
    if (used.contains(code.trimmed())) {
        if (error) *error = QStringLiteral("restricted: that invite code was already used");
        return false;
    }
    used << code.trimmed();
    return m_settings.setValue(key, used, error);
}

bool ManagementApi::setIpBlocked(const QString& ip, bool blocked, QString* error) {
    QHostAddress address;
    if (!address.setAddress(ip.trimmed())) {
        if (error) *error = QStringLiteral("not an IP address: %1").arg(ip);
        return false;
    }
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // the Listener compares IPv4-mapped addresses as IPv4
    if (isV4) address = QHostAddress(v4);
    const QString canonical = address.toString();
    QStringList list = m_settings.value(QStringLiteral("access/blocked_ips")).toStringList();
    list.removeAll(canonical);
    if (blocked) list.append(canonical);
    return m_settings.setValue(QStringLiteral("access/blocked_ips"), list, error);
}

QStringList ManagementApi::supportedMethods() {
    return {QStringLiteral("supportedmethods"), QStringLiteral("banpubkey"), QStringLiteral("unbanpubkey"),
            QStringLiteral("listbannedpubkeys"), QStringLiteral("allowpubkey"), QStringLiteral("unallowpubkey"),
            QStringLiteral("listallowedpubkeys"), QStringLiteral("allowkind"), QStringLiteral("disallowkind"),
            QStringLiteral("listallowedkinds"), QStringLiteral("blockip"), QStringLiteral("unblockip"),
            QStringLiteral("listblockedips"), QStringLiteral("changerelayname"), QStringLiteral("changerelaydescription"),
            QStringLiteral("changerelayicon"), QStringLiteral("listeventsneedingmoderation"),
            QStringLiteral("banevent"), QStringLiteral("allowevent"), QStringLiteral("listbannedevents"),
            QStringLiteral("stats"), QStringLiteral("listsyncpeers"), QStringLiteral("addsyncpeer"),
            QStringLiteral("removesyncpeer")};
}

void ManagementApi::setRelay(Relay* relay) { m_relay = relay; }

bool ManagementApi::handleStoreMethod(const QString& method, const QJsonArray& params, const Respond& respond) {
    const QString first = params.isEmpty() ? QString() : params.at(0).toString();
    const QString reason = params.size() < 2 ? QString() : params.at(1).toString();
    const bool known = method == QLatin1String("banevent") || method == QLatin1String("allowevent") ||
                       method == QLatin1String("listbannedevents") || method == QLatin1String("stats") ||
                       method == QLatin1String("listeventsneedingmoderation");
    if (!known) return false;
    if (!m_relay) {
        respond(reply(QJsonValue(), QStringLiteral("the relay's store is not available")));
        return true;
    }
    auto done = [respond](bool ok, const QString& error) { respond(ok ? reply(true) : reply(QJsonValue(), error)); };
    QPointer<Relay> relay = m_relay;
    if (method == QLatin1String("banevent")) {
        // A held event (hold for review) is dropped from the queue as well as banned.
        m_relay->banEvent(first, reason, [relay, first, done](bool ok, const QString& error) {
            if (!ok || !relay) return done(ok, error);
            relay->rejectHeld(first, [done](bool, const QString& e) { done(e.isEmpty(), e); });
        });
    } else if (method == QLatin1String("allowevent")) {
        // A held event (hold for review) is published: stored and delivered to subscribers.
        m_relay->unbanEvent(first, [relay, first, done](bool ok, const QString& error) {
            if (!ok || !relay) return done(ok, error);
            relay->approveHeld(first, [done](bool, const QString& e) { done(e.isEmpty(), e); });
        });
    } else if (method == QLatin1String("listeventsneedingmoderation")) {
        // The reported events of the moderation queue (NIP-56), one entry per event, its report
        // types and counts as the reason.
        m_relay->listReports(kModerationQueueMax, [respond](const QList<ReportInfo>& reports, const QString& error) {
            if (!error.isEmpty()) return respond(reply(QJsonValue(), error));
            QStringList order;
            QHash<QString, QStringList> reasons;
            QSet<QString> held;
            for (const ReportInfo& r : reports) {
                if (!r.isEvent) continue;
                if (r.held) {
                    held.insert(r.target);
                    order << r.target;
                    continue;
                }
                if (!reasons.contains(r.target) && !held.contains(r.target)) order << r.target;
                reasons[r.target] << QStringLiteral("%1 (%2)").arg(r.reportType).arg(r.count);
            }
            QJsonArray out;
            for (const QString& id : order) {
                QString why = held.contains(id) ? QStringLiteral("held for review (allowevent publishes it, banevent drops it)")
                                                : QString();
                if (reasons.contains(id))
                    why += (why.isEmpty() ? QString() : QStringLiteral("; ")) + QStringLiteral("reported: ") +
                           reasons.value(id).join(QStringLiteral(", "));
                out.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reason"), why}});
            }
            respond(reply(out));
        });
    } else if (method == QLatin1String("listbannedevents")) {
        m_relay->listBannedEvents([respond](const QList<BannedEventInfo>& banned, const QString& error) {
            if (!error.isEmpty()) return respond(reply(QJsonValue(), error));
            QJsonArray out;
            for (const BannedEventInfo& b : banned)
                out.append(QJsonObject{{QStringLiteral("id"), b.id}, {QStringLiteral("reason"), b.reason}});
            respond(reply(out));
        });
    } else {
        m_relay->storeSummary([respond](const StoreSummary& summary, const QString& error) {
            if (!error.isEmpty()) return respond(reply(QJsonValue(), error));
            QJsonObject kinds;
            for (auto it = summary.eventsByKind.cbegin(); it != summary.eventsByKind.cend(); ++it)
                kinds.insert(QString::number(it.key()), qint64(it.value()));
            respond(reply(QJsonObject{{QStringLiteral("events"), qint64(summary.events)},
                                      {QStringLiteral("database_bytes"), qint64(summary.fileBytes)},
                                      {QStringLiteral("events_by_kind"), kinds}}));
        });
    }
    return true;
}

void ManagementApi::handle(const QByteArray& authorization, const QString& requestHost, const QString& requestTarget,
                           const QByteArray& body, qint64 now, Respond respond) {
    const RelayConfig& config = m_settings.config();
    nostr::Event token;
    if (const QString why = checkAuthorization(authorization, requestHost, requestTarget, body, now, config, token);
        !why.isEmpty())
        return respond(unauthorized(why));
    if (const QString why = useToken(token, now); !why.isEmpty()) return respond(unauthorized(why));

    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QString method = request.value(QStringLiteral("method")).toString();
    const QJsonArray params = request.value(QStringLiteral("params")).toArray();
    if (handleStoreMethod(method, params, respond)) return;
    respond(handleSettingsMethod(method, params));
}

ManagementResponse ManagementApi::handleSettingsMethod(const QString& method, const QJsonArray& params) {
    const RelayConfig& config = m_settings.config();
    const QString first = params.isEmpty() ? QString() : params.at(0).toString();

    // Adds or removes `item` in the list setting `key`, through Settings like the GUI.
    auto editList = [&](const QString& key, const QString& item, bool add) {
        QStringList list = m_settings.value(key).toStringList();
        list.removeAll(item);
        if (add) list.append(item);
        QString error;
        return m_settings.setValue(key, list, &error) ? reply(true) : reply(QJsonValue(), error);
    };
    auto listOf = [&](const QString& key, const QString& field) {
        QJsonArray out;
        for (const QVariant& v : m_settings.value(key).toList())
            out.append(QJsonObject{{field, v.toString()}, {QStringLiteral("reason"), QString()}});
        return reply(out);
    };
    auto setString = [&](const QString& key) {
        QString error;
        return m_settings.setValue(key, first, &error) ? reply(true) : reply(QJsonValue(), error);
    };

    if (method == QLatin1String("supportedmethods")) return reply(QJsonArray::fromStringList(supportedMethods()));
    if (method == QLatin1String("banpubkey") || method == QLatin1String("unbanpubkey") ||
        method == QLatin1String("allowpubkey") || method == QLatin1String("unallowpubkey")) {
        const QString key = first.toLower();
        if (!isHexKey(key)) return reply(QJsonValue(), QStringLiteral("params[0] must be a 64-character hex pubkey"));
        const bool add = !method.startsWith(QLatin1String("un"));
        if (!method.contains(QLatin1String("ban"))) {
            QString error;
            return setMember(key, add, &error) ? reply(true) : reply(QJsonValue(), error);
        }
        return editList(QStringLiteral("access/banned_pubkeys"), key, add);
    }
    if (method == QLatin1String("listbannedpubkeys")) return listOf(QStringLiteral("access/banned_pubkeys"), QStringLiteral("pubkey"));
    if (method == QLatin1String("listallowedpubkeys")) return listOf(QStringLiteral("access/member_pubkeys"), QStringLiteral("pubkey"));
    if (method == QLatin1String("allowkind") || method == QLatin1String("disallowkind")) {
        const QJsonValue v = params.isEmpty() ? QJsonValue() : params.at(0);
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 65535 || v.toDouble() != double(v.toInt()))
            return reply(QJsonValue(), QStringLiteral("params[0] must be a kind number"));
        const QString kind = QString::number(v.toInt());
        const bool allow = method == QLatin1String("allowkind");
        QStringList allowed = m_settings.value(QStringLiteral("access/allowed_kinds")).toStringList();
        QStringList denied = m_settings.value(QStringLiteral("access/denied_kinds")).toStringList();
        denied.removeAll(kind);
        allowed.removeAll(kind);
        if (allow && !allowed.isEmpty()) allowed.append(kind); // an empty allow list already allows it
        if (!allow) denied.append(kind);
        QString error;
        if (!m_settings.setValue(QStringLiteral("access/allowed_kinds"), allowed, &error) ||
            !m_settings.setValue(QStringLiteral("access/denied_kinds"), denied, &error))
            return reply(QJsonValue(), error);
        return reply(true);
    }
    if (method == QLatin1String("listallowedkinds")) {
        QJsonArray out;
        for (uint32_t k : config.access.allowedKinds) out.append(int(k));
        return reply(out);
    }
    if (method == QLatin1String("blockip") || method == QLatin1String("unblockip")) {
        if (first.isEmpty()) return reply(QJsonValue(), QStringLiteral("params[0] must be an IP address"));
        QString error;
        return setIpBlocked(first, method == QLatin1String("blockip"), &error) ? reply(true) : reply(QJsonValue(), error);
    }
    if (method == QLatin1String("listblockedips")) return listOf(QStringLiteral("access/blocked_ips"), QStringLiteral("ip"));
    if (method == QLatin1String("changerelayname")) return setString(QStringLiteral("relay/name"));
    if (method == QLatin1String("changerelaydescription")) return setString(QStringLiteral("relay/description"));
    if (method == QLatin1String("changerelayicon")) return setString(QStringLiteral("relay/icon"));
    if (method == QLatin1String("listsyncpeers")) {
        // One object per peer: its `peer=` line and, while the relay runs, its health (issue 10).
        const QList<SyncPeerStatus> statuses = m_relay ? m_relay->snapshot().syncPeers : QList<SyncPeerStatus>{};
        auto withHealth = [&](QJsonObject o, const QString& url) {
            for (const SyncPeerStatus& st : statuses) {
                if (st.url != url) continue;
                o.insert(QStringLiteral("state"), st.state);
                o.insert(QStringLiteral("state_text"), st.stateText);
                o.insert(QStringLiteral("last_error"), st.lastError);
                o.insert(QStringLiteral("last_success"), st.lastSuccessMs / 1000);
                o.insert(QStringLiteral("next_attempt"), st.nextAttemptMs / 1000);
                o.insert(QStringLiteral("failures"), st.consecutiveFailures);
                o.insert(QStringLiteral("events_down"), qint64(st.eventsDown));
                o.insert(QStringLiteral("events_up"), qint64(st.eventsUp));
                o.insert(QStringLiteral("negentropy"), !st.negentropyUnsupported);
                o.insert(QStringLiteral("discovered"), st.discovered);
            }
            return o;
        };
        QJsonArray out;
        QStringList configured;
        for (const QString& line : m_settings.value(QStringLiteral("sync/peer")).toStringList()) {
            const auto peer = SyncPeer::parse(line, nullptr);
            if (!peer) continue;
            configured << peer->url;
            out.append(withHealth(QJsonObject{{QStringLiteral("peer"), line}, {QStringLiteral("url"), peer->url}}, peer->url));
        }
        for (const SyncPeerStatus& st : statuses) {
            if (!st.discovered || configured.contains(st.url)) continue;
            SyncPeer peer;
            peer.url = st.url;
            peer.direction = st.direction == QLatin1String("up")     ? SyncPeer::Direction::Up
                             : st.direction == QLatin1String("both") ? SyncPeer::Direction::Both
                                                                     : SyncPeer::Direction::Down;
            peer.live = st.live;
            peer.everyMinutes = st.everyMinutes;
            peer.filter = st.filter;
            out.append(withHealth(QJsonObject{{QStringLiteral("peer"), peer.format()}, {QStringLiteral("url"), st.url}}, st.url));
        }
        return reply(out);
    }
    if (method == QLatin1String("addsyncpeer") || method == QLatin1String("removesyncpeer")) {
        // Roost's own methods: the [sync] peer lines (roost/SyncPeer.h), edited as `roost peers` does.
        QString error;
        const bool add = method.startsWith(QLatin1String("add"));
        const auto peer = add ? SyncPeer::parse(first, &error) : std::nullopt;
        if (add && !peer) return reply(QJsonValue(), QStringLiteral("params[0]: ") + error);
        QStringList lines;
        bool found = false;
        for (const SyncPeer& p : config.syncPeers) {
            const bool same = p.url == (add ? peer->url : first);
            found = found || same;
            if (!same) lines << p.format();
            else if (add) lines << peer->format();
        }
        if (add && !found) lines << peer->format();
        if (!add && !found) return reply(QJsonValue(), QStringLiteral("no sync peer %1").arg(first));
        return m_settings.setValue(QStringLiteral("sync/peer"), lines, &error) ? reply(true) : reply(QJsonValue(), error);
    }
    return reply(QJsonValue(), QStringLiteral("unsupported method: %1").arg(method));
}

} // namespace roost
