#include "BackupPanel.h"

#include "roost/Backup.h"
#include "roost/Relay.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>

namespace roost::ui {

BackupPanel::BackupPanel(Relay& relay, QWidget* parent)
    : QWidget(parent), m_relay(relay), m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_backupButton(new QPushButton(tr("Back up now"), this)), m_restoreButton(new QPushButton(tr("Restore…"), this)) {
    m_status->setObjectName(QStringLiteral("lastBackup"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(240);
    m_backupButton->setObjectName(QStringLiteral("backupNow"));
    m_backupButton->setToolTip(tr("Write a compressed copy of the event store into the backup folder (backup/dir) now. "
                                  "The relay keeps running."));
    m_restoreButton->setObjectName(QStringLiteral("restoreBackup"));
    m_restoreButton->setToolTip(tr("Replace the event store with a backup file. The relay stops while restoring and starts "
                                   "again; the current store is kept as roost.db.before-restore."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_backupButton);
    layout->addWidget(m_restoreButton);
    connect(m_backupButton, &QPushButton::clicked, this, &BackupPanel::backUpNow);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupPanel::askRestore);
    connect(&relay, &Relay::snapshotTaken, this, &BackupPanel::showSnapshot);
    showSnapshot(relay.snapshot());
}

void BackupPanel::showSnapshot(const RelaySnapshot& s) {
    if (m_busy && !s.backupRunning) return; // our own restore or the backupNow callback owns the text
    if (s.backupRunning) {
        m_progress->setVisible(true);
        m_progress->setRange(0, s.backupPercent < 0 ? 0 : 100);
        if (s.backupPercent >= 0) m_progress->setValue(s.backupPercent);
        m_status->setText(tr("Backing up: %1…").arg(s.backupPhase));
        return;
    }
    m_progress->setVisible(false);
    QString text = s.lastBackupAtMs > 0
                       ? tr("Last backup: %1 (%2)")
                             .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.lastBackupAtMs), QLocale::ShortFormat),
                                  QFileInfo(s.lastBackupFile).fileName())
                       : tr("Last backup: never");
    if (!s.lastBackupError.isEmpty()) text += QLatin1String(" — ") + tr("the last attempt failed: %1").arg(s.lastBackupError);
    m_status->setText(text);
    m_status->setToolTip(s.lastBackupFile);
    m_backupButton->setEnabled(s.running);
}

void BackupPanel::setBusy(bool busy, const QString& text) {
    m_busy = busy;
    m_backupButton->setEnabled(!busy);
    m_restoreButton->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_status->setText(text);
    } else if (!text.isEmpty()) {
        m_status->setText(text);
    }
}

void BackupPanel::backUpNow() {
    setBusy(true, tr("Backing up…"));
    QPointer<BackupPanel> self(this);
    m_relay.backupNow(
        [self](const BackupOutcome& o) {
            if (!self) return;
            self->setBusy(false, o.error.isEmpty() ? tr("Backed up to %1").arg(o.file) : tr("Backup failed: %1").arg(o.error));
            emit self->backupFinished(o.file, o.error);
        },
        [self](const QString& phase, int percent) {
            if (!self) return;
            self->m_progress->setRange(0, percent < 0 ? 0 : 100);
            if (percent >= 0) self->m_progress->setValue(percent);
            self->m_status->setText(tr("Backing up: %1…").arg(phase));
        });
}

void BackupPanel::askRestore() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore a backup"), backupDirectory(m_relay.config()),
                                                      tr("Roost backups (*.db.zst *.db);;All files (*)"));
    if (file.isEmpty()) return;
    const auto answer = QMessageBox::question(
        this, tr("Restore a backup"),
        tr("Replace the event store with %1?\n\nThe relay stops while the backup is checked and put in place, then starts "
           "again. The current store is kept as roost.db.before-restore in the data folder.")
            .arg(QFileInfo(file).fileName()));
    if (answer == QMessageBox::Yes) restoreFrom(file);
}

void BackupPanel::restoreFrom(const QString& file) {
    setBusy(true, tr("Restoring %1…").arg(QFileInfo(file).fileName()));
    const RelayConfig config = m_relay.config();
    const bool wasRunning = m_relay.isRunning();
    m_relay.stop(); // a restore never replaces the store under a running relay
    QPointer<BackupPanel> self(this);
    QThread* worker = QThread::create([self, file, dataDir = config.dataDir, wasRunning] {
        const RestoreOutcome o = restoreStore(dataDir, file, [self](const QString& phase, int percent) {
            if (self) QMetaObject::invokeMethod(self, [self, phase, percent] {
                if (!self) return;
                self->m_progress->setRange(0, percent < 0 ? 0 : 100);
                if (percent >= 0) self->m_progress->setValue(percent);
                self->m_status->setText(tr("Restoring: %1…").arg(phase));
            }, Qt::QueuedConnection);
        });
        if (self) QMetaObject::invokeMethod(self, [self, o, wasRunning] {
            if (!self) return;
            QString error = o.error;
            QString startError;
            if (wasRunning && !self->m_relay.start(&startError) && error.isEmpty()) error = startError;
            self->setBusy(false, error.isEmpty() ? tr("Restored %n events", nullptr, int(o.events))
                                                 : tr("Restore failed: %1").arg(error));
            emit self->restoreFinished(error);
        }, Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace roost::ui
