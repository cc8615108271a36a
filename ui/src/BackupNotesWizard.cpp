#include "BackupNotesWizard.h"

#include "PublicKeys.h"
#include "roost/Relay.h"
#include "roost/Settings.h"
#include "roost/SyncPeer.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizardPage>

namespace roost::ui {

namespace {

const QString kPeers = QStringLiteral("sync/peer");
const QString kBootstrap = QStringLiteral("sync/bootstrap_relays");
enum PageId { InputPage, ProgressPage };

// The progress page: Finish waits until the backup is over.
class WaitingPage : public QWizardPage {
public:
    bool isComplete() const override { return m_done; }
    void setDone(bool done) {
        m_done = done;
        emit completeChanged();
    }

private:
    bool m_done = false;
};

} // namespace

BackupNotesWizard::BackupNotesWizard(Relay& relay, Settings& settings, QWidget* parent)
    : QWizard(parent), m_relay(relay), m_settings(settings), m_backup(new NotesBackup(this)), m_key(new QLineEdit),
      m_bootstrap(new QPlainTextEdit), m_inputError(new QLabel), m_found(new QLabel), m_relaysBar(new QProgressBar),
      m_status(new QLabel), m_summary(new QLabel), m_keep(new QCheckBox(tr("&Keep these relays as sync peers"))) {
    setWindowTitle(tr("Back up my notes"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);

    auto* input = new QWizardPage;
    input->setTitle(tr("Whose notes?"));
    input->setSubTitle(tr("Roost looks up the relays this key writes to and brings everything it wrote from each of "
                          "them into this relay."));
    m_key->setObjectName(QStringLiteral("backupKey"));
    m_key->setPlaceholderText(tr("npub1…"));
    m_key->setClearButtonEnabled(true);
    const QStringList owners = settings.config().access.ownerPubkeys;
    if (!owners.isEmpty()) m_key->setText(PublicKeys::npub(owners.first()));
    m_bootstrap->setObjectName(QStringLiteral("backupBootstrap"));
    const QStringList configured = findSetting(kBootstrap) ? settings.value(kBootstrap).toStringList() : QStringList();
    m_bootstrap->setPlainText((configured.isEmpty() ? defaultBootstrapRelays() : configured).join(QLatin1Char('\n')));
    m_bootstrap->setToolTip(tr("Relays asked for the key's relay list (NIP-65), one ws:// or wss:// address a line."));
    m_inputError->setObjectName(QStringLiteral("backupInputError"));
    m_inputError->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_inputError->setWordWrap(true);
    m_inputError->hide();
    auto* inputLayout = new QVBoxLayout(input);
    auto* keyLabel = new QLabel(tr("Public &key (npub or hex; your own by default):"));
    keyLabel->setBuddy(m_key);
    inputLayout->addWidget(keyLabel);
    inputLayout->addWidget(m_key);
    auto* bootstrapLabel = new QLabel(tr("&Where to look for the key's relay list:"));
    bootstrapLabel->setBuddy(m_bootstrap);
    inputLayout->addWidget(bootstrapLabel);
    inputLayout->addWidget(m_bootstrap, 1);
    inputLayout->addWidget(m_inputError);
    setPage(InputPage, input);

    m_progressPage = new WaitingPage;
    m_progressPage->setTitle(tr("Backing up"));
    m_progressPage->setFinalPage(true);
    m_found->setObjectName(QStringLiteral("backupFound"));
    m_found->setWordWrap(true);
    m_relaysBar->setObjectName(QStringLiteral("backupRelays"));
    m_relaysBar->setFormat(tr("%v of %m relays"));
    m_relaysBar->setRange(0, 0);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("backupSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setToolTip(tr("Add each of these relays as a sync peer that brings this key's new notes here every hour."));
    m_keep->setEnabled(false);
    auto* progressLayout = new QVBoxLayout(m_progressPage);
    progressLayout->addWidget(m_found);
    progressLayout->addWidget(m_relaysBar);
    progressLayout->addWidget(m_status);
    progressLayout->addWidget(m_summary, 1);
    progressLayout->addWidget(m_keep);
    setPage(ProgressPage, m_progressPage);

    connect(m_backup, &NotesBackup::relaysFound, this, &BackupNotesWizard::showRelaysFound);
    connect(m_backup, &NotesBackup::progress, this, &BackupNotesWizard::showProgress);
    connect(m_backup, &NotesBackup::finished, this, &BackupNotesWizard::showResult);
    connect(this, &QDialog::rejected, m_backup, &NotesBackup::cancel);
    resize(640, 480);
}

BackupNotesWizard::~BackupNotesWizard() = default;

QStringList BackupNotesWizard::defaultBootstrapRelays() {
    return {QStringLiteral("wss://purplepag.es"), QStringLiteral("wss://relay.damus.io"), QStringLiteral("wss://nos.lol"),
            QStringLiteral("wss://relay.primal.net")};
}

std::optional<QString> BackupNotesWizard::key() const { return PublicKeys::parse(m_key->text()); }

QStringList BackupNotesWizard::bootstrapRelays(QString* bad) const {
    QStringList out;
    for (const QString& raw : m_bootstrap->toPlainText().split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) continue;
        const QUrl url(line, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) || url.host().isEmpty()) {
            if (bad && bad->isEmpty()) *bad = line;
            continue;
        }
        if (!out.contains(line)) out << line;
    }
    return out;
}

bool BackupNotesWizard::validateCurrentPage() {
    if (currentId() != InputPage) return QWizard::validateCurrentPage();
    auto refuse = [this](const QString& why) {
        m_inputError->setText(why);
        m_inputError->show();
        return false;
    };
    if (!key())
        return refuse(m_key->text().trimmed().isEmpty() ? tr("Paste the npub whose notes to back up.")
                                                        : PublicKeys::invalid(m_key->text()));
    QString bad;
    const QStringList relays = bootstrapRelays(&bad);
    if (!bad.isEmpty()) return refuse(tr("\"%1\" is not a ws:// or wss:// relay address.").arg(bad));
    if (relays.isEmpty()) return refuse(tr("Give at least one relay to look up the key's relay list."));
    m_inputError->hide();
    return true;
}

void BackupNotesWizard::initializePage(int id) {
    QWizard::initializePage(id);
    if (id == ProgressPage) startBackup();
}

void BackupNotesWizard::cleanupPage(int id) {
    if (id == ProgressPage && m_backup->isRunning()) m_backup->cancel();
    QWizard::cleanupPage(id);
}

void BackupNotesWizard::startBackup() {
    m_finished = m_succeeded = false;
    m_relaysFound.clear();
    static_cast<WaitingPage*>(m_progressPage)->setDone(false);
    m_keep->setEnabled(false);
    m_keep->setChecked(false);
    m_summary->clear();
    m_found->setText(tr("Looking for the key's relay list…"));
    m_relaysBar->setRange(0, 0);
    m_status->clear();
    m_pubkey = key().value_or(QString());
    QString error;
    if (!m_backup->start(m_relay.config(), m_pubkey, bootstrapRelays(), &error)) {
        m_found->setText(tr("The backup did not start: %1").arg(error));
        m_relaysBar->setRange(0, 1);
        qWarning("Back up my notes did not start: %s", qPrintable(error));
        return;
    }
    qInfo("Back up my notes: started for %s", qPrintable(PublicKeys::npub(m_pubkey)));
}

void BackupNotesWizard::showRelaysFound(const QStringList& relays, const QString& source) {
    m_relaysFound = relays;
    m_found->setText(relays.isEmpty() ? tr("The key's relay list (%1) names no relays it writes to.").arg(source)
                                      : tr("Found %n relay(s) in the key's relay list (%1): %2", nullptr, int(relays.size()))
                                            .arg(source, relays.join(QStringLiteral(", "))));
    m_relaysBar->setRange(0, int(relays.size()));
    m_relaysBar->setValue(0);
}

void BackupNotesWizard::showProgress(const NotesBackupProgress& p) {
    const QLocale locale;
    if (p.relaysTotal > 0) {
        m_relaysBar->setRange(0, p.relaysTotal);
        m_relaysBar->setValue(p.relaysDone);
    }
    QString text = tr("%1 events found, %2 stored").arg(locale.toString(p.eventsFound), locale.toString(p.eventsStored));
    if (!p.currentRelay.isEmpty()) text += QLatin1Char('\n') + tr("Now: %1").arg(p.currentRelay);
    m_status->setText(text);
}

void BackupNotesWizard::showResult(const NotesBackupResult& r) {
    const QLocale locale;
    m_finished = true;
    m_succeeded = r.error.isEmpty();
    if (!r.pubkey.isEmpty()) m_pubkey = r.pubkey;
    if (m_relaysFound.isEmpty())
        for (const NotesBackupRelayResult& relay : r.relays) m_relaysFound << relay.url;
    m_relaysBar->setRange(0, std::max(1, int(r.relays.size())));
    m_relaysBar->setValue(int(r.relays.size()));
    m_status->setText(tr("%1 events found, %2 stored").arg(locale.toString(r.found), locale.toString(r.stored)));
    QStringList lines;
    lines << (m_succeeded ? tr("<b>Done</b> in %1 s: %2 new events stored from %n relay(s).", nullptr, int(r.relays.size()))
                                .arg(locale.toString(r.seconds, 'f', 1), locale.toString(r.stored))
                          : tr("<b>The backup stopped:</b> %1").arg(r.error.toHtmlEscaped()));
    for (const NotesBackupRelayResult& relay : r.relays) {
        const QString how = relay.usedNegentropy ? tr("negentropy") : tr("REQ");
        lines << (relay.error.isEmpty()
                      ? tr("%1: %2 found, %3 stored, %4 already here (%5)")
                            .arg(relay.url.toHtmlEscaped(), locale.toString(relay.found), locale.toString(relay.stored),
                                 locale.toString(relay.duplicate), how)
                      : tr("%1: failed: %2").arg(relay.url.toHtmlEscaped(), relay.error.toHtmlEscaped()));
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_keep->setEnabled(!m_relaysFound.isEmpty());
    static_cast<WaitingPage*>(m_progressPage)->setDone(true);
    qInfo("Back up my notes: %s", m_succeeded ? "finished" : qPrintable(r.error));
}

QStringList BackupNotesWizard::keepRelaysAsPeers(QString* error) {
    if (m_pubkey.isEmpty() || m_relaysFound.isEmpty()) return {};
    QStringList lines = m_settings.value(kPeers).toStringList();
    QStringList taken;
    for (const QString& line : lines)
        if (const auto p = SyncPeer::parse(line, nullptr)) taken << p->url;
    QStringList added;
    for (const QString& url : m_relaysFound) {
        if (taken.contains(url) || added.contains(url)) continue;
        SyncPeer peer;
        peer.url = url;
        peer.direction = SyncPeer::Direction::Down;
        peer.filter = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("authors"), QJsonArray{m_pubkey}}}).toJson(QJsonDocument::Compact));
        if (!SyncPeer::parse(peer.format(), nullptr)) continue; // a relay list entry that is no peer URL
        lines << peer.format();
        added << url;
    }
    if (added.isEmpty()) return {};
    QString why;
    if (!m_settings.setValue(kPeers, lines, &why)) {
        if (error) *error = why;
        qWarning("Keeping the relays as sync peers: %s", qPrintable(why));
    }
    qInfo("Back up my notes: kept %lld relay(s) as sync peers", static_cast<long long>(added.size()));
    return added;
}

void BackupNotesWizard::accept() {
    if (m_finished && m_keep->isEnabled() && m_keep->isChecked()) keepRelaysAsPeers();
    QWizard::accept();
}

} // namespace roost::ui
