#pragma once
// "Back up my notes" (issue 10 item 4): whose notes, from which bootstrap relays, then the
// backup's progress, its summary and the choice to keep the key's relays as sync peers.
#include "roost/NotesBackup.h"

#include <QStringList>
#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;

namespace roost {
class Relay;
class Settings;
}

namespace roost::ui {

/// Two pages. "Whose notes": a key (npub or hex; defaults to the first owner key) and the
/// bootstrap relays where its relay list (NIP-65 kind 10002, else kind 3) is looked up, one
/// ws:// or wss:// URL a line (from the `sync/bootstrap_relays` setting when the schema has it,
/// else a few well-known relays). "Backing up": runs NotesBackup::start() with the relay's
/// configuration (its data folder) and shows the relays found, relays done / total, events
/// found / stored and the current relay, then a summary per relay; Finish is enabled once the
/// backup finished. With "Keep these relays as sync peers" ticked, Finish adds each of the key's
/// relays as a `sync/peer` line: down, periodic every 60 minutes, filter {"authors":[key]}
/// (URLs that already are peers are left as they are). Back or Cancel cancel a running backup.
class BackupNotesWizard : public QWizard {
    Q_OBJECT
public:
    BackupNotesWizard(Relay& relay, Settings& settings, QWidget* parent = nullptr);
    ~BackupNotesWizard() override;

    /// The relays used when the setting is absent.
    static QStringList defaultBootstrapRelays();

    QLineEdit* keyField() const { return m_key; }
    QPlainTextEdit* bootstrapField() const { return m_bootstrap; }
    QCheckBox* keepBox() const { return m_keep; }
    QProgressBar* relaysBar() const { return m_relaysBar; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* summaryLabel() const { return m_summary; }
    NotesBackup* backup() const { return m_backup; }
    /// The key typed, as 64 hex; std::nullopt when it is not a key.
    std::optional<QString> key() const;
    /// The bootstrap relay lines; `bad` gets the first line that is not a ws:// or wss:// URL.
    QStringList bootstrapRelays(QString* bad = nullptr) const;
    /// Whether the backup finished (successfully or not) since the progress page was entered.
    bool isFinished() const { return m_finished; }

    /// Adds the relays of the last result (or of relaysFound) as down peers for the key (see
    /// above). Returns the URLs added; `error` gets the Settings error when the value was refused.
    QStringList keepRelaysAsPeers(QString* error = nullptr);

    void accept() override;

public slots:
    /// NotesBackup::relaysFound: lists the key's relays.
    void showRelaysFound(const QStringList& relays, const QString& source);
    /// NotesBackup::progress.
    void showProgress(const roost::NotesBackupProgress& progress);
    /// NotesBackup::finished: the summary; Finish and the tick box become available.
    void showResult(const roost::NotesBackupResult& result);

private:
    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void cleanupPage(int id) override;
    void startBackup();

    Relay& m_relay;
    Settings& m_settings;
    NotesBackup* m_backup;
    QLineEdit* m_key;
    QPlainTextEdit* m_bootstrap;
    QLabel* m_inputError;
    QLabel* m_found;
    QProgressBar* m_relaysBar;
    QLabel* m_status;
    QLabel* m_summary;
    QCheckBox* m_keep;
    class QWizardPage* m_progressPage = nullptr;
    QString m_pubkey;         // the key being backed up (hex)
    QStringList m_relaysFound;
    bool m_finished = false;
    bool m_succeeded = false;
};

} // namespace roost::ui
