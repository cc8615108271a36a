#include "roost/RelayConfig.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <limits>

namespace roost {

QString defaultDataDir() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/roost");
}

namespace {

template <class T>
bool readInt(QSettings& s, const char* key, T& out, QString* error) {
    const QString k = QString::fromLatin1(key);
    if (!s.contains(k)) return true;
    bool ok = false;
    const qlonglong v = s.value(k).toLongLong(&ok);
    if (!ok || v < 0 || quint64(v) > quint64(std::numeric_limits<T>::max())) {
        if (error) *error = QStringLiteral("%1: not an integer in 0..%2").arg(k).arg(quint64(std::numeric_limits<T>::max()));
        return false;
    }
    out = T(v);
    return true;
}

void readString(QSettings& s, const char* key, QString& out) {
    const QString k = QString::fromLatin1(key);
    if (s.contains(k)) out = s.value(k).toString();
}

} // namespace

bool loadRelayConfig(const QString& path, RelayConfig& c, QString* error) {
    if (!QFileInfo(path).isReadable()) {
        if (error) *error = QStringLiteral("cannot read config file %1").arg(path);
        return false;
    }
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError) {
        if (error) *error = QStringLiteral("cannot parse config file %1").arg(path);
        return false;
    }
    RelayLimits& l = c.limits;
    int synchronousFull = c.synchronousFull ? 1 : 0;
    readString(s, "relay/bind", c.bindAddress);
    readString(s, "relay/data_dir", c.dataDir);
    readString(s, "relay/name", c.name);
    readString(s, "relay/description", c.description);
    readString(s, "relay/contact", c.contact);
    readString(s, "relay/pubkey", c.pubkey);
    const bool ok = readInt(s, "relay/port", c.port, error) && readInt(s, "threads/ingesters", c.ingesters, error) &&
                    readInt(s, "threads/req_workers", c.reqWorkers, error) &&
                    readInt(s, "store/synchronous_full", synchronousFull, error) &&
                    readInt(s, "limits/max_message_length", l.maxMessageLength, error) &&
                    readInt(s, "limits/max_subscriptions", l.maxSubscriptions, error) &&
                    readInt(s, "limits/max_filters", l.maxFilters, error) &&
                    readInt(s, "limits/max_limit", l.maxLimit, error) &&
                    readInt(s, "limits/default_limit", l.defaultLimit, error) &&
                    readInt(s, "limits/max_subid_length", l.maxSubidLength, error) &&
                    readInt(s, "limits/max_event_tags", l.maxEventTags, error) &&
                    readInt(s, "limits/max_content_length", l.maxContentLength, error) &&
                    readInt(s, "limits/created_at_lower_limit", l.createdAtLowerLimit, error) &&
                    readInt(s, "limits/created_at_upper_limit", l.createdAtUpperLimit, error);
    c.synchronousFull = synchronousFull != 0;
    return ok;
}

} // namespace roost
