#pragma once
// People's names for the settings schema keys (translated), for forms built from the schema.
#include <QString>

namespace roost::ui {

/// The label of `key` ("access/max_connections" -> "Max connections"), translated; a key the
/// table does not know yet gets its name with underscores as spaces, so new keys still show.
QString settingLabel(const QString& key);
/// The title of a schema section ("access" -> "Access"), translated.
QString sectionTitle(const QString& section);

} // namespace roost::ui
