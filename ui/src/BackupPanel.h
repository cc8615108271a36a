#pragma once
// The Dashboard's backup strip (issue 14 item 7): the last backup, "Back up now" and "Restore…"
// with a progress bar. Reaches the engine only through the Relay facade and roost/Backup.h.
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace roost {
class Relay;
struct RelaySnapshot;
}

namespace roost::ui {

/// Shows RelaySnapshot::lastBackupAtMs/lastBackupFile/lastBackupError and the running backup's
/// phase and percent. "Back up now" calls Relay::backupNow. "Restore…" asks for a backup file,
/// then (after a confirmation) stops the relay, restores the file with roost::restoreStore on a
/// worker thread (the old store is kept as roost.db.before-restore) and starts the relay again:
/// a restore never replaces the store under a running relay.
class BackupPanel : public QWidget {
    Q_OBJECT
public:
    explicit BackupPanel(Relay& relay, QWidget* parent = nullptr);

    /// Updates the labels from a snapshot (connected to Relay::snapshotTaken).
    void showSnapshot(const RelaySnapshot& snapshot);
    /// Backs up now (the button's action).
    void backUpNow();
    /// Restores `file` without asking: stop, restore, start. The Restore… button asks for the
    /// file and a confirmation first. Emits restoreFinished.
    void restoreFrom(const QString& file);

    QLabel* statusLabel() const { return m_status; }
    QProgressBar* progressBar() const { return m_progress; }

signals:
    /// A backup started from this panel finished: `error` empty on success.
    void backupFinished(const QString& file, const QString& error);
    /// A restore finished (the relay was started again when `error` is empty).
    void restoreFinished(const QString& error);

private:
    void askRestore();
    void setBusy(bool busy, const QString& text);

    Relay& m_relay;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_backupButton;
    QPushButton* m_restoreButton;
    bool m_busy = false;
};

} // namespace roost::ui
