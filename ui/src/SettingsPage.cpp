#include "SettingsPage.h"

#include "Autostart.h"
#include "SettingsFormWidget.h"
#include "roost/Relay.h"
#include "roost/Settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace roost::ui {

SettingsPage::SettingsPage(Relay& relay, Settings& settings, const Autostart& autostart, const QString& executable,
                           QWidget* parent)
    : QWidget(parent), m_form(new SettingsFormWidget(settings, {QStringLiteral("relay"), QStringLiteral("limits"),
                                                                QStringLiteral("threads"), QStringLiteral("store")})),
      m_startAtLogin(new QCheckBox(tr("Start Roost when I log in"))), m_url(new QLabel) {
    auto* general = new QGroupBox(tr("General"));
    auto* form = new QFormLayout(general);
    auto* file = new QLabel(settings.filePath());
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setToolTip(tr("The INI file holding these settings: changes made here are written to it, and Roost re-reads it when it changes on disk."));
    form->addRow(tr("Config file"), file);
    m_url->setText(relay.url());
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setToolTip(tr("The address Nostr clients on this machine connect to."));
    connect(&relay, &Relay::started, m_url, &QLabel::setText);
    form->addRow(tr("Relay URL"), m_url);
    m_startAtLogin->setChecked(autostart.isEnabled());
    m_startAtLogin->setToolTip(tr("Adds Roost to your desktop's autostart programs (%1).").arg(autostart.entryPath()));
    connect(m_startAtLogin, &QCheckBox::toggled, this, [this, &autostart, executable](bool on) {
        QString error;
        if (!autostart.setEnabled(on, executable, &error)) {
            qWarning("Start at login: %s", qPrintable(error));
            const QSignalBlocker block(m_startAtLogin);
            m_startAtLogin->setChecked(!on);
        }
    });
    form->addRow(QString(), m_startAtLogin);

    auto* content = new QWidget;
    auto* v = new QVBoxLayout(content);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(general);
    v->addWidget(m_form);
    auto* note = new QLabel(tr("* applies when Roost is started again."));
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    v->addWidget(note);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
}

} // namespace roost::ui
