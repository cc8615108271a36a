#include "PublicKeys.h"

#include "roost/Nip19.h"

namespace roost::ui {

std::optional<QString> PublicKeys::parse(const QString& text) { return nip19::hexFromInput(text, QStringLiteral("npub")); }

QString PublicKeys::npub(const QString& hex) {
    const QString encoded = nip19::npubFromHex(hex);
    return encoded.isEmpty() ? hex : encoded;
}

QString PublicKeys::shortNpub(const QString& hex) {
    const QString full = npub(hex);
    if (full == hex) return hex.size() > 16 ? hex.left(12) + QChar(0x2026) + hex.right(4) : hex;
    return full.left(13) + QChar(0x2026) + full.right(4);
}

QString PublicKeys::tooltip(const QString& hex) {
    const QString full = npub(hex);
    return full == hex ? hex : full + QLatin1Char('\n') + hex;
}

QString PublicKeys::invalid(const QString& text) {
    return tr("\"%1\" is not a public key: paste an npub1… or 64 hex characters.").arg(text.trimmed());
}

} // namespace roost::ui
