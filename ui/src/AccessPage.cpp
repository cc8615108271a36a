#include "AccessPage.h"

#include "SettingsFormWidget.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace roost::ui {

AccessPage::AccessPage(Settings& settings, QWidget* parent)
    : QWidget(parent), m_form(new SettingsFormWidget(settings, {QStringLiteral("access"), QStringLiteral("rate")})) {
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
    layout->addWidget(scroll, 1);
}

} // namespace roost::ui
