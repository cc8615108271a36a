#pragma once
// The text of Roost's INI config file, read and edited line by line so that a person's comments,
// blank lines and key order survive every save (STYLE.md §Settings). No QSettings: it rewrites
// the whole file and drops comments.
#include "roost/Settings.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace roost::configtext {

/// The values of an INI text: "section/name" -> value with surrounding spaces removed and a
/// double-quoted value unquoted (\" and \\ escapes). Comment lines start with '#' or ';', and
/// "; comment" after a value (outside quotes) is not part of it, as with QSettings.
/// Lines that are none of section, key=value, comment or blank are ignored. A key given twice
/// keeps its last value (as QSettings does), except a PeerList key (sync/peer): its lines are
/// collected in order, joined by '\n'.
QMap<QString, QString> parse(const QByteArray& text);

/// Reads the schema keys of `text` over `config` (keys absent from the text keep their values).
/// Returns false with `error` ("section/name: why") when a value does not fit its key; `config`
/// is then untouched. Keys outside the schema are ignored.
bool readInto(const QByteArray& text, RelayConfig& config, QString* error);

/// How `value` (of `spec`'s type) is written after "name=": lists comma-separated, booleans
/// true/false, strings double-quoted only when they have surrounding spaces, '"', '\\', ';' or
/// '#'. parse() reads it back to the same text normalizeSetting() accepts.
QString formatValue(const SettingSpec& spec, const QVariant& value);

/// `text` with each "section/name" key of `changes` set to its (already formatted) value,
/// editing only those lines: an active "name=" line of the section is replaced in place, keeping
/// its trailing "; comment" (a
/// duplicate later in the section is removed); else a commented-out "# name=" line of the
/// section is uncommented in place; else the line is added after the section's last key line;
/// else the section is appended at the end. Every other byte stays as it was (line endings
/// included). The value of a PeerList key (sync/peer) becomes one "name=" line per
/// '\n'-separated part, in place of the key's old lines.
QByteArray withValues(const QByteArray& text, const QList<QPair<QString, QString>>& changes);

/// The file Roost writes on first start: a short header, then every schema key in order under
/// its [section], as "# description" and "#name=default" (commented out at its default).
QByteArray defaultText();

} // namespace roost::configtext
