#include "sync/AuthEvent.h"

#include "nostr/Verify.h"
#include "store/RelayKey.h"

#include <QDateTime>

namespace roost::sync {

std::optional<nostr::Event> makeAuthEvent(const RelayConfig& config, const QUrl& url, const std::string& challenge,
                                          std::string* error) {
    QString why;
    const auto key = store::loadOrCreateRelayKey(config.dataDir.isEmpty() ? defaultDataDir() : config.dataDir, &why);
    if (!key) {
        if (error) *error = "cannot load the relay key: " + why.toStdString();
        return std::nullopt;
    }
    nostr::Event auth;
    auth.kind = 22242;
    auth.createdAt = QDateTime::currentSecsSinceEpoch();
    auth.tags = {{"relay", url.toString().toStdString()}, {"challenge", challenge}};
    nostr::signEvent(auth, *key);
    return auth;
}

} // namespace roost::sync
