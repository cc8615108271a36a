#include "sync/NotesBackupJob.h"

#include "nostr/Hex.h"
#include "roost/Nip19.h"

#include <QTimer>

namespace roost::sync {

NotesBackupJob::NotesBackupJob(const RelayConfig& config, const nostr::PubKey& pubkey, const QStringList& bootstrap,
                               int lookupTimeoutMs, QObject* parent)
    : QObject(parent), m_config(config), m_key(pubkey), m_bootstrap(bootstrap), m_lookupTimeoutMs(lookupTimeoutMs) {
    m_result.pubkey = QString::fromStdString(nostr::toHex(m_key));
}

NotesBackupJob::~NotesBackupJob() = default;

void NotesBackupJob::start() {
    m_elapsed.start();
    m_progress.phase = QStringLiteral("finding relays");
    emit progress(m_progress);
    m_fetch = std::make_unique<RelayListFetch>(m_key, m_bootstrap, m_lookupTimeoutMs);
    connect(m_fetch.get(), &RelayListFetch::finished, this, &NotesBackupJob::onLookup);
    m_fetch->start();
}

void NotesBackupJob::cancel() {
    if (m_finished) return;
    if (m_fetch) m_fetch->cancel();
    if (m_session) {
        m_session->cancel(); // its finished() -> onSynced() -> finish("cancelled")
        return;
    }
    finish(QStringLiteral("cancelled"));
}

void NotesBackupJob::onLookup(const RelayListLookup& lookup) {
    m_result.relayListSource = lookup.source;
    m_bootstrapFailures = lookup.failures;
    m_relays = lookup.writeRelays;
    if (m_relays.isEmpty()) {
        finish(QStringLiteral("no relay list found for %1").arg(nip19::npubFromHex(m_result.pubkey)));
        return;
    }
    emit relaysFound(m_relays, lookup.source);
    m_progress.relaysTotal = int(m_relays.size());
    // The lookup's sockets are closed; the object goes once control is back in the event loop.
    m_fetch.release()->deleteLater();
    syncNext();
}

void NotesBackupJob::syncNext() {
    if (m_finished) return;
    if (m_next >= m_relays.size()) {
        bool anySynced = false;
        for (const NotesBackupRelayResult& r : m_result.relays) anySynced |= r.error.isEmpty();
        finish(anySynced ? QString() : QStringLiteral("no relay could be synced"));
        return;
    }
    const QString url = m_relays[m_next++];
    m_progress.phase = QStringLiteral("syncing");
    m_progress.currentRelay = url;
    emit progress(m_progress);

    SyncOptions options;
    options.url = QUrl(url);
    options.filterJson = "{\"authors\":[\"" + m_result.pubkey.toStdString() + "\"]}";
    options.direction = SyncDirection::Down;
    m_session = std::make_unique<SyncSession>(m_config, options);
    const quint64 foundBefore = m_result.found, storedBefore = m_result.stored;
    connect(m_session.get(), &SyncSession::progress, this, [this, foundBefore, storedBefore](const SyncProgress& p) {
        // While a relay runs, events received count as stored; the relay's result corrects it.
        m_progress.eventsFound = foundBefore + p.need;
        m_progress.eventsStored = storedBefore + p.down;
        emit progress(m_progress);
    });
    connect(m_session.get(), &SyncSession::finished, this, &NotesBackupJob::onSynced);
    m_session->start();
}

void NotesBackupJob::onSynced(const SyncReport& report) {
    NotesBackupRelayResult r;
    r.url = m_progress.currentRelay;
    r.error = QString::fromStdString(report.error);
    r.usedNegentropy = report.usedNegentropy;
    r.found = report.need;
    r.stored = report.added;
    r.duplicate = report.duplicate;
    r.rejected = report.rejectedDownTotal();
    m_result.relays << r;
    m_result.found += r.found;
    m_result.stored += r.stored;
    ++m_progress.relaysDone;
    m_progress.eventsFound = m_result.found;
    m_progress.eventsStored = m_result.stored;
    // The session is in the middle of emitting: delete it from the event loop.
    m_session.release()->deleteLater();
    if (r.error == QLatin1String("cancelled")) {
        finish(r.error);
        return;
    }
    emit progress(m_progress);
    QTimer::singleShot(0, this, &NotesBackupJob::syncNext);
}

void NotesBackupJob::finish(const QString& error) {
    if (m_finished) return;
    m_finished = true;
    m_result.error = error;
    m_result.seconds = m_elapsed.isValid() ? double(m_elapsed.nsecsElapsed()) / 1e9 : 0;
    m_result.summary = notesBackupSummary(m_result, m_bootstrapFailures);
    m_progress.phase = QStringLiteral("done");
    m_progress.currentRelay.clear();
    emit progress(m_progress);
    emit finished(m_result);
}

QString notesBackupSummary(const NotesBackupResult& result, const QStringList& bootstrapFailures) {
    QString s;
    int failed = 0;
    for (const NotesBackupRelayResult& r : result.relays) failed += r.error.isEmpty() ? 0 : 1;
    s += QStringLiteral("pubkey: %1\n").arg(result.pubkey);
    s += QStringLiteral("npub: %1\n").arg(nip19::npubFromHex(result.pubkey));
    s += QStringLiteral("relay list: %1\n").arg(result.relayListSource.isEmpty() ? QStringLiteral("none") : result.relayListSource);
    s += QStringLiteral("relays: %1\n").arg(result.relays.size());
    s += QStringLiteral("relays failed: %1\n").arg(failed);
    s += QStringLiteral("found: %1\n").arg(result.found);
    s += QStringLiteral("stored: %1\n").arg(result.stored);
    s += QStringLiteral("seconds: %1\n").arg(result.seconds, 0, 'f', 2);
    for (const NotesBackupRelayResult& r : result.relays) {
        if (!r.error.isEmpty())
            s += QStringLiteral("relay %1: failed: %2\n").arg(r.url, r.error);
        else
            s += QStringLiteral("relay %1: %2, found %3, stored %4, duplicate %5, rejected %6\n")
                     .arg(r.url, r.usedNegentropy ? QStringLiteral("negentropy") : QStringLiteral("REQ"))
                     .arg(r.found).arg(r.stored).arg(r.duplicate).arg(r.rejected);
    }
    for (const QString& f : bootstrapFailures) s += QStringLiteral("bootstrap failed: %1\n").arg(f);
    if (!result.error.isEmpty()) s += QStringLiteral("error: %1\n").arg(result.error);
    return s;
}

} // namespace roost::sync
