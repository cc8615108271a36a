#pragma once
// Settings: listen address and port, data folder, NIP-11 relay information, limits, threads,
// start at login.
#include <QWidget>

class QCheckBox;
class QLabel;

namespace roost {
class Relay;
class Settings;
}

namespace roost::ui {

class Autostart;
class SettingsFormWidget;

/// The schema's "relay", "limits", "threads" and "store" sections (SettingsFormWidget, through
/// Settings::setValue) plus a General box: the config file in use, the relay URL and "Start
/// Roost when I log in" (Autostart).
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    /// `autostart` must outlive the page; `executable` is what the autostart entry runs.
    SettingsPage(Relay& relay, Settings& settings, const Autostart& autostart, const QString& executable,
                 QWidget* parent = nullptr);
    SettingsFormWidget* form() const { return m_form; }
    QCheckBox* startAtLogin() const { return m_startAtLogin; }

private:
    SettingsFormWidget* m_form;
    QCheckBox* m_startAtLogin;
    QLabel* m_url;
};

} // namespace roost::ui
