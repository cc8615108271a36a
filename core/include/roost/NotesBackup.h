#pragma once
// "Back up my notes" (issue 10 item 4): everything one key has written, fetched from the relays
// that key writes to, into this relay's store. The public door for the GUI's wizard and the CLI.
#include "roost/RelayConfig.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace roost {

namespace sync {
class JobThread;
} // namespace sync

/// Progress of a running backup, cumulative.
struct NotesBackupProgress {
    QString phase;             ///< "finding relays", "syncing", "done"
    QString currentRelay;      ///< URL being synced now ("" while finding relays)
    int relaysDone = 0;        ///< relays finished (successfully or not)
    int relaysTotal = 0;       ///< relays to sync (known once the relay list is found)
    quint64 eventsFound = 0;   ///< events of the key the relays have that we lacked (need)
    quint64 eventsStored = 0;  ///< of those, stored here
};

/// The outcome for one of the key's relays.
struct NotesBackupRelayResult {
    QString url;
    QString error;             ///< "" = synced
    bool usedNegentropy = false;
    quint64 found = 0, stored = 0, duplicate = 0, rejected = 0;
};

/// The outcome of a backup. `error` is empty on success (some relays may still have failed:
/// see `relays`); "cancelled" after cancel(); "no relay list found for <npub>" when neither a
/// kind 10002 nor a kind 3 with relay hints was found on the bootstrap relays.
struct NotesBackupResult {
    QString error;
    QString pubkey;                        ///< 64 lowercase hex
    QString relayListSource;               ///< "kind 10002", "kind 3" or ""
    QList<NotesBackupRelayResult> relays;  ///< one per write relay of the key, in list order
    quint64 found = 0, stored = 0;         ///< totals over the relays
    double seconds = 0;
    QString summary;                       ///< the CLI's text (key: value lines)
};

/// Runs one backup at a time on a thread of its own (like SyncRunner): finds the key's write
/// relays (its newest kind 10002 — NIP-65 — from `bootstrapRelays`, else the relay URLs of its
/// newest kind 3), then syncs down {"authors":[key]} from each of them with NIP-77 where
/// supported (REQ otherwise), storing through the EventWriter rules into config.dataDir.
/// Signals arrive on the thread that owns the NotesBackup.
class NotesBackup : public QObject {
    Q_OBJECT
public:
    explicit NotesBackup(QObject* parent = nullptr);
    /// Cancels a running backup and waits for its thread.
    ~NotesBackup() override;

    /// Starts the backup of `pubkey` (npub, nostr:npub or 64 hex). `bootstrapRelays` empty = the
    /// config's sync/bootstrap_relays. Returns false with `error` (bad key, already running).
    bool start(const RelayConfig& config, const QString& pubkey, const QStringList& bootstrapRelays = {},
               QString* error = nullptr);
    /// Asks the running backup to stop; finished() follows with error "cancelled".
    void cancel();
    bool isRunning() const;

signals:
    /// The key's write relays, once found (before syncing starts).
    void relaysFound(const QStringList& relays, const QString& source);
    void progress(const roost::NotesBackupProgress& progress);
    void finished(const roost::NotesBackupResult& result);

private:
    std::unique_ptr<sync::JobThread> m_thread; ///< the running backup's thread (null when none runs)
};

} // namespace roost

Q_DECLARE_METATYPE(roost::NotesBackupProgress)
Q_DECLARE_METATYPE(roost::NotesBackupResult)
