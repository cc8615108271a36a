#include "store/RelayKey.h"

#include "nostr/Hex.h"
#include "nostr/Verify.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/rand.h>

#include <stdexcept>

namespace roost::store {

std::optional<nostr::SecretKey> loadOrCreateRelayKey(const QString& dataDir, QString* error) {
    const QString path = QDir(dataDir).filePath(QStringLiteral("relay.key"));
    nostr::SecretKey key{};
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            if (error) *error = QStringLiteral("cannot read %1").arg(path);
            return std::nullopt;
        }
        const std::string hex = existing.readAll().trimmed().toStdString();
        try {
            if (nostr::fromHex(hex, key)) {
                (void)nostr::publicKeyOf(key); // throws for a key outside the curve order
                return key;
            }
        } catch (const std::invalid_argument&) {
        }
        if (error) *error = QStringLiteral("%1 does not hold a secp256k1 secret key in hex").arg(path);
        return std::nullopt;
    }
    for (;;) {
        if (RAND_bytes(key.data(), int(key.size())) != 1) {
            if (error) *error = QStringLiteral("no randomness for the relay key");
            return std::nullopt;
        }
        try {
            (void)nostr::publicKeyOf(key);
            break;
        } catch (const std::invalid_argument&) {
            // Astronomically unlikely (zero or above the curve order): draw again.
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QByteArray::fromStdString(nostr::toHex(key)) + '\n') < 0 || !file.commit()) {
        if (error) *error = QStringLiteral("cannot write %1").arg(path);
        return std::nullopt;
    }
    return key;
}

} // namespace roost::store
