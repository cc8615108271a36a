// roost::savedSyncPeerStatuses (roost/Sync.h): the peers of a config with the health the
// SyncManager saved in the data directory, for `roost peers`.
#include "roost/Sync.h"
#include "sync/PeerScheduler.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>

namespace roost {

QList<SyncPeerStatus> savedSyncPeerStatuses(const RelayConfig& config) {
    sync::PeerScheduler scheduler([] { return QDateTime::currentMSecsSinceEpoch(); },
                                  [] { return QRandomGenerator::global()->generateDouble(); });
    QFile file(sync::peerHealthFilePath(config.dataDir.isEmpty() ? defaultDataDir() : config.dataDir));
    if (file.open(QIODevice::ReadOnly)) scheduler.restore(file.readAll());
    scheduler.setPeers(config.syncPeers, {});
    return scheduler.statuses();
}

} // namespace roost
