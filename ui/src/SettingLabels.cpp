#include "SettingLabels.h"

#include <QCoreApplication>

#include <utility>

namespace roost::ui {

namespace {

// QT_TRANSLATE_NOOP marks them for lupdate; they are translated when shown.
constexpr std::pair<const char*, const char*> kLabels[] = {
    {"relay/bind", QT_TRANSLATE_NOOP("SettingLabels", "Listen address")},
    {"relay/port", QT_TRANSLATE_NOOP("SettingLabels", "Port")},
    {"relay/data_dir", QT_TRANSLATE_NOOP("SettingLabels", "Data folder")},
    {"relay/name", QT_TRANSLATE_NOOP("SettingLabels", "Relay name")},
    {"relay/description", QT_TRANSLATE_NOOP("SettingLabels", "Description")},
    {"relay/contact", QT_TRANSLATE_NOOP("SettingLabels", "Contact")},
    {"relay/icon", QT_TRANSLATE_NOOP("SettingLabels", "Icon URL")},
    {"relay/pubkey", QT_TRANSLATE_NOOP("SettingLabels", "Admin public key")},
    {"relay/public_url", QT_TRANSLATE_NOOP("SettingLabels", "Public URL")},
    {"relay/banner", QT_TRANSLATE_NOOP("SettingLabels", "Banner URL")},
    {"relay/posting_policy", QT_TRANSLATE_NOOP("SettingLabels", "Posting policy URL")},
    {"relay/terms_of_service", QT_TRANSLATE_NOOP("SettingLabels", "Terms of service URL")},
    {"relay/privacy_policy", QT_TRANSLATE_NOOP("SettingLabels", "Privacy policy URL")},
    {"threads/ingesters", QT_TRANSLATE_NOOP("SettingLabels", "Ingester threads")},
    {"threads/req_workers", QT_TRANSLATE_NOOP("SettingLabels", "Query threads")},
    {"store/synchronous_full", QT_TRANSLATE_NOOP("SettingLabels", "Flush every commit to disk")},
    {"limits/max_message_length", QT_TRANSLATE_NOOP("SettingLabels", "Max message size (bytes)")},
    {"limits/max_subscriptions", QT_TRANSLATE_NOOP("SettingLabels", "Max subscriptions per connection")},
    {"limits/max_filters", QT_TRANSLATE_NOOP("SettingLabels", "Max filters per request")},
    {"limits/max_limit", QT_TRANSLATE_NOOP("SettingLabels", "Max limit per filter")},
    {"limits/default_limit", QT_TRANSLATE_NOOP("SettingLabels", "Default limit")},
    {"limits/max_subid_length", QT_TRANSLATE_NOOP("SettingLabels", "Max subscription id length")},
    {"limits/max_event_tags", QT_TRANSLATE_NOOP("SettingLabels", "Max tags per event")},
    {"limits/max_content_length", QT_TRANSLATE_NOOP("SettingLabels", "Max content size (bytes)")},
    {"limits/created_at_lower_limit", QT_TRANSLATE_NOOP("SettingLabels", "Oldest created_at (seconds back)")},
    {"limits/created_at_upper_limit", QT_TRANSLATE_NOOP("SettingLabels", "Newest created_at (seconds ahead)")},
    {"limits/max_pending_reads", QT_TRANSLATE_NOOP("SettingLabels", "Max queued reads per connection")},
    {"limits/max_filter_items", QT_TRANSLATE_NOOP("SettingLabels", "Max filter items per connection")},
    {"limits/max_filter_items_total", QT_TRANSLATE_NOOP("SettingLabels", "Max filter items in total")},
    {"access/maintenance", QT_TRANSLATE_NOOP("SettingLabels", "Maintenance mode")},
    {"access/max_connections", QT_TRANSLATE_NOOP("SettingLabels", "Max connections")},
    {"access/max_connections_per_ip", QT_TRANSLATE_NOOP("SettingLabels", "Max connections per address")},
    {"access/auth_enabled", QT_TRANSLATE_NOOP("SettingLabels", "NIP-42 authentication")},
    {"access/min_level_connection", QT_TRANSLATE_NOOP("SettingLabels", "Level to connect")},
    {"access/min_level_event", QT_TRANSLATE_NOOP("SettingLabels", "Level to publish")},
    {"access/min_level_req", QT_TRANSLATE_NOOP("SettingLabels", "Level to read")},
    {"access/min_level_count", QT_TRANSLATE_NOOP("SettingLabels", "Level to count")},
    {"access/owner_pubkeys", QT_TRANSLATE_NOOP("SettingLabels", "Owner keys")},
    {"access/member_pubkeys", QT_TRANSLATE_NOOP("SettingLabels", "Member keys")},
    {"access/banned_pubkeys", QT_TRANSLATE_NOOP("SettingLabels", "Banned keys")},
    {"access/known_depth", QT_TRANSLATE_NOOP("SettingLabels", "Web of trust depth")},
    {"access/nip43_enabled", QT_TRANSLATE_NOOP("SettingLabels", "NIP-43 invites and membership")},
    {"access/nip43_invite_validity", QT_TRANSLATE_NOOP("SettingLabels", "Invite code validity (seconds)")},
    {"access/nip43_single_use_invites", QT_TRANSLATE_NOOP("SettingLabels", "Single-use invite codes")},
    {"access/nip43_invites_revoked_before", QT_TRANSLATE_NOOP("SettingLabels", "Invite codes issued before (Unix time) are revoked")},
    {"access/nip43_revoked_invites", QT_TRANSLATE_NOOP("SettingLabels", "Revoked invite codes")},
    {"access/nip43_used_invites", QT_TRANSLATE_NOOP("SettingLabels", "Used invite codes")},
    {"access/owner_inbox", QT_TRANSLATE_NOOP("SettingLabels", "Accept mail for the owner")},
    {"access/blocked_ips", QT_TRANSLATE_NOOP("SettingLabels", "Blocked addresses")},
    {"access/allowed_kinds", QT_TRANSLATE_NOOP("SettingLabels", "Allowed kinds")},
    {"access/denied_kinds", QT_TRANSLATE_NOOP("SettingLabels", "Refused kinds")},
    {"rate/messages_per_second", QT_TRANSLATE_NOOP("SettingLabels", "Messages per second")},
    {"rate/events_per_second", QT_TRANSLATE_NOOP("SettingLabels", "Events per second")},
    {"rate/reqs_per_second", QT_TRANSLATE_NOOP("SettingLabels", "Requests per second")},
    {"rate/burst_seconds", QT_TRANSLATE_NOOP("SettingLabels", "Burst (seconds)")},
    {"rate/unlimited_ips", QT_TRANSLATE_NOOP("SettingLabels", "Addresses without limits")},
    {"backup/interval", QT_TRANSLATE_NOOP("SettingLabels", "Back up every (hours)")},
    {"backup/keep", QT_TRANSLATE_NOOP("SettingLabels", "Backups to keep")},
    {"backup/dir", QT_TRANSLATE_NOOP("SettingLabels", "Backup folder")},
};

constexpr std::pair<const char*, const char*> kSections[] = {
    {"relay", QT_TRANSLATE_NOOP("SettingLabels", "Relay")},
    {"threads", QT_TRANSLATE_NOOP("SettingLabels", "Threads")},
    {"store", QT_TRANSLATE_NOOP("SettingLabels", "Store")},
    {"limits", QT_TRANSLATE_NOOP("SettingLabels", "Limits")},
    {"access", QT_TRANSLATE_NOOP("SettingLabels", "Access")},
    {"rate", QT_TRANSLATE_NOOP("SettingLabels", "Rate limits")},
    {"backup", QT_TRANSLATE_NOOP("SettingLabels", "Backups")},
};

} // namespace

QString settingLabel(const QString& key) {
    for (const auto& [k, label] : kLabels)
        if (key == QLatin1String(k)) return QCoreApplication::translate("SettingLabels", label);
    QString name = key.section(QLatin1Char('/'), -1);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty()) name[0] = name[0].toUpper();
    return name;
}

QString sectionTitle(const QString& section) {
    for (const auto& [s, title] : kSections)
        if (section == QLatin1String(s)) return QCoreApplication::translate("SettingLabels", title);
    return section;
}

} // namespace roost::ui
