#include "SyncPeerDialog.h"

#include "EventsFilterForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace roost::ui {

SyncPeerDialog::SyncPeerDialog(QWidget* parent)
    : QDialog(parent), m_url(new QLineEdit(this)), m_direction(new QComboBox(this)), m_mode(new QComboBox(this)),
      m_every(new QSpinBox(this)), m_enabled(new QCheckBox(tr("&Enabled"), this)),
      m_form(new EventsFilterForm(EventsFilterForm::Use::Filter, this)), m_json(new QLineEdit(this)),
      m_formNote(new QLabel(this)), m_error(new QLabel(this)) {
    setWindowTitle(tr("Add sync peer"));
    m_url->setObjectName(QStringLiteral("peerUrl"));
    m_url->setPlaceholderText(tr("wss://relay.example.org"));
    m_url->setToolTip(tr("The other relay's address: ws:// or wss:// and a host name."));
    m_direction->addItem(tr("Down: bring their events here"), QStringLiteral("down"));
    m_direction->addItem(tr("Up: send our events to them"), QStringLiteral("up"));
    m_direction->addItem(tr("Both ways"), QStringLiteral("both"));
    m_direction->setToolTip(tr("Which way events travel between this relay and the peer."));
    m_mode->addItem(tr("Periodic"), false);
    m_mode->addItem(tr("Live"), true);
    m_mode->setToolTip(tr("Periodic: a full sync every few minutes. Live: sync once, then keep a subscription open "
                          "and pass new events on as they arrive."));
    m_every->setRange(1, 525600);
    m_every->setValue(60);
    m_every->setSuffix(tr(" min"));
    m_every->setToolTip(tr("Periodic mode: minutes between two syncs (1 minute to 1 year)."));
    m_enabled->setChecked(true);
    m_enabled->setToolTip(tr("A disabled peer stays in the list but is not synced."));
    m_json->setObjectName(QStringLiteral("peerFilterJson"));
    m_json->setText(QStringLiteral("{}"));
    m_json->setToolTip(tr("The NIP-01 filter the form builds; you may also type it (e.g. to add \"since\"). "
                          "{} syncs every event."));
    m_formNote->setWordWrap(true);
    m_formNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_formNote->hide();
    m_error->setObjectName(QStringLiteral("peerError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* every = new QHBoxLayout;
    every->addWidget(m_mode);
    every->addWidget(new QLabel(tr("every"), this));
    every->addWidget(m_every);
    every->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Relay URL"), m_url);
    form->addRow(tr("&Direction"), m_direction);
    form->addRow(tr("&Mode"), every);
    form->addRow(QString(), m_enabled);
    auto* filterBox = new QGroupBox(tr("Which events (empty fields: all of them)"), this);
    auto* filterLayout = new QVBoxLayout(filterBox);
    filterLayout->addWidget(m_form);
    auto* jsonRow = new QFormLayout;
    jsonRow->addRow(tr("Filter as &JSON"), m_json);
    filterLayout->addLayout(jsonRow);
    filterLayout->addWidget(m_formNote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncPeerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncPeerDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(filterBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_form, &EventsFilterForm::edited, this, &SyncPeerDialog::formEdited);
    connect(m_json, &QLineEdit::textEdited, this, &SyncPeerDialog::jsonEdited);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SyncPeerDialog::updateMode);
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_error->hide(); });
    updateMode();
    resize(720, sizeHint().height());
}

void SyncPeerDialog::setPeer(const SyncPeer& peer) {
    setWindowTitle(tr("Edit sync peer"));
    m_url->setText(peer.url);
    m_direction->setCurrentIndex(m_direction->findData(SyncPeer::directionName(peer.direction)));
    m_mode->setCurrentIndex(peer.live ? 1 : 0);
    m_every->setValue(int(peer.everyMinutes));
    m_enabled->setChecked(peer.enabled);
    m_json->setText(peer.filter);
    jsonEdited();
}

void SyncPeerDialog::updateMode() { m_every->setEnabled(!m_mode->currentData().toBool()); }

void SyncPeerDialog::formEdited() {
    QString error;
    const QByteArray json = m_form->filterJson(-1, &error);
    m_formError = json.isEmpty() ? error : QString();
    m_formNote->hide();
    if (!json.isEmpty()) m_json->setText(QString::fromUtf8(json));
    if (m_formError.isEmpty()) m_error->hide();
    else showError(m_formError);
}

void SyncPeerDialog::jsonEdited() {
    m_formError.clear();
    m_error->hide();
    const QString text = m_json->text().trimmed();
    const bool shown = m_form->setFilterJson(text.isEmpty() ? QByteArray("{}") : text.toUtf8());
    m_form->setEnabled(shown);
    m_formNote->setText(tr("The form cannot show this filter; edit it as JSON (clear the JSON field to use the form "
                           "again)."));
    m_formNote->setVisible(!shown);
}

std::optional<SyncPeer> SyncPeerDialog::peer(QString* error) const {
    auto fail = [error](const QString& why) {
        if (error) *error = why;
        return std::optional<SyncPeer>();
    };
    if (!m_formError.isEmpty()) return fail(m_formError);
    const QString url = m_url->text().trimmed();
    if (url.isEmpty()) return fail(tr("Type the relay's address (ws:// or wss://)."));
    if (url.contains(QLatin1Char(' '))) return fail(tr("The address \"%1\" contains a space.").arg(url));
    QString filter = m_json->text().trimmed();
    if (filter.isEmpty()) filter = QStringLiteral("{}");
    const QJsonDocument doc = QJsonDocument::fromJson(filter.toUtf8());
    if (!doc.isObject()) return fail(tr("Filter: \"%1\" is not a JSON object.").arg(filter));
    SyncPeer p;
    p.url = url;
    const QString dir = m_direction->currentData().toString();
    p.direction = dir == QLatin1String("up") ? SyncPeer::Direction::Up
                  : dir == QLatin1String("both") ? SyncPeer::Direction::Both : SyncPeer::Direction::Down;
    p.live = m_mode->currentData().toBool();
    p.everyMinutes = uint32_t(m_every->value());
    p.enabled = m_enabled->isChecked();
    p.filter = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    // One rule for what a peer line may hold: the parser the config file, NIP-86 and the CLI use.
    QString why;
    const auto parsed = SyncPeer::parse(p.format(), &why);
    if (!parsed) return fail(tr("Refused: %1").arg(why));
    if (m_taken.contains(parsed->url)) return fail(tr("%1 is already a sync peer.").arg(parsed->url));
    return parsed;
}

QString SyncPeerDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void SyncPeerDialog::showError(const QString& error) {
    m_error->setText(error);
    m_error->show();
}

void SyncPeerDialog::accept() {
    QString error;
    if (!peer(&error)) {
        showError(error);
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace roost::ui
