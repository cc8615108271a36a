#pragma once
// Running a sync with a remote relay from the GUI (or any Qt code): the public door to the sync
// client of core/src/sync (NIP-77 reconciliation with a REQ fallback, then the transfer).
#include "roost/RelayConfig.h"
#include "roost/RelaySnapshot.h"

#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace roost {

namespace sync {
class JobThread;
} // namespace sync

/// Which way events travel: Down = remote -> our store, Up = our store -> remote.
enum class SyncDirection { Down, Up, Both };

/// Progress of a running sync, cumulative. Bytes are WebSocket message payload bytes.
struct SyncProgressInfo {
    QString phase; ///< "reading the local store", "connecting", "reconciling", "paging", "downloading", "learning", "uploading", "done"
    quint64 idsLearned = 0, need = 0, have = 0;
    quint64 down = 0, downTotal = 0, up = 0, upTotal = 0;
    quint64 bytesIn = 0, bytesOut = 0;
};

/// The outcome of a sync. `error` is empty on success ("cancelled" after cancel()).
struct SyncResult {
    QString error;
    bool usedNegentropy = false;
    QString fallbackReason;              ///< why REQ was used instead of NIP-77 ("" when it was not)
    quint64 have = 0, need = 0;          ///< ids only we / only the remote had
    quint64 added = 0, duplicate = 0;    ///< downloaded events newly stored / already here
    quint64 uploaded = 0;                ///< events the remote accepted
    QMap<QString, quint64> rejectedDown; ///< reason -> downloaded events we refused
    QMap<QString, quint64> rejectedUp;   ///< reason -> events the remote refused
    quint64 bytesIn = 0, bytesOut = 0;
    double seconds = 0;
    QString summary;                     ///< the `roost sync` text (key: value lines)
};

/// Runs one sync at a time on a thread of its own (never on the engine's threads, never on the
/// caller's): it opens the store in config.dataDir as a second connection (SQLite WAL, the
/// EventWriter rules), so a Relay on the same data directory may keep running and picks the new
/// events up within a second. Signals arrive on the thread that owns the SyncRunner.
class SyncRunner : public QObject {
    Q_OBJECT
public:
    explicit SyncRunner(QObject* parent = nullptr);
    /// Cancels a running sync and waits for its thread.
    ~SyncRunner() override;

    /// Starts a sync of the events matching `filterJson` (one NIP-01 filter, "" = all) with the
    /// relay at `url` (ws:// or wss://). `negentropy` false skips NIP-77; `dryRun` only counts.
    /// Returns false (and does nothing) while another sync runs.
    bool start(const RelayConfig& config, const QString& url, const QString& filterJson, SyncDirection direction,
               bool negentropy = true, bool dryRun = false);
    /// Asks the running sync to stop; finished() follows with error "cancelled".
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(const roost::SyncProgressInfo& progress);
    void finished(const roost::SyncResult& result);

private:
    std::unique_ptr<sync::JobThread> m_thread; ///< the running sync's thread (null when none runs)
};

/// The sync peers of `config` (its `peer=` lines) with the health a relay on config.dataDir last
/// saved (<data dir>/sync-health.json, written by the SyncManager when a run ends and at stop):
/// state, stateText, last error, last success, next attempt, failures and counters, times in Unix
/// ms. A peer the file does not know reads "idle" with zero counters; no file = all such. For
/// `roost peers` (issue 10 item 6); reads only, safe while a relay runs.
QList<SyncPeerStatus> savedSyncPeerStatuses(const RelayConfig& config);

} // namespace roost

Q_DECLARE_METATYPE(roost::SyncProgressInfo)
Q_DECLARE_METATYPE(roost::SyncResult)
