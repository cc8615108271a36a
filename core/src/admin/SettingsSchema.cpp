#include "roost/Settings.h"
#include "roost/Nip19.h"

namespace roost {

namespace {

using T = SettingType;

// Small builders so each schema row stays one readable entry.
SettingSpec str(const char* key, const char* desc, bool live, QString RelayConfig::*field) {
    return {QString::fromLatin1(key), T::String, QString::fromUtf8(desc), live, 0, 0,
            [field](const RelayConfig& c) { return QVariant(c.*field); },
            [field](RelayConfig& c, const QVariant& v) { c.*field = v.toString(); }};
}

template <class Field>
SettingSpec integer(const char* key, const char* desc, bool live, qint64 min, qint64 max,
                    std::function<Field&(RelayConfig&)> ref) {
    return {QString::fromLatin1(key), T::Int, QString::fromUtf8(desc), live, min, max,
            [ref](const RelayConfig& c) { return QVariant(qint64(ref(const_cast<RelayConfig&>(c)))); },
            [ref](RelayConfig& c, const QVariant& v) { ref(c) = Field(v.toLongLong()); }};
}

template <class Field>
SettingSpec limit(const char* key, const char* desc, qint64 max, Field RelayLimits::*field) {
    return integer<Field>(key, desc, true, 0, max, [field](RelayConfig& c) -> Field& { return c.limits.*field; });
}

SettingSpec rate(const char* key, const char* desc, double AccessConfig::*field) {
    return {QString::fromLatin1(key), T::Double, QString::fromUtf8(desc), true, 0, 0,
            [field](const RelayConfig& c) { return QVariant(c.access.*field); },
            [field](RelayConfig& c, const QVariant& v) { c.access.*field = v.toDouble(); }};
}

SettingSpec keys(const char* key, const char* desc, QStringList AccessConfig::*field) {
    return {QString::fromLatin1(key), T::StringList, QString::fromUtf8(desc), true, 0, 0,
            [field](const RelayConfig& c) { return QVariant(c.access.*field); },
            [field](RelayConfig& c, const QVariant& v) { c.access.*field = v.toStringList(); }};
}

/// A list of public keys (npub or hex in, lowercase hex stored).
SettingSpec pubkeys(const char* key, const char* desc, QStringList AccessConfig::*field) {
    SettingSpec spec = keys(key, desc, field);
    spec.publicKeys = true;
    return spec;
}

SettingSpec flag(const char* key, const char* desc, bool AccessConfig::*field) {
    return {QString::fromLatin1(key), T::Bool, QString::fromUtf8(desc), true, 0, 0,
            [field](const RelayConfig& c) { return QVariant(c.access.*field); },
            [field](RelayConfig& c, const QVariant& v) { c.access.*field = v.toBool(); }};
}

SettingSpec level(const char* key, const char* desc, uint32_t AccessConfig::*field) {
    return integer<uint32_t>(key, desc, true, 0, 4, [field](RelayConfig& c) -> uint32_t& { return c.access.*field; });
}

SettingSpec kinds(const char* key, const char* desc, QList<uint32_t> AccessConfig::*field) {
    return {QString::fromLatin1(key), T::IntList, QString::fromUtf8(desc), true, 0, 65535,
            [field](const RelayConfig& c) {
                QVariantList out;
                for (uint32_t k : c.access.*field) out.append(qint64(k));
                return QVariant(out);
            },
            [field](RelayConfig& c, const QVariant& v) {
                QList<uint32_t> out;
                for (const QVariant& k : v.toList()) out.append(uint32_t(k.toLongLong()));
                c.access.*field = out;
            }};
}

std::vector<SettingSpec> buildSchema() {
    constexpr qint64 kU32 = 4294967295LL;
    std::vector<SettingSpec> s;
    s.push_back(str("relay/bind", "Address to listen on; 127.0.0.1 keeps the relay on this machine, 0.0.0.0 shares it on the LAN.", false, &RelayConfig::bindAddress));
    s.push_back(integer<uint16_t>("relay/port", "TCP port for WebSocket and HTTP (0 = any free port).", false, 0, 65535,
                                               [](RelayConfig& c) -> uint16_t& { return c.port; }));
    s.push_back(str("relay/data_dir", "Folder holding the event store (roost.db). Empty = the default data directory.", false, &RelayConfig::dataDir));
    s.push_back(str("relay/name", "NIP-11 name of the relay.", true, &RelayConfig::name));
    s.push_back(str("relay/description", "NIP-11 description.", true, &RelayConfig::description));
    s.push_back(str("relay/contact", "NIP-11 alternative contact (a URI such as mailto:).", true, &RelayConfig::contact));
    s.push_back(str("relay/icon", "NIP-11 icon URL.", true, &RelayConfig::icon));
    s.push_back(str("relay/pubkey", "NIP-11 administrative contact pubkey (npub or 64 hex characters, stored as hex). Empty = the first owner key.", true, &RelayConfig::pubkey));
    s.back().publicKeys = true;
    s.push_back(str("relay/banner", "NIP-11 banner image URL.", true, &RelayConfig::banner));
    s.push_back(str("relay/posting_policy", "NIP-11 posting policy URL (what may be published here).", true, &RelayConfig::postingPolicy));
    s.push_back(str("relay/terms_of_service", "NIP-11 terms of service URL.", true, &RelayConfig::termsOfService));
    s.push_back(str("relay/privacy_policy", "NIP-11 privacy policy URL.", true, &RelayConfig::privacyPolicy));
    s.push_back(str("relay/public_url", "The URL clients use to reach the relay (e.g. wss://relay.example.org, behind a proxy); NIP-42 AUTH and NIP-98 tokens may name it besides the address the client connected to.", true, &RelayConfig::publicUrl));
    s.push_back(integer<int>("threads/ingesters", "Ingester threads (0 = one per core).", false, 0, 64,
                                          [](RelayConfig& c) -> int& { return c.ingesters; }));
    s.push_back(integer<int>("threads/req_workers", "Query threads (0 = one per core).", false, 0, 64,
                                          [](RelayConfig& c) -> int& { return c.reqWorkers; }));
    s.push_back({QStringLiteral("store/synchronous_full"), T::Bool,
                 QStringLiteral("fsync every commit before OK true (true keeps acknowledged events through a power cut)."), false, 0, 0,
                 [](const RelayConfig& c) { return QVariant(c.synchronousFull); },
                 [](RelayConfig& c, const QVariant& v) { c.synchronousFull = v.toBool(); }});
    s.push_back(limit("limits/max_message_length", "Bytes of one client message (NIP-11 max_message_length).", kU32, &RelayLimits::maxMessageLength));
    s.push_back(limit("limits/max_subscriptions", "Open subscriptions per connection.", kU32, &RelayLimits::maxSubscriptions));
    s.push_back(limit("limits/max_filters", "Filters in one REQ or COUNT.", kU32, &RelayLimits::maxFilters));
    s.push_back(limit("limits/max_limit", "A filter's limit is clamped to this.", kU32, &RelayLimits::maxLimit));
    s.push_back(limit("limits/default_limit", "Stored events returned for a filter without limit.", kU32, &RelayLimits::defaultLimit));
    s.push_back(limit("limits/max_subid_length", "Characters of a subscription id.", kU32, &RelayLimits::maxSubidLength));
    s.push_back(limit("limits/max_event_tags", "Entries in an event's tags.", kU32, &RelayLimits::maxEventTags));
    s.push_back(limit("limits/max_content_length", "Bytes of an event's content.", kU32, &RelayLimits::maxContentLength));
    s.push_back(limit("limits/created_at_lower_limit", "Seconds into the past an event's created_at may be (0 = any).", INT64_MAX, &RelayLimits::createdAtLowerLimit));
    s.push_back(limit("limits/created_at_upper_limit", "Seconds into the future an event's created_at may be (0 = any).", INT64_MAX, &RelayLimits::createdAtUpperLimit));
    s.push_back(integer<uint32_t>("limits/max_pending_reads", "REQ scans, COUNTs and negentropy messages of one connection queued or running at once; past it a read gets CLOSED (NEG-ERR) \"rate-limited:\".", true, 1, 100000,
                                  [](RelayConfig& c) -> uint32_t& { return c.limits.maxPendingReads; }));
    s.push_back(integer<uint32_t>("limits/max_filter_items", "Filter items (ids, authors, kinds, tag values) in all open subscriptions of one connection; a REQ past it gets CLOSED \"blocked:\" (NIP-11 max_filter_items).", true, 1, kU32,
                                  [](RelayConfig& c) -> uint32_t& { return c.limits.maxFilterItems; }));
    s.push_back(integer<uint32_t>("limits/max_filter_items_total", "Filter items in the open subscriptions of all connections together; a REQ past it gets CLOSED \"blocked:\" (NIP-11 max_filter_items_total).", true, 1, kU32,
                                  [](RelayConfig& c) -> uint32_t& { return c.limits.maxFilterItemsTotal; }));
    s.push_back({QStringLiteral("negentropy/enabled"), T::Bool,
                 QStringLiteral("Answer NIP-77 negentropy sync (NEG-OPEN) and list NIP 77 in NIP-11."), true, 0, 0,
                 [](const RelayConfig& c) { return QVariant(c.negentropy.enabled); },
                 [](RelayConfig& c, const QVariant& v) { c.negentropy.enabled = v.toBool(); }});
    s.push_back(integer<uint32_t>("negentropy/max_records", "Stored events one NEG-OPEN may cover; a bigger one gets NEG-ERR \"blocked:\" with this number.", true, 1, kU32,
                                  [](RelayConfig& c) -> uint32_t& { return c.negentropy.maxRecords; }));
    s.push_back(integer<uint32_t>("negentropy/idle_timeout", "Seconds a negentropy session may wait for the client's next NEG-MSG before NEG-ERR \"closed:\".", true, 1, 86400,
                                  [](RelayConfig& c) -> uint32_t& { return c.negentropy.idleTimeout; }));
    s.push_back(integer<uint32_t>("negentropy/max_sessions", "Open negentropy sessions per connection.", true, 0, 1000,
                                  [](RelayConfig& c) -> uint32_t& { return c.negentropy.maxSessions; }));
    s.push_back(integer<uint32_t>("negentropy/max_frame_size", "Bytes of one negentropy message the relay sends (binary, before hex); longer answers take more rounds.", true, 4096, 16777216,
                                  [](RelayConfig& c) -> uint32_t& { return c.negentropy.maxFrameSize; }));
    s.push_back({QStringLiteral("access/maintenance"), T::Bool,
                 QStringLiteral("Maintenance mode: refuse new connections and writes; connected readers stay."), true, 0, 0,
                 [](const RelayConfig& c) { return QVariant(c.access.maintenance); },
                 [](RelayConfig& c, const QVariant& v) { c.access.maintenance = v.toBool(); }});
    s.push_back(flag("access/auth_enabled", "Send NIP-42 AUTH challenges and accept AUTH (listed in NIP-11 while on).", &AccessConfig::authEnabled));
    s.push_back(level("access/min_level_connection", "Access level needed for anything at all: 0 anonymous, 1 authenticated, 2 known, 3 member, 4 owner.", &AccessConfig::minLevelConnection));
    s.push_back(level("access/min_level_event", "Access level needed to publish events (0..4).", &AccessConfig::minLevelEvent));
    s.push_back(level("access/min_level_req", "Access level needed to read (REQ) (0..4).", &AccessConfig::minLevelReq));
    s.push_back(level("access/min_level_count", "Access level needed for COUNT (0..4).", &AccessConfig::minLevelCount));
    s.push_back(pubkeys("access/owner_pubkeys", "Owner keys (npub or hex, comma-separated; stored as hex): level 4.", &AccessConfig::ownerPubkeys));
    s.push_back(pubkeys("access/member_pubkeys", "Member keys (npub or hex, comma-separated; stored as hex): level 3.", &AccessConfig::memberPubkeys));
    s.push_back(pubkeys("access/banned_pubkeys", "Banned keys (npub or hex, comma-separated; stored as hex): their events are refused.", &AccessConfig::bannedPubkeys));
    s.push_back(integer<uint32_t>("access/known_depth", "Known level (2): keys the owner follows (1), or also the keys they follow (2); 0 = off.", true, 0, 2,
                                  [](RelayConfig& c) -> uint32_t& { return c.access.knownDepth; }));
    s.push_back(flag("access/nip43_enabled", "NIP-43 membership: members and owners get invite codes (kind 28935), join/leave requests (28934/28936) edit the member list, published as kind 13534 (and each change as kind 8000/8001) by the relay's key.", &AccessConfig::nip43Enabled));
    s.push_back(integer<uint32_t>("access/nip43_invite_validity", "NIP-43: seconds an invite code stays valid after it is issued.", true, 60, kU32,
                                  [](RelayConfig& c) -> uint32_t& { return c.access.nip43InviteValidity; }));
    s.push_back(flag("access/nip43_single_use_invites", "NIP-43: an invite code admits one member only.", &AccessConfig::nip43SingleUseInvites));
    s.push_back(integer<int64_t>("access/nip43_invites_revoked_before", "NIP-43: invite codes issued before this Unix time are revoked (0 = none; set it to now to revoke every code given out).", true, 0, INT64_MAX,
                                 [](RelayConfig& c) -> int64_t& { return c.access.nip43InvitesRevokedBefore; }));
    s.push_back(keys("access/nip43_revoked_invites", "NIP-43: invite codes revoked one by one (comma-separated).", &AccessConfig::nip43RevokedInvites));
    s.push_back(keys("access/nip43_used_invites", "NIP-43: single-use invite codes already claimed (kept by the relay until they expire).", &AccessConfig::nip43UsedInvites));
    s.push_back(integer<uint32_t>("access/hold_below", "Hold for review: events from writers below this access level (1 authenticated, 2 known, 3 member, 4 owner; 0 = off) are kept in the moderation queue, not published, until approved.", true, 0, 4,
                                  [](RelayConfig& c) -> uint32_t& { return c.access.holdBelowLevel; }));
    s.push_back(flag("access/owner_inbox", "Accept events that p-tag an owner from anyone (the owner's inbox).", &AccessConfig::ownerInbox));
    s.push_back(integer<uint32_t>("access/max_connections", "Open connections in total (0 = no cap).", true, 0, kU32,
                                                [](RelayConfig& c) -> uint32_t& { return c.access.maxConnections; }));
    s.push_back(integer<uint32_t>("access/max_connections_per_ip", "Open connections from one IP address (0 = no cap).", true, 0, kU32,
                                                [](RelayConfig& c) -> uint32_t& { return c.access.maxConnectionsPerIp; }));
    s.push_back(keys("access/blocked_ips", "IP addresses refused at the WebSocket upgrade (comma-separated).", &AccessConfig::blockedIps));
    s.push_back(kinds("access/allowed_kinds", "Only these kinds are accepted (comma-separated; empty = every kind).", &AccessConfig::allowedKinds));
    s.push_back(kinds("access/denied_kinds", "These kinds are refused (comma-separated).", &AccessConfig::deniedKinds));
    s.push_back(rate("rate/messages_per_second", "Client messages per second per IP (0 = unlimited).", &AccessConfig::messagesPerSecond));
    s.push_back(rate("rate/events_per_second", "EVENT messages per second per IP (0 = unlimited).", &AccessConfig::eventsPerSecond));
    s.push_back(rate("rate/reqs_per_second", "REQ and COUNT messages per second per IP (0 = unlimited).", &AccessConfig::reqsPerSecond));
    s.push_back(rate("rate/burst_seconds", "Seconds of traffic a client may send at once before the rate applies.", &AccessConfig::burstSeconds));
    s.push_back({QStringLiteral("rate/unlimited_ips"), T::StringList,
                 QStringLiteral("IP addresses exempt from rate limits and the per-IP connection cap (comma-separated)."), true, 0, 0,
                 [](const RelayConfig& c) { return QVariant(c.access.unlimitedIps); },
                 [](RelayConfig& c, const QVariant& v) { c.access.unlimitedIps = v.toStringList(); }});
    s.push_back({QStringLiteral("sync/peer"), T::PeerList,
                 QStringLiteral("A sync peer, one line each (repeat the key): URL (ws:// or wss://), then any of down / up / both "
                                "(default down), periodic / live (default periodic), every=MINUTES (default 60), enabled / disabled, "
                                "and last a NIP-01 filter as JSON (default {}). Example: peer=wss://relay.example.org down "
                                "periodic every=30 {\"kinds\":[1]}. Edit with roost peers add/remove."),
                 true, 0, 0,
                 [](const RelayConfig& c) {
                     QStringList out;
                     for (const SyncPeer& p : c.syncPeers) out << p.format();
                     return QVariant(out);
                 },
                 [](RelayConfig& c, const QVariant& v) {
                     c.syncPeers.clear();
                     for (const QString& line : v.toStringList())
                         if (auto peer = SyncPeer::parse(line, nullptr)) c.syncPeers << *peer;
                 }});
    s.push_back({QStringLiteral("sync/follow_relay_list"), T::Bool,
                 QStringLiteral("Follow my relay list: keep a live down peer {\"authors\":[owner]} for each write relay of the owner's kind 10002 (NIP-65) stored here; "
                                "a new list adds or removes them at once. Discovered peers are not written to this file."),
                 true, 0, 0, [](const RelayConfig& c) { return QVariant(c.syncFollowRelayList); },
                 [](RelayConfig& c, const QVariant& v) { c.syncFollowRelayList = v.toBool(); }});
    s.push_back({QStringLiteral("sync/follow_relay_list_up"), T::Bool,
                 QStringLiteral("With follow_relay_list: also send the owner's events up to each read relay of the list (the peer becomes \"both\" for a relay that is read and write)."),
                 true, 0, 0, [](const RelayConfig& c) { return QVariant(c.syncFollowRelayListUp); },
                 [](RelayConfig& c, const QVariant& v) { c.syncFollowRelayListUp = v.toBool(); }});
    // Scheduled backups (issue 14 item 7; roost/Backup.h). Live: Cron reads them every tick.
    s.push_back(integer<uint32_t>("backup/interval", "Hours between scheduled backups of the store (0 = off). Files are named roost-YYYYMMDD-HHMMSS.db.zst (UTC).", true, 0, 8760,
                                  [](RelayConfig& c) -> uint32_t& { return c.backup.intervalHours; }));
    s.push_back(integer<uint32_t>("backup/keep", "How many backup files to keep in backup/dir; older ones are deleted after each backup (0 = keep all).", true, 0, 100000,
                                  [](RelayConfig& c) -> uint32_t& { return c.backup.keep; }));
    s.push_back({QStringLiteral("backup/dir"), T::String,
                 QStringLiteral("Folder for backup files. Empty = backups/ in the data directory (better: another disk)."), true, 0, 0,
                 [](const RelayConfig& c) { return QVariant(c.backup.dir); },
                 [](RelayConfig& c, const QVariant& v) { c.backup.dir = v.toString(); }});
    s.push_back({QStringLiteral("sync/bootstrap_relays"), T::StringList,
                 QStringLiteral("Relays (ws:// or wss://, comma-separated) asked for a key's relay list (NIP-65 kind 10002, "
                                "else kind 3) by \"Back up my notes\" and roost backup-notes."),
                 true, 0, 0,
                 [](const RelayConfig& c) { return QVariant(c.syncBootstrapRelays); },
                 [](RelayConfig& c, const QVariant& v) { c.syncBootstrapRelays = v.toStringList(); }});
    return s;
}

QString typeName(SettingType t) {
    switch (t) {
    case T::Bool: return QStringLiteral("bool");
    case T::Int: return QStringLiteral("integer");
    case T::Double: return QStringLiteral("number");
    case T::String: return QStringLiteral("string");
    case T::StringList: return QStringLiteral("list of strings");
    case T::IntList: return QStringLiteral("list of integers");
    case T::PeerList: return QStringLiteral("sync peers (one line each)");
    }
    return {};
}

QString displayValue(const QVariant& v) {
    if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList) {
        QStringList parts;
        for (const QVariant& item : v.toList()) parts << item.toString();
        return parts.join(QLatin1Char(','));
    }
    if (v.typeId() == QMetaType::Bool) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

} // namespace

const std::vector<SettingSpec>& settingsSchema() {
    static const std::vector<SettingSpec> schema = buildSchema();
    return schema;
}

const SettingSpec* findSetting(const QString& key) {
    for (const SettingSpec& s : settingsSchema())
        if (s.key == key) return &s;
    return nullptr;
}

QVariant normalizeSetting(const SettingSpec& spec, const QVariant& raw, QString* error) {
    auto fail = [&](const QString& why) {
        if (error) *error = QStringLiteral("%1: %2").arg(spec.key, why);
        return QVariant();
    };
    // INI files give strings (or string lists for values with commas); the GUI gives typed values.
    const QStringList parts = raw.typeId() == QMetaType::QStringList ? raw.toStringList()
                              : raw.typeId() == QMetaType::QVariantList ? raw.toStringList()
                                  : raw.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    switch (spec.type) {
    case T::Bool: {
        if (raw.typeId() == QMetaType::Bool) return raw;
        const QString s = raw.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes")) return true;
        if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no")) return false;
        return fail(QStringLiteral("not a boolean (true/false)"));
    }
    case T::Int: {
        bool ok = false;
        const qint64 v = raw.toString().trimmed().toLongLong(&ok);
        if (!ok || v < spec.minimum || v > spec.maximum)
            return fail(QStringLiteral("not an integer in %1..%2").arg(spec.minimum).arg(spec.maximum));
        return v;
    }
    case T::Double: {
        bool ok = false;
        const double v = raw.toString().trimmed().toDouble(&ok);
        if (!ok || v < 0) return fail(QStringLiteral("not a non-negative number"));
        return v;
    }
    case T::String: {
        const QString text = raw.typeId() == QMetaType::QStringList ? raw.toStringList().join(QLatin1Char(',')) : raw.toString();
        if (!spec.publicKeys) return text;
        if (text.trimmed().isEmpty()) return QString();
        const auto hex = nip19::hexFromInput(text, QStringLiteral("npub"));
        if (!hex) return fail(QStringLiteral("\"%1\" is not a public key (npub or 64 hex characters)").arg(text.trimmed()));
        return *hex;
    }
    case T::StringList: {
        QStringList out;
        for (const QString& p : parts) {
            if (p.trimmed().isEmpty()) continue;
            if (!spec.publicKeys) {
                out << p.trimmed();
                continue;
            }
            const auto hex = nip19::hexFromInput(p, QStringLiteral("npub"));
            if (!hex) return fail(QStringLiteral("\"%1\" is not a public key (npub or 64 hex characters)").arg(p.trimmed()));
            if (!out.contains(*hex)) out << *hex;
        }
        return out;
    }
    case T::PeerList: {
        // INI: the repeated lines joined by '\n' (configtext::parse); GUI, CLI, NIP-86: a list.
        const QStringList lines = raw.typeId() == QMetaType::QStringList || raw.typeId() == QMetaType::QVariantList
                                      ? raw.toStringList()
                                      : raw.toString().split(QLatin1Char('\n'));
        QStringList out, urls;
        for (const QString& line : lines) {
            if (line.trimmed().isEmpty()) continue;
            QString why;
            const auto peer = SyncPeer::parse(line, &why);
            if (!peer) return fail(QStringLiteral("\"%1\": %2").arg(line.trimmed(), why));
            if (urls.contains(peer->url)) return fail(QStringLiteral("%1 is listed twice").arg(peer->url));
            urls << peer->url;
            out << peer->format();
        }
        return out;
    }
    case T::IntList: {
        QVariantList out;
        for (const QString& p : parts) {
            bool ok = false;
            const qint64 v = p.trimmed().toLongLong(&ok);
            if (!ok || v < spec.minimum || v > spec.maximum)
                return fail(QStringLiteral("\"%1\" is not an integer in %2..%3").arg(p).arg(spec.minimum).arg(spec.maximum));
            out << v;
        }
        return out;
    }
    }
    return fail(QStringLiteral("unknown type"));
}

QString settingsMarkdown() {
    const RelayConfig defaults;
    QString out = QStringLiteral(
        "# Roost configuration\n\n"
        "Generated from the settings schema (`roost --help-config`); do not edit by hand.\n\n"
        "The config file is INI: `roost --config FILE`, or by default `roost/roost.conf` in the user's config\n"
        "folder (`~/.config/roost/roost.conf` on Linux, `$XDG_CONFIG_HOME` when set), which Roost creates on\n"
        "first start with every key below commented out at its default. Keys marked *live* apply to a running\n"
        "relay as soon as the file changes (or the GUI / NIP-86 / NIP-43 changes them, which write only the\n"
        "changed lines back into the file, keeping comments); *restart* keys apply at the next start.\n"
        "Lists are comma-separated; `#` or `;` starts a comment line, `; text` after a value is a comment.\n\n"
        "| key | type | default | applies | description |\n|---|---|---|---|---|\n");
    for (const SettingSpec& s : settingsSchema()) {
        QString def = displayValue(s.get(defaults));
        if (def.isEmpty()) def = QStringLiteral("(empty)");
        out += QStringLiteral("| `%1` | %2 | `%3` | %4 | %5 |\n")
                   .arg(s.key, typeName(s.type), def, s.live ? QStringLiteral("live") : QStringLiteral("restart"), s.description);
    }
    return out;
}

} // namespace roost
