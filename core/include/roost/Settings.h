#pragma once
// Roost's settings schema and the live settings object (STYLE.md §Settings): one table of keys
// that the config file, --help, docs/CONFIG.md and the GUI all read.
#include "roost/RelayConfig.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <vector>

class QFileSystemWatcher;
class QTimer;

namespace roost {

/// The value types a setting can have. Lists are written comma-separated in the INI file;
/// PeerList (sync peers, roost/SyncPeer.h) is a QStringList of SyncPeer::format() texts written
/// one "key=" line per entry, the key repeated.
enum class SettingType { Bool, Int, Double, String, StringList, IntList, PeerList };

/// One key of the schema: INI key ("section/name"), type, description, whether a change
/// applies to a running relay (live) or needs a restart, the integer range for Int, and how
/// the value is read from / written into a RelayConfig. Defaults are the RelayConfig defaults.
/// `publicKeys`: the String or StringList value holds public keys; each is accepted as 64 hex
/// characters (either case), an npub or a nostr:npub URI (NIP-19, NIP-21), stored as lowercase
/// hex, and anything else is refused.
struct SettingSpec {
    QString key;
    SettingType type;
    QString description;
    bool live;
    qint64 minimum = 0;
    qint64 maximum = 0;
    std::function<QVariant(const RelayConfig&)> get;
    std::function<void(RelayConfig&, const QVariant&)> set;
    bool publicKeys = false;
};

/// Every setting, in documentation order.
const std::vector<SettingSpec>& settingsSchema();
/// The spec of `key`, or nullptr.
const SettingSpec* findSetting(const QString& key);
/// Converts `raw` (from an INI file, the GUI or NIP-86) to the key's type and checks its range.
/// Returns an invalid QVariant and sets `error` when it does not fit.
QVariant normalizeSetting(const SettingSpec& spec, const QVariant& raw, QString* error);
/// docs/CONFIG.md: a Markdown table of every key with type, default, live/restart, description.
QString settingsMarkdown();

/// The live settings of one relay: a RelayConfig plus the file it persists to. Lives in the
/// thread that created it. setValue() validates, stores and (with a file) saves; a change of the
/// file on disk is re-read automatically. Each changed key is announced with changed(key), so
/// live keys reach the engine without a restart, headless and GUI alike.
///
/// Saving edits the file in place (configtext::withValues): only the lines of keys whose value
/// changed, keeping comments, blank lines and order; the file is re-read right before writing so
/// an edit made meanwhile in an editor is kept, and written atomically (QSaveFile: temporary
/// file + rename). Never through QSettings.
class Settings : public QObject {
    Q_OBJECT
public:
    explicit Settings(QObject* parent = nullptr);
    ~Settings() override;

    /// Writes the commented default file (every key commented out at its default with its
    /// description, configtext::defaultText()) to `path` when nothing is there yet, creating the
    /// folder. Returns true when the file exists afterwards; false with `error` otherwise.
    static bool createDefaultFile(const QString& path, QString* error);

    /// Reads `path` (INI) over the defaults and watches it for changes, and its folder so that a
    /// file created, replaced or deleted later is noticed (a key removed from the file returns to
    /// its default). A missing file is created on first save. Returns false with `error` when the
    /// file exists but a value does not fit its key.
    bool loadFile(const QString& path, QString* error);
    QString filePath() const { return m_path; }

    const RelayConfig& config() const { return m_config; }
    QVariant value(const QString& key) const;

    /// Sets `key` (validated against the schema) and, when a file is loaded and the file's value
    /// differs, writes that one line to the file. Returns false with `error` for an unknown key,
    /// a value that does not fit, or a file that cannot be written (the value is applied anyway).
    bool setValue(const QString& key, const QVariant& value, QString* error = nullptr);
    /// Sets a value for this run only (command-line options): never written to the file, and
    /// not overwritten when the file changes.
    bool setOverride(const QString& key, const QVariant& value, QString* error = nullptr);
    /// Whether `key` currently has a command-line value (setOverride) rather than the file's.
    bool isOverridden(const QString& key) const { return m_overrides.contains(key); }
    /// The keys set with setOverride() for this run (e.g. {"relay/port"} after --port).
    QStringList overriddenKeys() const { return m_overrides.keys(); }

    /// How long the file must stay unchanged before it is re-read (milliseconds).
    static constexpr int kReloadQuietMs = 150;

signals:
    /// A key's value changed (from setValue() or a reload of the file).
    void changed(const QString& key);
    /// The file was re-read after a change on disk (`ok` false: it had a bad value, nothing applied).
    void reloaded(bool ok, const QString& error);

private:
    static const SettingSpec* validate(const QString& key, const QVariant& value, QVariant& normalized, QString* error);
    void fileChanged();
    void reloadFromDisk();
    bool save(const SettingSpec& spec, QString* error);
    bool applyText(const QByteArray& text, QString* error);
    void watch();
    void apply(const RelayConfig& next);

    RelayConfig m_config;
    QString m_path;
    QByteArray m_lastText; // the file as last read or written by this object
    QVariantMap m_overrides;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace roost
