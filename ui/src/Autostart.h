#pragma once
// Start at login: an XDG autostart entry (~/.config/autostart/roost.desktop). Widgets-free.
#include <QString>

namespace roost::ui {

/// `configDir` is the XDG config folder (empty: QStandardPaths::GenericConfigLocation, i.e.
/// $XDG_CONFIG_HOME or ~/.config); the entry is <configDir>/autostart/roost.desktop.
class Autostart {
public:
    explicit Autostart(QString configDir = {});

    /// The path of the .desktop entry.
    QString entryPath() const;
    /// Whether the entry exists and is not marked Hidden.
    bool isEnabled() const;
    /// Writes the entry starting `executable` (absolute path), or removes it. Returns false with
    /// `error` when the file cannot be written or removed.
    bool setEnabled(bool enabled, const QString& executable, QString* error = nullptr) const;

private:
    QString m_configDir;
};

} // namespace roost::ui
