#include "relay/Nip11.h"

#include "roost/Version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace roost::relay {

namespace {
bool isHexKey(const QString& s) {
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

// A NIP is listed only while it is switched on.
QJsonArray supportedNips(const RelayConfig& config, bool managementApi) {
    QJsonArray nips{1, 9, 11, 40};
    if (config.access.authEnabled) nips.append(42);
    if (config.access.nip43Enabled && !config.selfPubkey.isEmpty()) nips.append(43);
    nips.append(45);
    nips.append(62);
    nips.append(70);
    if (config.negentropy.enabled) nips.append(77);
    if (managementApi) nips.append(86);
    return nips;
}
} // namespace

QByteArray buildNip11Document(const RelayConfig& config, bool managementApi) {
    const RelayLimits& l = config.limits;
    QJsonObject limitation{
        {QStringLiteral("max_message_length"), qint64(l.maxMessageLength)},
        {QStringLiteral("max_subscriptions"), qint64(l.maxSubscriptions)},
        {QStringLiteral("max_filters"), qint64(l.maxFilters)},
        {QStringLiteral("max_limit"), qint64(l.maxLimit)},
        {QStringLiteral("default_limit"), qint64(l.defaultLimit)},
        {QStringLiteral("max_subid_length"), qint64(l.maxSubidLength)},
        {QStringLiteral("max_event_tags"), qint64(l.maxEventTags)},
        {QStringLiteral("max_content_length"), qint64(l.maxContentLength)},
        {QStringLiteral("created_at_lower_limit"), qint64(l.createdAtLowerLimit)},
        {QStringLiteral("created_at_upper_limit"), qint64(l.createdAtUpperLimit)},
        // Roost's own: no NIP-11 field bounds the total size of the open filters.
        {QStringLiteral("max_filter_items"), qint64(l.maxFilterItems)},
        {QStringLiteral("max_filter_items_total"), qint64(l.maxFilterItemsTotal)},
        {QStringLiteral("auth_required"), config.access.minLevelConnection > 0},
        {QStringLiteral("payment_required"), false},
        {QStringLiteral("restricted_writes"), config.access.minLevelEvent > 0 || !config.access.allowedKinds.isEmpty() ||
                                                   !config.access.deniedKinds.isEmpty()},
    };
    if (config.negentropy.enabled) {
        const NegentropyConfig& n = config.negentropy;
        limitation.insert(QStringLiteral("negentropy_max_records"), qint64(n.maxRecords));
        limitation.insert(QStringLiteral("negentropy_idle_timeout"), qint64(n.idleTimeout));
        limitation.insert(QStringLiteral("negentropy_max_sessions"), qint64(n.maxSessions));
        limitation.insert(QStringLiteral("negentropy_max_frame_size"), qint64(n.maxFrameSize));
    }
    QJsonObject doc{
        {QStringLiteral("name"), config.name},
        {QStringLiteral("description"), config.description},
        {QStringLiteral("software"), QString::fromLatin1(softwareUrl())},
        {QStringLiteral("version"), QString::fromLatin1(versionString())},
        {QStringLiteral("supported_nips"), supportedNips(config, managementApi)},
        {QStringLiteral("limitation"), limitation},
    };
    auto optional = [&doc](const char* key, const QString& value) {
        if (!value.trimmed().isEmpty()) doc.insert(QLatin1String(key), value.trimmed());
    };
    optional("contact", config.contact);
    optional("icon", config.icon);
    optional("banner", config.banner);
    optional("posting_policy", config.postingPolicy);
    optional("terms_of_service", config.termsOfService);
    optional("privacy_policy", config.privacyPolicy);
    // The operator: relay/pubkey, else the owner (the first valid owner key).
    QString pubkey = config.pubkey.trimmed().toLower();
    if (!isHexKey(pubkey)) pubkey.clear();
    for (const QString& owner : config.access.ownerPubkeys) {
        if (!pubkey.isEmpty()) break;
        if (isHexKey(owner.trimmed().toLower())) pubkey = owner.trimmed().toLower();
    }
    optional("pubkey", pubkey);
    if (!config.selfPubkey.isEmpty()) doc.insert(QStringLiteral("self"), config.selfPubkey);
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace roost::relay
