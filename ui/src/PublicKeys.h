#pragma once
// Public keys as people know them (NIP-19 npub) in the window; hex where they are stored.
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace roost::ui {

/// Reading and showing public keys. Settings and the protocol keep 64 lowercase hex
/// characters; the window accepts npub1… (NIP-19) or hex and shows npub, with hex in tooltips
/// and copy menus.
class PublicKeys {
    Q_DECLARE_TR_FUNCTIONS(PublicKeys)
public:
    /// What a person typed (npub1…, 64 hex characters in either case, an optional "nostr:"
    /// prefix, spaces around) as 64 lowercase hex characters; std::nullopt for anything else
    /// ("abc", an npub with a bad checksum, an nsec, a note).
    static std::optional<QString> parse(const QString& text);
    /// `hex` as npub1… (63 characters); `hex` itself when it is not a 64-hex-character key
    /// (an invalid entry already in a config file stays visible as written).
    static QString npub(const QString& hex);
    /// The npub shortened for a table cell: "npub1" + 8 characters + "…" + the last 4.
    static QString shortNpub(const QString& hex);
    /// Tooltip text: the npub and the hex on two lines.
    static QString tooltip(const QString& hex);
    /// The error shown when `text` is not a key (translated sentence naming it).
    static QString invalid(const QString& text);
};

} // namespace roost::ui
