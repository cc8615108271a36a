#pragma once
// One configured sync peer (issue 10 item 1): another relay this one keeps in step with.
// Configured in the [sync] section of the config file, one "peer=" line each:
//
//     [sync]
//     peer=wss://relay.example.org down periodic every=60 {"authors":["<64 hex>"]}
//     peer=ws://192.168.1.20:4869 both live
//     peer=wss://old.example.net up periodic every=1440 disabled
//
// Words after the URL, in any order: a direction (down = fetch their events into this store,
// up = send ours to them, both), a mode (periodic = a run every N minutes, live = reconcile then
// keep a subscription open), every=MINUTES, enabled / disabled; and last, optionally, a NIP-01
// filter as a JSON object (default {} = every event).
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace roost {

/// One `peer=` line of the [sync] section: URL, direction, mode, period in minutes, enabled and a
/// NIP-01 filter (JSON text). parse() refuses a malformed line with a reason; format() writes
/// the canonical line back (issue 10, NIP-77 / NIP-01).
struct SyncPeer {
    enum class Direction { Down, Up, Both };
    QString url;                         ///< ws:// or wss:// URL of the peer relay
    Direction direction = Direction::Down;
    QString filter = QStringLiteral("{}"); ///< NIP-01 filter (JSON object, compact)
    bool live = false;                   ///< live mode; false = periodic
    uint32_t everyMinutes = 60;          ///< periodic: minutes between runs (1..525600)
    bool enabled = true;

    bool operator==(const SyncPeer&) const = default;

    /// "down", "up" or "both".
    static QString directionName(Direction d);
    /// Parses one "peer=" value (format above). Returns std::nullopt with `error` in words for a
    /// URL that is not ws:// or wss:// with a host, an unknown word, every= outside 1..525600, or a
    /// filter that is not a valid NIP-01 filter object (the filter parser's "invalid: ..." text).
    static std::optional<SyncPeer> parse(const QString& text, QString* error);
    /// The canonical "peer=" value: URL, direction, mode, every=N (periodic only), "disabled"
    /// when disabled, and the filter unless it is {}. parse(format()) gives the same peer.
    QString format() const;
};

} // namespace roost
