#include "roost/Settings.h"

#include "ConfigText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSaveFile>
#include <QTimer>

namespace roost {

namespace {

// The file's bytes, or a null QByteArray when it cannot be read (absent).
QByteArray readText(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QByteArray text = f.readAll();
    if (text.isNull()) text = QByteArray(""); // an empty file is not an absent one
    return text;
}

// The config file names owner and member keys and sync peers: owner-only (0600), like relay.key.
bool writeAtomically(const QString& path, const QByteArray& text, QString* error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(text) != text.size() || !f.commit()) {
        if (error) *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

Settings::Settings(QObject* parent) : QObject(parent) {}

Settings::~Settings() = default;

QVariant Settings::value(const QString& key) const {
    const SettingSpec* spec = findSetting(key);
    return spec ? spec->get(m_config) : QVariant();
}

bool Settings::createDefaultFile(const QString& path, QString* error) {
    if (QFileInfo::exists(path)) return true;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error) *error = QStringLiteral("cannot create the folder of %1").arg(path);
        return false;
    }
    return writeAtomically(path, configtext::defaultText(), error);
}

bool Settings::loadFile(const QString& path, QString* error) {
    const QByteArray text = readText(path);
    RelayConfig next;
    QString why;
    if (!text.isNull() && !configtext::readInto(text, next, &why)) {
        if (error) *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    m_path = path;
    m_lastText = text;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) findSetting(it.key())->set(next, it.value());
    apply(next);
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Settings::fileChanged);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &Settings::fileChanged);
        m_debounce = new QTimer(this);
        m_debounce->setSingleShot(true);
        m_debounce->setInterval(kReloadQuietMs);
        connect(m_debounce, &QTimer::timeout, this, &Settings::reloadFromDisk);
    }
    watch();
    return true;
}

void Settings::watch() {
    // The folder too: the file may not exist yet, and editors replace it (write + rename),
    // which drops it from the watcher.
    const QString dir = QFileInfo(m_path).absolutePath();
    if (QFileInfo(dir).isDir() && !m_watcher->directories().contains(dir)) m_watcher->addPath(dir);
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path)) m_watcher->addPath(m_path);
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
    return m_path.isEmpty() || save(*spec, error);
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
    watch();
    // A save is often a truncate then a write: wait until the file has been quiet for a moment.
    m_debounce->start();
}

bool Settings::applyText(const QByteArray& text, QString* error) {
    // The file is the whole truth: a key removed from it goes back to its default.
    RelayConfig next;
    if (!configtext::readInto(text, next, error)) return false;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) findSetting(it.key())->set(next, it.value());
    apply(next);
    return true;
}

void Settings::reloadFromDisk() {
    const QByteArray text = readText(m_path);
    if (text == m_lastText) return; // our own save, or a touch without a change
    if (text.isNull()) {
        // Deleted (or unreadable): keep running on what we have; a save writes it again.
        m_lastText = text;
        emit reloaded(false, QStringLiteral("cannot read config file %1").arg(m_path));
        return;
    }
    m_lastText = text;
    QString error;
    if (!applyText(text, &error)) {
        emit reloaded(false, error);
        return;
    }
    emit reloaded(true, {});
}

bool Settings::save(const SettingSpec& spec, QString* error) {
    // Re-read right before writing: an edit made in an editor since the last load is kept, and
    // only this key's line is touched.
    QByteArray disk = readText(m_path);
    if (disk.isNull()) {
        disk = configtext::defaultText();
        QDir().mkpath(QFileInfo(m_path).absolutePath());
    }
    RelayConfig inFile, wanted;
    const auto values = configtext::parse(disk);
    const auto it = values.constFind(spec.key);
    if (it != values.cend()) {
        const QVariant v = normalizeSetting(spec, it.value(), nullptr);
        if (v.isValid()) spec.set(inFile, v);
    }
    const QVariant value = spec.get(m_config);
    const bool present = it != values.cend();
    if (present && spec.get(inFile) == value) return true; // the file says so already
    if (!present && spec.get(inFile) == value && QFileInfo::exists(m_path)) return true; // its default
    const QByteArray merged = configtext::withValues(disk, {{spec.key, configtext::formatValue(spec, value)}});
    if (!writeAtomically(m_path, merged, error)) return false;
    m_lastText = merged;
    // Pick up at once what an editor changed meanwhile in other keys (the watcher would too).
    applyText(merged, nullptr);
    watch();
    return true;
}

void Settings::apply(const RelayConfig& next) {
    const RelayConfig before = m_config;
    m_config = next;
    for (const SettingSpec& spec : settingsSchema())
        if (spec.get(before) != spec.get(next)) emit changed(spec.key);
}

} // namespace roost
