#include "sync/RemoteInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace roost::sync {

RemoteInfo parseRemoteInfo(const QByteArray& json) {
    RemoteInfo info;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()) return info;
    info.known = true;
    const QJsonObject root = doc.object();
    for (const QJsonValue& v : root.value(QStringLiteral("supported_nips")).toArray())
        if (v.toInt(-1) == 77 || v.toString() == QLatin1String("77")) info.nip77 = true;
    const QJsonObject limitation = root.value(QStringLiteral("limitation")).toObject();
    const auto positive = [&](const char* key) -> uint32_t {
        const double d = limitation.value(QLatin1String(key)).toDouble(0);
        return d >= 1 && d < 4294967296.0 ? uint32_t(d) : 0;
    };
    info.maxLimit = positive("max_limit");
    info.maxMessageLength = positive("max_message_length");
    return info;
}

QUrl nip11Url(const QUrl& relayUrl) {
    QUrl url = relayUrl;
    if (url.scheme() == QLatin1String("wss")) url.setScheme(QStringLiteral("https"));
    else if (url.scheme() == QLatin1String("ws")) url.setScheme(QStringLiteral("http"));
    return url;
}

} // namespace roost::sync
