#pragma once
// A form built from the settings schema (roost::settingsSchema()) for some of its sections:
// one control per key, so a key added to the schema shows up without GUI changes.
#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace roost {
class Settings;
struct SettingSpec;
}

namespace roost::ui {

/// One group box per section. Controls by type: Bool a check box, Int a spin box (the access
/// levels a combo box of level names), Double a spin box, String a line edit (applied on
/// Enter or leaving the field), lists a ListEditWidget. Every change goes through
/// Settings::setValue(), which applies live keys to the relay and saves the config file; a
/// refused value is shown in the error line and the control returns to the current value.
/// Settings::changed() (also from the file or NIP-86) refreshes the control. Restart-only keys
/// are marked. Tooltips are the schema descriptions. Public-key keys (access/*_pubkeys,
/// relay/pubkey) accept npub or hex, refuse anything else with a visible error, store hex and
/// show npub (hex in the tooltip and the copy menu). A key set on the command line
/// (Settings::overriddenKeys) is disabled with a note naming the option. Spin boxes show no
/// thousands separators.
class SettingsFormWidget : public QWidget {
    Q_OBJECT
public:
    /// `sections`: schema section names ("access", "rate", ...) in display order; `skipKeys`
    /// are left out (shown elsewhere on the page).
    SettingsFormWidget(Settings& settings, const QStringList& sections, const QStringList& skipKeys = {},
                       QWidget* parent = nullptr);

    /// The control of `key` (for tests and pages that add to it), or nullptr.
    QWidget* control(const QString& key) const { return m_controls.value(key); }
    /// The last error shown ("" when the last change was accepted).
    QString lastError() const;

private:
    QWidget* createControl(const SettingSpec& spec);
    void commit(const QString& key, const QVariant& value);
    void showError(const QString& error);
    void refresh(const QString& key);

    Settings& m_settings;
    QHash<QString, QWidget*> m_controls;
    QHash<QString, QString> m_tips;           // the schema tooltip of each key
    QHash<QString, QLabel*> m_overrideNotes;  // "Set by --port on the command line…"
    QLabel* m_error;
};

} // namespace roost::ui
