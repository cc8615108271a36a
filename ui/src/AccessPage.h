#pragma once
// Access & limits: access level per verb, owner/member/ban lists, blocked addresses,
// maintenance, connection caps, rate limits, kind allow/deny lists.
#include <QWidget>

class QCheckBox;

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
    /// "Share on the local network": relay/bind 0.0.0.0 when checked, 127.0.0.1 when not
    /// (a restart-only key: it applies at the relay's next start).
    QCheckBox* lanSharing() const { return m_lan; }

private:
    void syncLanSharing();

    Settings& m_settings;
    SettingsFormWidget* m_form;
    QCheckBox* m_lan;
};

} // namespace roost::ui
