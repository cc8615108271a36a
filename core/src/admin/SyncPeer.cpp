#include "roost/SyncPeer.h"

#include "nostr/Filter.h"
#include "nostr/Types.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace roost {

namespace {

constexpr uint32_t kMaxEveryMinutes = 525600; // a year

bool fail(QString* error, const QString& why) {
    if (error) *error = why;
    return false;
}

// The filter checked by the relay's own NIP-01 filter parser, written back compact.
bool checkFilter(const QString& text, QString* compact, QString* error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(error, QStringLiteral("filter is not a JSON object: %1").arg(text));
    const QByteArray json = doc.toJson(QJsonDocument::Compact);
    try {
        nostr::parseFilter(std::string_view(json.constData(), size_t(json.size())));
    } catch (const nostr::ParseError& e) {
        return fail(error, QStringLiteral("filter is not a NIP-01 filter: %1").arg(QString::fromUtf8(e.what())));
    }
    *compact = QString::fromUtf8(json);
    return true;
}

} // namespace

QString SyncPeer::directionName(Direction d) {
    switch (d) {
    case Direction::Down: return QStringLiteral("down");
    case Direction::Up: return QStringLiteral("up");
    case Direction::Both: return QStringLiteral("both");
    }
    return {};
}

std::optional<SyncPeer> SyncPeer::parse(const QString& text, QString* error) {
    SyncPeer peer;
    const QString t = text.trimmed();
    const qsizetype brace = t.indexOf(QLatin1Char('{'));
    const QString words = brace < 0 ? t : t.left(brace);
    if (brace >= 0 && !checkFilter(t.mid(brace), &peer.filter, error)) return std::nullopt;
    const QStringList parts = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty()) return fail(error, QStringLiteral("no URL")), std::nullopt;
    const QUrl url(parts.first(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) || url.host().isEmpty())
        return fail(error, QStringLiteral("\"%1\" is not a ws:// or wss:// URL").arg(parts.first())), std::nullopt;
    peer.url = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString w = parts[i].toLower();
        if (w == QLatin1String("down")) peer.direction = Direction::Down;
        else if (w == QLatin1String("up")) peer.direction = Direction::Up;
        else if (w == QLatin1String("both")) peer.direction = Direction::Both;
        else if (w == QLatin1String("live")) peer.live = true;
        else if (w == QLatin1String("periodic")) peer.live = false;
        else if (w == QLatin1String("enabled")) peer.enabled = true;
        else if (w == QLatin1String("disabled")) peer.enabled = false;
        else if (w.startsWith(QLatin1String("every="))) {
            bool ok = false;
            const uint v = w.mid(6).toUInt(&ok);
            if (!ok || v < 1 || v > kMaxEveryMinutes)
                return fail(error, QStringLiteral("every=%1: minutes must be 1..%2").arg(w.mid(6)).arg(kMaxEveryMinutes)),
                       std::nullopt;
            peer.everyMinutes = v;
        } else {
            return fail(error, QStringLiteral("unknown word \"%1\" (expected down, up, both, periodic, live, every=MINUTES, "
                                              "enabled, disabled or a JSON filter)")
                                   .arg(parts[i])),
                   std::nullopt;
        }
    }
    return peer;
}

QString SyncPeer::format() const {
    QString out = url + QLatin1Char(' ') + directionName(direction);
    out += live ? QStringLiteral(" live") : QStringLiteral(" periodic every=%1").arg(everyMinutes);
    if (!enabled) out += QStringLiteral(" disabled");
    if (filter != QLatin1String("{}")) out += QLatin1Char(' ') + filter;
    return out;
}

} // namespace roost
