#pragma once
// One "Back up my notes" run (issue 10 item 4): the key's write relays from RelayListFetch, then
// a down SyncSession of {"authors":[key]} with each of them, one after the other.
#include "nostr/Types.h"
#include "roost/NotesBackup.h"
#include "roost/RelayConfig.h"
#include "sync/RelayListFetch.h"
#include "sync/SyncSession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <memory>

namespace roost::sync {

/// Runs on the thread it lives on (it needs that thread's event loop). start() once; progress()
/// at each step, relaysFound() once the list is known, finished() exactly once (also after
/// cancel()). Relays are synced sequentially (one outbound connection at a time, so a backup
/// never competes with the relay's own clients for more than one socket); a relay that fails
/// (refused, timeout, NIP-01 error) is recorded in its NotesBackupRelayResult and the next one
/// runs. The backup fails as a whole only when no relay list is found, or every relay failed.
/// Downloaded events go through SyncStore (verification, the relay's admission rules, the
/// EventWriter's tombstones and replacement), into config.dataDir.
class NotesBackupJob : public QObject {
    Q_OBJECT
public:
    /// `pubkey` is the key (raw bytes); `bootstrap` the relays asked for its relay list;
    /// `lookupTimeoutMs` how long a bootstrap relay may take to answer.
    NotesBackupJob(const RelayConfig& config, const nostr::PubKey& pubkey, const QStringList& bootstrap,
                   int lookupTimeoutMs = 10000, QObject* parent = nullptr);
    ~NotesBackupJob() override;

    /// Starts the lookup on the bootstrap relays (progress "finding relays"), then the syncs.
    void start();
    /// Stops at once: the running lookup or sync is cancelled (batches already written stay
    /// stored) and finished() follows with error "cancelled".
    void cancel();

signals:
    void relaysFound(const QStringList& relays, const QString& source);
    void progress(const roost::NotesBackupProgress& progress);
    void finished(const roost::NotesBackupResult& result);

private:
    void onLookup(const RelayListLookup& lookup);
    void syncNext();
    void onSynced(const SyncReport& report);
    void finish(const QString& error);

    RelayConfig m_config;
    nostr::PubKey m_key;
    QStringList m_bootstrap;
    int m_lookupTimeoutMs;
    QStringList m_relays;
    int m_next = 0;
    std::unique_ptr<RelayListFetch> m_fetch;
    std::unique_ptr<SyncSession> m_session;
    NotesBackupProgress m_progress;
    NotesBackupResult m_result;
    QStringList m_bootstrapFailures;
    QElapsedTimer m_elapsed;
    bool m_finished = false;
};

/// The `key: value` summary of a finished backup (NotesBackupResult::summary): pubkey, npub,
/// relay list, relays, relays failed, found, stored, seconds, then one line per relay
/// ("relay <url>: <method>, found F, stored S, duplicate D, rejected R" or "relay <url>: failed:
/// <reason>"), and one "bootstrap failed" line per bootstrap relay that failed.
QString notesBackupSummary(const NotesBackupResult& result, const QStringList& bootstrapFailures);

} // namespace roost::sync
