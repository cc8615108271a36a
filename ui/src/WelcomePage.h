#pragma once
// The first page a new user meets (no owner key set yet): the relay's address, "Your public
// key" and three access presets.
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace roost {
class Relay;
class Settings;
}

namespace roost::ui {

/// Three steps on one page. 1: the relay URL with Copy (and the LAN URL with Copy while the
/// relay is shared on the local network). 2: "Your public key": an npub (or hex) that becomes
/// access/owner_pubkeys; anything else is refused with the error under the field. 3: an access
/// preset, each a set of the per-verb levels (applyPreset), which the Access page shows in full.
/// It ends with a "Back up my notes" link (backupLink(), emits backupRequested()).
/// Every change goes through Settings::setValue (applied live, saved to the config file).
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    /// Who may read and write. Private: only the owner reads and writes (levels 4). Follows: the
    /// owner and the keys they follow write (publish level 2 Known, known_depth at least 1),
    /// everyone may read. Public: everyone reads and writes (levels 0). Custom: the levels match
    /// none of these (set on the Access page).
    enum class Preset { Custom, Private, Follows, Public };

    WelcomePage(Relay& relay, Settings& settings, QWidget* parent = nullptr);

    /// Writes the preset's access levels (access/min_level_*, known_depth, auth_enabled).
    /// Returns false with `error` when a value was refused. Custom does nothing.
    bool applyPreset(Preset preset, QString* error = nullptr);
    /// The preset the current settings match (Custom when none).
    Preset currentPreset() const;
    /// Sets `text` (npub or hex) as the owner key. False, with the error shown, when it is not a key.
    bool setOwner(const QString& text);

    QLineEdit* keyField() const { return m_key; }
    QLabel* keyError() const { return m_keyError; }
    QRadioButton* presetButton(Preset preset) const;
    QLabel* backupLink() const { return m_backup; }
    QString relayUrlText() const;
    QString lanUrlText() const;

signals:
    /// "Go to the dashboard" was pressed.
    void finished();
    /// "Access & limits" link: show that page.
    void accessPageRequested();
    /// The "Back up my notes" link: open the backup wizard.
    void backupRequested();

private:
    void refresh();

    Relay& m_relay;
    Settings& m_settings;
    QLabel* m_url;
    QLabel* m_lanCaption;
    QLabel* m_lanUrl;
    QPushButton* m_copyLan;
    QLineEdit* m_key;
    QLabel* m_keyError;
    QLabel* m_ownerNow;
    QButtonGroup* m_presets;
    QLabel* m_custom; // said while the levels match no preset
    QLabel* m_backup;
};

} // namespace roost::ui
