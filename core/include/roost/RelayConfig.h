#pragma once
// Roost's settings: where it listens, where it keeps data, and the NIP-11 limitations.
#include <QList>
#include <QString>
#include <QStringList>

#include "roost/SyncPeer.h"

#include <cstdint>

namespace roost {

/// Limits on what clients may send; each is advertised in NIP-11 `limitation` under the name
/// given in its comment.
struct RelayLimits {
    uint32_t maxMessageLength = 131072;  ///< max_message_length: bytes of one WebSocket message
    uint32_t maxSubscriptions = 300;     ///< max_subscriptions: open subscriptions per connection
    uint32_t maxFilters = 100;           ///< max_filters: filters in one REQ/COUNT
    uint32_t maxLimit = 5000;            ///< max_limit: a filter's limit is clamped to this
    uint32_t defaultLimit = 500;         ///< default_limit: events returned for a filter without limit
    uint32_t maxSubidLength = 64;        ///< max_subid_length: characters of a subscription id
    uint32_t maxEventTags = 2000;        ///< max_event_tags: entries in an event's tags list
    uint32_t maxContentLength = 102400;  ///< max_content_length: bytes of an event's content
    int64_t createdAtLowerLimit = 0;     ///< created_at_lower_limit: seconds into the past (0 = any)
    int64_t createdAtUpperLimit = 900;   ///< created_at_upper_limit: seconds into the future (0 = any)
    /// REQ scans, COUNTs and negentropy messages of one connection queued or running at once;
    /// past it a read is refused "rate-limited:" (CLOSED, or NEG-ERR for NIP-77).
    uint32_t maxPendingReads = 300;
    /// max_filter_items (NIP-11, Roost's own): ids, authors, kinds and tag values in all the
    /// open subscriptions of one connection; a REQ past it gets CLOSED "blocked:".
    uint32_t maxFilterItems = 20000;
    /// max_filter_items_total (NIP-11, Roost's own): the same over every connection of the relay.
    uint32_t maxFilterItemsTotal = 500000;
};

/// Who may connect and how fast (DESIGN.md §Access levels: maintenance, connection caps, rate
/// limits, kind lists). All live: a change applies to open connections at once.
struct AccessConfig {
    bool maintenance = false;              ///< refuse new connections and writes; readers stay
    uint32_t maxConnections = 1000;        ///< open WebSocket connections in total (0 = no cap)
    uint32_t maxConnectionsPerIp = 50;     ///< open connections from one IP address (0 = no cap)
    double messagesPerSecond = 0;          ///< per IP, every client message (0 = unlimited)
    double eventsPerSecond = 0;            ///< per IP, EVENT messages (0 = unlimited)
    double reqsPerSecond = 0;              ///< per IP, REQ and COUNT messages (0 = unlimited)
    double burstSeconds = 10;              ///< a bucket holds rate x burstSeconds tokens
    QStringList unlimitedIps;              ///< addresses exempt from rate limits and per-IP caps
    QStringList blockedIps;                ///< addresses refused at the WebSocket upgrade
    QList<uint32_t> allowedKinds;          ///< only these kinds are accepted (empty = every kind)
    QList<uint32_t> deniedKinds;           ///< these kinds are refused
    bool authEnabled = true;               ///< send NIP-42 challenges and accept AUTH
    bool ownerInbox = true;                ///< accept events that p-tag an owner from anyone
    bool nip43Enabled = false;             ///< NIP-43: invite codes, join/leave requests, kind 13534 list
    uint32_t nip43InviteValidity = 86400;  ///< NIP-43: seconds an invite code stays valid
    bool nip43SingleUseInvites = false;    ///< NIP-43: an invite code admits one member only
    int64_t nip43InvitesRevokedBefore = 0; ///< NIP-43: codes issued before this Unix time are revoked (0 = none)
    QStringList nip43RevokedInvites;       ///< NIP-43: invite codes revoked one by one
    QStringList nip43UsedInvites;          ///< NIP-43: codes already claimed (kept until they expire)
    uint32_t knownDepth = 1;               ///< Known level: owner's follows (1) or also theirs (2); 0 = off
    uint32_t minLevelConnection = 0;       ///< access level (0..4) needed for anything at all
    uint32_t minLevelEvent = 0;            ///< access level needed to publish (EVENT)
    uint32_t minLevelReq = 0;              ///< access level needed to read (REQ)
    uint32_t minLevelCount = 0;            ///< access level needed for COUNT
    QStringList ownerPubkeys;              ///< hex pubkeys at level 4 (Owner)
    QStringList memberPubkeys;             ///< hex pubkeys at level 3 (Member)
    QStringList bannedPubkeys;             ///< hex pubkeys whose events are refused
    uint32_t holdBelowLevel = 0;           ///< [access] hold_below: events of writers below this level (0..4) are held for review (0 = off)
};

/// NIP-77 negentropy sessions (NEG-OPEN / NEG-MSG / NEG-CLOSE). All live.
struct NegentropyConfig {
    bool enabled = true;               ///< answer NEG-OPEN and list 77 in NIP-11 supported_nips
    uint32_t maxRecords = 1000000;     ///< records one NEG-OPEN may cover; more -> NEG-ERR "blocked:"
    uint32_t idleTimeout = 60;         ///< seconds a session may wait for the next NEG-MSG (then NEG-ERR "closed:")
    uint32_t maxSessions = 8;          ///< open negentropy sessions per connection
    uint32_t maxFrameSize = 65536;     ///< bytes of one binary negentropy message the relay sends (hex doubles it)
};

/// Scheduled backups of the store (issue 14 item 7), run by the relay's Cron. All live.
struct BackupConfig {
    uint32_t intervalHours = 0;        ///< [backup] interval: hours between backups, 0 = off
    uint32_t keep = 7;                 ///< [backup] keep: newest backup files kept in dir (0 = all)
    QString dir;                       ///< [backup] dir: folder for backup files ("" = <data dir>/backups)
};

/// Everything a Relay needs to start. Read from an INI file by loadRelayConfig(); command-line
/// options override single fields.
struct RelayConfig {
    QString bindAddress = QStringLiteral("127.0.0.1"); ///< [relay] bind: listen address
    uint16_t port = 4869;                              ///< [relay] port: TCP port, 0 = any free port
    QString dataDir;                                   ///< [relay] data_dir: folder holding roost.db
    QString name = QStringLiteral("Roost");            ///< [relay] name: NIP-11 name
    QString description = QStringLiteral("A personal Nostr relay"); ///< [relay] description
    QString contact;                                   ///< [relay] contact: NIP-11 contact
    QString icon;                                      ///< [relay] icon: NIP-11 icon URL
    QString pubkey;                                    ///< [relay] pubkey: NIP-11 admin pubkey (hex; empty = the first owner)
    QString banner;                                    ///< [relay] banner: NIP-11 banner image URL
    QString postingPolicy;                             ///< [relay] posting_policy: NIP-11 posting policy URL
    QString termsOfService;                            ///< [relay] terms_of_service: NIP-11 terms of service URL
    QString privacyPolicy;                             ///< [relay] privacy_policy: NIP-11 privacy policy URL
    QString publicUrl;                                 ///< [relay] public_url: URL clients use (NIP-42 relay tag)
    QString selfPubkey;                                ///< the relay's own key (NIP-11 self); set at start, not a setting
    int ingesters = 0;                                 ///< [threads] ingesters: 0 = one per core
    int reqWorkers = 0;                                ///< [threads] req_workers: 0 = one per core
    bool synchronousFull = true;                       ///< [store] synchronous_full: fsync per commit
    RelayLimits limits;                                ///< [limits] section, keys as in NIP-11
    AccessConfig access;                               ///< [access] and [rate] sections
    NegentropyConfig negentropy;                       ///< [negentropy] section (NIP-77)
    QList<SyncPeer> syncPeers;                         ///< [sync] peer lines: relays kept in step (roost/SyncPeer.h)
    BackupConfig backup;                               ///< [backup] section: scheduled backups
    bool syncFollowRelayList = false;                  ///< [sync] follow_relay_list: a live down peer per write relay of the owner's kind 10002 (NIP-65)
    bool syncFollowRelayListUp = false;                ///< [sync] follow_relay_list_up: and an up peer per read relay
    QStringList syncBootstrapRelays{QStringLiteral("wss://purplepag.es"), QStringLiteral("wss://relay.damus.io"),
                                    QStringLiteral("wss://nos.lol")}; ///< [sync] bootstrap_relays: where "Back up my notes" looks up a key's relay list
};

/// The default data directory (~/.local/share/roost on Linux, from QStandardPaths).
QString defaultDataDir();

/// The config file used without --config / ROOST_CONFIG: roost/roost.conf in the user's config
/// folder (QStandardPaths::GenericConfigLocation: $XDG_CONFIG_HOME or ~/.config on Linux, so
/// ~/.config/roost/roost.conf). The system service passes /etc/roost/roost.conf with --config.
QString defaultConfigPath();

/// Reads an INI file into `config` (keys absent from the file keep their values). The keys are
/// those of settingsSchema() (roost/Settings.h); comments start with '#' or ';'. Returns false and sets `error` when the file
/// cannot be read or a value does not fit its key.
bool loadRelayConfig(const QString& path, RelayConfig& config, QString* error);

} // namespace roost
