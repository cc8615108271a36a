#include "roost/Settings.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSettings>
#include <QTimer>

namespace roost {

namespace {

// INI text for a value: lists comma-separated so a person can edit the file.
QVariant fileValue(const SettingSpec& spec, const QVariant& v) {
    if (spec.type == SettingType::StringList || spec.type == SettingType::IntList) {
        QStringList parts;
        for (const QVariant& item : v.toList()) parts << item.toString();
        return parts.join(QLatin1Char(','));
    }
    return v;
}

} // namespace

Settings::Settings(QObject* parent) : QObject(parent) {}

Settings::~Settings() = default;

QVariant Settings::value(const QString& key) const {
    const SettingSpec* spec = findSetting(key);
    return spec ? spec->get(m_config) : QVariant();
}

bool Settings::loadFile(const QString& path, QString* error) {
    RelayConfig next;
    if (QFileInfo::exists(path) && !loadRelayConfig(path, next, error)) return false;
    m_path = path;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) findSetting(it.key())->set(next, it.value());
    apply(next);
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Settings::fileChanged);
        m_debounce = new QTimer(this);
        m_debounce->setSingleShot(true);
        m_debounce->setInterval(kReloadQuietMs);
        connect(m_debounce, &QTimer::timeout, this, &Settings::reloadFromDisk);
    }
    if (QFileInfo::exists(path)) m_watcher->addPath(path);
    return true;
}

const SettingSpec* Settings::validate(const QString& key, const QVariant& value, QVariant& normalized, QString* error) {
    const SettingSpec* spec = findSetting(key);
    if (!spec) {
        if (error) *error = QStringLiteral("unknown setting %1").arg(key);
        return nullptr;
    }
    normalized = normalizeSetting(*spec, value, error);
    return normalized.isValid() ? spec : nullptr;
}

bool Settings::setValue(const QString& key, const QVariant& value, QString* error) {
    QVariant v;
    const SettingSpec* spec = validate(key, value, v, error);
    if (!spec) return false;
    m_overrides.remove(key); // an explicit change replaces a command-line value
    RelayConfig next = m_config;
    spec->set(next, v);
    apply(next);
    return m_path.isEmpty() || save(error);
}

bool Settings::setOverride(const QString& key, const QVariant& value, QString* error) {
    QVariant v;
    const SettingSpec* spec = validate(key, value, v, error);
    if (!spec) return false;
    m_overrides.insert(key, v);
    RelayConfig next = m_config;
    spec->set(next, v);
    apply(next);
    return true;
}

void Settings::fileChanged() {
    // Editors often replace the file (write + rename), which drops it from the watcher.
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path)) m_watcher->addPath(m_path);
    // A save is often a truncate then a write: wait until the file has been quiet for a moment.
    m_debounce->start();
}

void Settings::reloadFromDisk() {
    // The file is the whole truth: a key removed from it goes back to its default.
    RelayConfig next;
    QString error;
    if (!loadRelayConfig(m_path, next, &error)) {
        emit reloaded(false, error);
        return;
    }
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) findSetting(it.key())->set(next, it.value());
    apply(next);
    emit reloaded(true, {});
}

bool Settings::save(QString* error) {
    QSettings file(m_path, QSettings::IniFormat);
    const RelayConfig defaults;
    for (const SettingSpec& spec : settingsSchema()) {
        if (m_overrides.contains(spec.key)) continue;
        const QVariant v = spec.get(m_config);
        // Keep the file short: only keys that differ from the defaults, or that it already has.
        if (v != spec.get(defaults) || file.contains(spec.key)) file.setValue(spec.key, fileValue(spec, v));
    }
    file.sync();
    if (file.status() != QSettings::NoError) {
        if (error) *error = QStringLiteral("cannot write %1").arg(m_path);
        return false;
    }
    if (m_watcher && !m_watcher->files().contains(m_path)) m_watcher->addPath(m_path);
    return true;
}

void Settings::apply(const RelayConfig& next) {
    const RelayConfig before = m_config;
    m_config = next;
    for (const SettingSpec& spec : settingsSchema())
        if (spec.get(before) != spec.get(next)) emit changed(spec.key);
}

} // namespace roost
