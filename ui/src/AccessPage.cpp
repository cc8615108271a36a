#include "AccessPage.h"

#include "SettingsFormWidget.h"

#include "roost/Settings.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace roost::ui {

AccessPage::AccessPage(Settings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings),
      m_form(new SettingsFormWidget(settings, {QStringLiteral("access"), QStringLiteral("rate")})),
      m_lan(new QCheckBox(tr("Share on the local &network (other devices can connect; applies at the next start)"), this)) {
    m_lan->setToolTip(tr("Listen on every network interface (0.0.0.0) instead of this computer only (127.0.0.1). "
                         "Saved to the config file; takes effect when the relay starts again."));
    syncLanSharing();
    connect(m_lan, &QCheckBox::toggled, this, [this](bool on) {
        QString error;
        const QString bind = on ? QStringLiteral("0.0.0.0") : QStringLiteral("127.0.0.1");
        if (!m_settings.setValue(QStringLiteral("relay/bind"), bind, &error)) {
            QMessageBox::warning(this, tr("Roost"), tr("Cannot change the listen address: %1").arg(error));
            syncLanSharing();
        }
    });
    connect(&m_settings, &Settings::changed, this, [this](const QString& key) {
        if (key == QLatin1String("relay/bind")) syncLanSharing();
    });
    auto* intro = new QLabel(tr("Who may connect, read and publish, and how fast. Levels: Anonymous, Authenticated "
                                "(NIP-42), Known (followed by an owner), Member, Owner. Changes apply at once, open "
                                "connections included, and are saved to the config file."),
                             this);
    intro->setWordWrap(true);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_lan);
    layout->addWidget(scroll, 1);
}

void AccessPage::syncLanSharing() {
    const QString bind = m_settings.value(QStringLiteral("relay/bind")).toString();
    const QSignalBlocker quiet(m_lan);
    m_lan->setChecked(bind != QLatin1String("127.0.0.1") && bind != QLatin1String("::1") &&
                      bind != QLatin1String("localhost"));
}

} // namespace roost::ui
