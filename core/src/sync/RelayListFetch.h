#pragma once
// Finding where a key writes: its newest NIP-65 relay list (kind 10002), else the relay URLs of
// its newest contact list (kind 3 content), asked of a few bootstrap relays at once.
#include "nostr/Event.h"
#include "sync/RelayClient.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace roost::sync {

/// At most this many write relays are taken from one relay list (the rest is ignored), so a
/// hostile list cannot make a backup open thousands of connections.
inline constexpr int kMaxWriteRelays = 20;

/// A relay URL as we compare and dial it: trimmed, scheme and host lowercased, a lone trailing
/// "/" dropped. "" when `text` is not a ws:// or wss:// URL with a host.
QString normalizeRelayUrl(const QString& text);

/// NIP-65: the write relays of a kind 10002 event, in tag order, normalized and without
/// duplicates: every `["r", <url>]` and `["r", <url>, "write"]` tag (a "read" marker is a read
/// relay only). At most kMaxWriteRelays.
QStringList writeRelaysOfRelayList(const nostr::Event& event);

/// NIP-02 (the legacy relay map, NIP-65 §"kind 3"): the relays of a kind 3 whose content is
/// {"<url>": {"read": bool, "write": bool}, ...}, in content order, keeping those whose "write"
/// is not false; "" / non-JSON content gives none. The `p` tags' relay hints are where the
/// *followed* keys write, not this key, so they are not used. At most kMaxWriteRelays.
QStringList writeRelaysOfContactList(const nostr::Event& event);

/// What RelayListFetch found.
struct RelayListLookup {
    QStringList writeRelays;   ///< normalized, deduplicated, at most kMaxWriteRelays
    QString source;            ///< "kind 10002", "kind 3" or "" (nothing usable found)
    QStringList failures;      ///< "<bootstrap url>: <reason>" for each bootstrap relay that failed
    int bootstrapAnswered = 0; ///< bootstrap relays that reached EOSE
};

/// Asks every bootstrap relay at once (one RelayClient each, on the thread the object lives on)
/// for REQ [{"authors":[key],"kinds":[10002],"limit":1},{"authors":[key],"kinds":[3],"limit":1}]
/// and keeps, over all answers, the newest kind 10002 and the newest kind 3 (NIP-01: the greater
/// created_at, then the lower id) whose author is `key` and whose id and signature verify; any
/// other event is ignored. A relay is done at EOSE, CLOSED, a disconnect or after `timeoutMs`
/// without EOSE. Then finished() once: the 10002's write relays when it names any, else the
/// kind 3's. Memory: two events and one connection per bootstrap relay.
class RelayListFetch : public QObject {
    Q_OBJECT
public:
    RelayListFetch(const nostr::PubKey& key, const QStringList& bootstrapRelays, int timeoutMs = 10000,
                   QObject* parent = nullptr);
    ~RelayListFetch() override;

    /// Opens the connections. Bootstrap URLs that are not ws(s):// are failures at once.
    void start();
    /// Closes every connection; finished() is not emitted afterwards.
    void cancel();

signals:
    void finished(const roost::sync::RelayListLookup& result);

private:
    struct Bootstrap {
        QString url;
        std::unique_ptr<RelayClient> client;
        std::unique_ptr<QTimer> timer;
        bool done = false;
    };
    void onEvent(const nostr::Event& event);
    void done(Bootstrap& b, const QString& failure);
    void finishIfDone();

    nostr::PubKey m_key;
    QStringList m_urls;
    int m_timeoutMs;
    std::vector<std::unique_ptr<Bootstrap>> m_bootstraps;
    std::optional<nostr::Event> m_relayList, m_contacts;
    RelayListLookup m_result;
    bool m_started = false; ///< every bootstrap relay has been dialled (or failed at once)
    bool m_finished = false;
};

} // namespace roost::sync

Q_DECLARE_METATYPE(roost::sync::RelayListLookup)
