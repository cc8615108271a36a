#include "WelcomePage.h"

#include "PublicKeys.h"
#include "RelayUrls.h"
#include "roost/Relay.h"
#include "roost/Settings.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>
#include <vector>

namespace roost::ui {

namespace {

const QString kOwners = QStringLiteral("access/owner_pubkeys");

// The per-verb levels of each preset (0 Anonymous, 2 Known, 4 Owner).
std::vector<std::pair<QString, QVariant>> presetValues(WelcomePage::Preset preset, uint knownDepth) {
    using P = WelcomePage::Preset;
    const int write = preset == P::Private ? 4 : preset == P::Follows ? 2 : 0;
    const int read = preset == P::Private ? 4 : 0;
    std::vector<std::pair<QString, QVariant>> v = {
        {QStringLiteral("access/min_level_connection"), 0},
        {QStringLiteral("access/min_level_event"), write},
        {QStringLiteral("access/min_level_req"), read},
        {QStringLiteral("access/min_level_count"), read},
    };
    // Levels above Anonymous need NIP-42 to know who is connected.
    if (preset != P::Public) v.emplace_back(QStringLiteral("access/auth_enabled"), true);
    if (preset == P::Follows && knownDepth == 0) v.emplace_back(QStringLiteral("access/known_depth"), 1);
    return v;
}

QLabel* wrapped(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

} // namespace

WelcomePage::WelcomePage(Relay& relay, Settings& settings, QWidget* parent)
    : QWidget(parent), m_relay(relay), m_settings(settings), m_url(new QLabel(this)), m_lanCaption(new QLabel(this)),
      m_lanUrl(new QLabel(this)), m_copyLan(new QPushButton(tr("Copy"), this)), m_key(new QLineEdit(this)),
      m_keyError(new QLabel(this)), m_ownerNow(new QLabel(this)), m_presets(new QButtonGroup(this)),
      m_custom(new QLabel(this)), m_backup(new QLabel(this)) {
    auto* content = new QWidget;
    auto* v = new QVBoxLayout(content);
    auto* title = new QLabel(tr("Welcome to Roost"), content);
    title->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    v->addWidget(title);
    v->addWidget(wrapped(tr("Your own Nostr relay runs on this computer. Give its address to your Nostr app, tell "
                            "Roost who you are, and choose who may use it."),
                         content));

    // 1. The address.
    auto* addressBox = new QGroupBox(tr("1. Your relay's address"), content);
    auto* grid = new QGridLayout(addressBox);
    m_url->setObjectName(QStringLiteral("welcomeUrl"));
    m_lanUrl->setObjectName(QStringLiteral("welcomeLanUrl"));
    for (QLabel* l : {m_url, m_lanUrl}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setStyleSheet(QStringLiteral("font-family: monospace; font-size: 11pt;"));
    }
    auto* copy = new QPushButton(tr("&Copy"), addressBox);
    copy->setToolTip(tr("Copy the address; add it as a relay in your Nostr app on this computer."));
    m_copyLan->setToolTip(tr("Copy the address other devices on your network use."));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_url->text()); });
    connect(m_copyLan, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_lanUrl->text()); });
    grid->addWidget(new QLabel(tr("On this computer:"), addressBox), 0, 0);
    grid->addWidget(m_url, 0, 1);
    grid->addWidget(copy, 0, 2);
    m_lanCaption->setText(tr("On your network:"));
    grid->addWidget(m_lanCaption, 1, 0);
    grid->addWidget(m_lanUrl, 1, 1);
    grid->addWidget(m_copyLan, 1, 2);
    grid->setColumnStretch(1, 1);
    v->addWidget(addressBox);

    // 2. The owner.
    auto* keyBox = new QGroupBox(tr("2. Your public key"), content);
    auto* keyLayout = new QVBoxLayout(keyBox);
    keyLayout->addWidget(wrapped(tr("Paste your public key (npub1…, shown in your Nostr app's profile or settings). "
                                    "It makes you this relay's owner. Never paste your nsec: Roost does not need it."),
                                 keyBox));
    auto* keyRow = new QHBoxLayout;
    m_key->setObjectName(QStringLiteral("welcomeKey"));
    m_key->setPlaceholderText(tr("npub1…"));
    m_key->setClearButtonEnabled(true);
    auto* setKey = new QPushButton(tr("&Set as owner"), keyBox);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(setKey);
    keyLayout->addLayout(keyRow);
    m_keyError->setObjectName(QStringLiteral("welcomeKeyError"));
    m_keyError->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_keyError->setWordWrap(true);
    m_keyError->hide();
    keyLayout->addWidget(m_keyError);
    m_ownerNow->setObjectName(QStringLiteral("welcomeOwner"));
    m_ownerNow->setWordWrap(true);
    keyLayout->addWidget(m_ownerNow);
    connect(setKey, &QPushButton::clicked, this, [this] { setOwner(m_key->text()); });
    connect(m_key, &QLineEdit::returnPressed, this, [this] { setOwner(m_key->text()); });
    connect(m_key, &QLineEdit::textEdited, this, [this] {
        m_keyError->hide();
        m_key->setStyleSheet({});
    });
    v->addWidget(keyBox);

    // 3. Who may use it.
    auto* accessBox = new QGroupBox(tr("3. Who may use your relay"), content);
    auto* accessLayout = new QVBoxLayout(accessBox);
    const struct { Preset preset; QString name; QString sentence; } presets[] = {
        {Preset::Private, tr("&Private"), tr("Only you read and write: your notes stay with you.")},
        {Preset::Follows, tr("&Me and people I follow"),
         tr("You and the people you follow write; everyone may read what is stored here.")},
        {Preset::Public, tr("P&ublic"), tr("Anyone may read and write, like a public relay.")},
    };
    for (const auto& p : presets) {
        auto* radio = new QRadioButton(p.name, accessBox);
        m_presets->addButton(radio, int(p.preset));
        accessLayout->addWidget(radio);
        auto* sentence = wrapped(p.sentence, accessBox);
        sentence->setContentsMargins(24, 0, 0, 6);
        sentence->setStyleSheet(QStringLiteral("color: palette(mid);"));
        accessLayout->addWidget(sentence);
    }
    connect(m_presets, &QButtonGroup::idClicked, this, [this](int id) { applyPreset(Preset(id)); });
    m_custom->setObjectName(QStringLiteral("welcomeCustom"));
    m_custom->setWordWrap(true);
    m_custom->setText(tr("The current levels are none of these (they were set one by one)."));
    accessLayout->addWidget(m_custom);
    auto* details = wrapped(tr("Each choice sets the access level for connecting, reading and publishing; "
                               "<a href=\"access\">Access &amp; limits</a> shows and changes them one by one."),
                            accessBox);
    connect(details, &QLabel::linkActivated, this, &WelcomePage::accessPageRequested);
    accessLayout->addWidget(details);
    v->addWidget(accessBox);

    // 4. Bring what the owner already wrote (issue 10: "Back up my notes").
    m_backup->setObjectName(QStringLiteral("backupLink"));
    m_backup->setWordWrap(true);
    m_backup->setText(tr("Already on Nostr? <a href=\"backup\">Back up my notes</a>: bring everything you wrote "
                         "here from the relays you write to."));
    m_backup->setToolTip(tr("Opens the Sync page's \"Back up my notes\" wizard."));
    connect(m_backup, &QLabel::linkActivated, this, &WelcomePage::backupRequested);
    v->addWidget(m_backup);

    auto* done = new QPushButton(tr("&Go to the dashboard"), content);
    done->setObjectName(QStringLiteral("welcomeDone"));
    connect(done, &QPushButton::clicked, this, &WelcomePage::finished);
    auto* doneRow = new QHBoxLayout;
    doneRow->addStretch(1);
    doneRow->addWidget(done);
    v->addLayout(doneRow);
    v->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&relay, &Relay::started, this, &WelcomePage::refresh);
    connect(&relay, &Relay::stopped, this, &WelcomePage::refresh);
    connect(&settings, &Settings::changed, this, [this](const QString& key) {
        if (key.startsWith(QLatin1String("access/")) || key == QLatin1String("relay/bind")) refresh();
    });
    refresh();
}

QRadioButton* WelcomePage::presetButton(Preset preset) const {
    return qobject_cast<QRadioButton*>(m_presets->button(int(preset)));
}

QString WelcomePage::relayUrlText() const { return m_url->text(); }

QString WelcomePage::lanUrlText() const { return m_lanUrl->text(); }

bool WelcomePage::applyPreset(Preset preset, QString* error) {
    if (preset == Preset::Custom) return true;
    for (const auto& [key, value] : presetValues(preset, m_settings.config().access.knownDepth)) {
        QString why;
        if (!m_settings.setValue(key, value, &why)) {
            if (error) *error = why;
            refresh();
            return false;
        }
    }
    qInfo("Access preset chosen on the welcome page: %s",
          preset == Preset::Private ? "private" : preset == Preset::Follows ? "me and people I follow" : "public");
    refresh();
    return true;
}

WelcomePage::Preset WelcomePage::currentPreset() const {
    const auto& a = m_settings.config().access;
    if (a.minLevelConnection != 0) return Preset::Custom;
    if (a.minLevelEvent == 4 && a.minLevelReq == 4 && a.minLevelCount == 4 && a.authEnabled) return Preset::Private;
    if (a.minLevelEvent == 2 && a.minLevelReq == 0 && a.minLevelCount == 0 && a.knownDepth >= 1 && a.authEnabled)
        return Preset::Follows;
    if (a.minLevelEvent == 0 && a.minLevelReq == 0 && a.minLevelCount == 0) return Preset::Public;
    return Preset::Custom;
}

bool WelcomePage::setOwner(const QString& text) {
    const auto hex = PublicKeys::parse(text);
    if (!hex) {
        m_keyError->setText(text.trimmed().isEmpty() ? tr("Paste your npub first.") : PublicKeys::invalid(text));
        m_keyError->show();
        m_key->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
        return false;
    }
    QStringList owners = m_settings.value(kOwners).toStringList();
    if (!owners.contains(*hex)) owners.prepend(*hex);
    QString error;
    if (!m_settings.setValue(kOwners, owners, &error)) {
        m_keyError->setText(error);
        m_keyError->show();
        return false;
    }
    m_keyError->hide();
    m_key->setStyleSheet({});
    m_key->clear();
    refresh();
    return true;
}

void WelcomePage::refresh() {
    m_url->setText(m_relay.isRunning() ? m_relay.url() : tr("(the relay is stopped)"));
    const QString lan = lanUrlOf(m_relay.isRunning() ? m_relay.url() : QString());
    m_lanUrl->setText(lan);
    for (QWidget* w : std::initializer_list<QWidget*>{m_lanCaption, m_lanUrl, m_copyLan}) w->setVisible(!lan.isEmpty());
    const QStringList owners = m_settings.value(kOwners).toStringList();
    if (owners.isEmpty()) {
        m_ownerNow->setText(tr("No owner yet."));
    } else {
        m_ownerNow->setText(tr("Owner: %1").arg(PublicKeys::npub(owners.first())));
        m_ownerNow->setToolTip(PublicKeys::tooltip(owners.first()));
    }
    const Preset preset = currentPreset();
    m_custom->setVisible(preset == Preset::Custom);
    if (preset == Preset::Custom) {
        m_presets->setExclusive(false);
        for (QAbstractButton* b : m_presets->buttons()) b->setChecked(false);
        m_presets->setExclusive(true);
    } else {
        presetButton(preset)->setChecked(true);
    }
}

} // namespace roost::ui
