#pragma once
// Access & limits: access level per verb, owner/member/ban lists, blocked addresses,
// maintenance, connection caps, rate limits, kind allow/deny lists.
#include <QWidget>

namespace roost {
class Settings;
}

namespace roost::ui {

class SettingsFormWidget;

/// The schema's "access" and "rate" sections as a form (SettingsFormWidget): every change goes
/// through Settings::setValue, so it applies to the running relay and is saved to the config file.
class AccessPage : public QWidget {
    Q_OBJECT
public:
    explicit AccessPage(Settings& settings, QWidget* parent = nullptr);
    SettingsFormWidget* form() const { return m_form; }

private:
    SettingsFormWidget* m_form;
};

} // namespace roost::ui
