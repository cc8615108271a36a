#include "ConfigText.h"

#include <cctype>

namespace roost::configtext {

namespace {

// One line split into its parts; `eol` keeps "\r" of a CRLF file so an edit keeps it.
struct Line {
    QByteArray body; // without the line ending
    QByteArray eol;  // "\n", "\r\n" or empty (last line without newline)
};

QList<Line> splitLines(const QByteArray& text) {
    QList<Line> out;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf('\n', start);
        if (nl < 0) {
            out.append({text.mid(start), {}});
            break;
        }
        const bool cr = nl > start && text.at(nl - 1) == '\r';
        out.append({text.mid(start, nl - start - (cr ? 1 : 0)), cr ? QByteArray("\r\n") : QByteArray("\n")});
        start = nl + 1;
    }
    return out;
}

QByteArray joinLines(const QList<Line>& lines) {
    QByteArray out;
    for (const Line& l : lines) out += l.body + l.eol;
    return out;
}

// "[name]" -> name, else a null string.
QString sectionOf(const QByteArray& body) {
    const QByteArray t = body.trimmed();
    if (t.size() >= 2 && t.startsWith('[') && t.endsWith(']')) return QString::fromUtf8(t.mid(1, t.size() - 2)).trimmed();
    return {};
}

bool isComment(const QByteArray& trimmed) { return trimmed.startsWith('#') || trimmed.startsWith(';'); }

// The key of an active "name = value" line, else a null string.
QString keyOf(const QByteArray& body) {
    const QByteArray t = body.trimmed();
    if (t.isEmpty() || isComment(t) || t.startsWith('[')) return {};
    const qsizetype eq = t.indexOf('=');
    if (eq <= 0) return {};
    return QString::fromUtf8(t.left(eq)).trimmed();
}

// The key of a commented-out "# name = value" line (a single word before '='), else null.
QString commentedKeyOf(const QByteArray& body) {
    QByteArray t = body.trimmed();
    if (!isComment(t)) return {};
    while (!t.isEmpty() && (t.at(0) == '#' || t.at(0) == ';')) t.remove(0, 1);
    t = t.trimmed();
    const qsizetype eq = t.indexOf('=');
    if (eq <= 0) return {};
    const QByteArray key = t.left(eq).trimmed();
    for (char c : key)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.')) return {};
    return QString::fromUtf8(key);
}

// Where a "; comment" after the value starts (outside quotes), or -1.
qsizetype commentStart(const QByteArray& body) {
    bool quoted = false;
    for (qsizetype i = body.indexOf('=') + 1; i > 0 && i < body.size(); ++i) {
        const char c = body.at(i);
        if (c == '\\' && quoted) ++i;
        else if (c == '"') quoted = !quoted;
        else if (c == ';' && !quoted) return i;
    }
    return -1;
}

// The line's trailing "   ; comment" (with the spaces before it), or empty.
QByteArray inlineComment(const QByteArray& body) {
    qsizetype at = commentStart(body);
    if (at < 0) return {};
    while (at > 0 && (body.at(at - 1) == ' ' || body.at(at - 1) == '\t')) --at;
    return body.mid(at);
}

QString unquote(const QString& raw) {
    const QString v = raw.trimmed();
    if (!v.startsWith(QLatin1Char('"'))) return v;
    QString out;
    for (qsizetype i = 1; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c == QLatin1Char('\\') && i + 1 < v.size()) {
            out += v.at(++i);
        } else if (c == QLatin1Char('"')) {
            break;
        } else {
            out += c;
        }
    }
    return out;
}

QString quoted(const QString& s) {
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}

QString plainValue(const QVariant& v) {
    if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList) {
        QStringList parts;
        for (const QVariant& item : v.toList()) parts << item.toString();
        return parts.join(QLatin1Char(','));
    }
    if (v.typeId() == QMetaType::Bool) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

} // namespace

QMap<QString, QString> parse(const QByteArray& text) {
    QMap<QString, QString> out;
    QString section;
    for (const Line& line : splitLines(text)) {
        const QString s = sectionOf(line.body);
        if (!s.isNull()) {
            section = s;
            continue;
        }
        const QString key = keyOf(line.body);
        if (key.isNull()) continue;
        // As QSettings: "; comment" ends an unquoted value.
        QByteArray t = line.body.trimmed();
        const qsizetype comment = commentStart(t);
        if (comment >= 0) t.truncate(comment);
        const QString value = unquote(QString::fromUtf8(t.mid(t.indexOf('=') + 1)));
        const bool general = section.isEmpty() || section.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0;
        const QString fullKey = general ? key : section + QLatin1Char('/') + key;
        // A PeerList key may be repeated: one line per entry, collected '\n'-separated.
        const SettingSpec* spec = findSetting(fullKey);
        const auto previous = out.constFind(fullKey);
        if (spec && spec->type == SettingType::PeerList && previous != out.cend() && !previous.value().isEmpty())
            out.insert(fullKey, value.isEmpty() ? previous.value() : previous.value() + QLatin1Char('\n') + value);
        else
            out.insert(fullKey, value);
    }
    return out;
}

bool readInto(const QByteArray& text, RelayConfig& config, QString* error) {
    const QMap<QString, QString> values = parse(text);
    RelayConfig next = config;
    for (const SettingSpec& spec : settingsSchema()) {
        const auto it = values.constFind(spec.key);
        if (it == values.cend()) continue;
        const QVariant value = normalizeSetting(spec, it.value(), error);
        if (!value.isValid()) return false;
        spec.set(next, value);
    }
    config = next;
    return true;
}

QString formatValue(const SettingSpec& spec, const QVariant& value) {
    // One line per peer, never quoted: the JSON filter's own quotes keep a ';' in it from
    // starting a comment (commentStart), and withValues() writes each line as "key=line".
    if (spec.type == SettingType::PeerList) return value.toStringList().join(QLatin1Char('\n'));
    const QString v = plainValue(value);
    const bool needsQuotes = v != v.trimmed() || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\\')) ||
                             v.contains(QLatin1Char(';')) || v.contains(QLatin1Char('#'));
    return needsQuotes ? quoted(v) : v;
}

QByteArray withValues(const QByteArray& text, const QList<QPair<QString, QString>>& changes) {
    QList<Line> lines = splitLines(text);
    // The line ending new lines get: the file's own, LF for an empty file.
    const QByteArray eol = !lines.isEmpty() && lines.first().eol == "\r\n" ? QByteArray("\r\n") : QByteArray("\n");
    for (const auto& [fullKey, value] : changes) {
        const QString section = fullKey.section(QLatin1Char('/'), 0, 0);
        const QString name = fullKey.section(QLatin1Char('/'), 1);
        // A multi-line value (PeerList) becomes one "name=" line per entry.
        const SettingSpec* spec = findSetting(fullKey);
        const bool multiLine = spec && spec->type == SettingType::PeerList;
        QList<QByteArray> bodies;
        for (const QString& part : multiLine ? value.split(QLatin1Char('\n')) : QStringList{value})
            bodies << (name + QLatin1Char('=') + part).toUtf8();
        const QByteArray newBody = bodies.first();
        auto insertRest = [&](qsizetype after) {
            for (qsizetype j = 1; j < bodies.size(); ++j) lines.insert(after + j, {bodies[j], eol});
        };
        // Find the section's lines: [sectionStart, sectionEnd).
        qsizetype active = -1, commented = -1, lastKeyLine = -1, header = -1;
        QString current;
        QList<qsizetype> duplicates;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString s = sectionOf(lines[i].body);
            if (!s.isNull()) {
                current = s;
                if (current == section && header < 0) header = i;
                continue;
            }
            if (current != section) continue;
            const QString k = keyOf(lines[i].body);
            if (!k.isNull()) {
                lastKeyLine = i;
                if (k == name) {
                    if (active < 0) active = i;
                    else duplicates.append(i);
                }
            } else if (commented < 0 && commentedKeyOf(lines[i].body) == name) {
                commented = i;
                lastKeyLine = i;
            } else if (!commentedKeyOf(lines[i].body).isNull()) {
                lastKeyLine = i;
            }
        }
        if (active >= 0) {
            lines[active].body = newBody + inlineComment(lines[active].body);
            for (qsizetype j = duplicates.size() - 1; j >= 0; --j) lines.removeAt(duplicates[j]);
            if (lines[active].eol.isEmpty() && bodies.size() > 1) lines[active].eol = eol;
            insertRest(active);
        } else if (commented >= 0) {
            lines[commented].body = newBody;
            if (lines[commented].eol.isEmpty() && bodies.size() > 1) lines[commented].eol = eol;
            insertRest(commented);
        } else if (header >= 0) {
            const qsizetype at = (lastKeyLine >= 0 ? lastKeyLine : header) + 1;
            if (lines[at - 1].eol.isEmpty()) lines[at - 1].eol = eol;
            lines.insert(at, {newBody, eol});
            insertRest(at);
        } else {
            if (!lines.isEmpty() && lines.last().eol.isEmpty()) lines.last().eol = eol;
            if (!lines.isEmpty() && !lines.last().body.trimmed().isEmpty()) lines.append({{}, eol});
            lines.append({(QLatin1Char('[') + section + QLatin1Char(']')).toUtf8(), eol});
            for (const QByteArray& body : bodies) lines.append({body, eol});
        }
    }
    return joinLines(lines);
}

QByteArray defaultText() {
    const RelayConfig defaults;
    QString out = QStringLiteral(
        "# Roost configuration. Every key is listed below, commented out at its default value;\n"
        "# to change one, remove the '#' in front of \"key=value\" and edit the value (lists are\n"
        "# comma-separated). Roost rereads this file when it changes: live keys apply at once, the\n"
        "# others at the next start. Changes made in Roost's window, over NIP-86 or NIP-43 are written\n"
        "# here too, editing only the lines that change. Reference: docs/CONFIG.md, roost --help-config.\n");
    QString section;
    for (const SettingSpec& spec : settingsSchema()) {
        const QString s = spec.key.section(QLatin1Char('/'), 0, 0);
        if (s != section) {
            section = s;
            out += QStringLiteral("\n[%1]\n").arg(section);
        }
        out += QStringLiteral("# %1%2\n#%3=%4\n")
                   .arg(spec.description, spec.live ? QString() : QStringLiteral(" (applies after a restart)"),
                        spec.key.section(QLatin1Char('/'), 1), formatValue(spec, spec.get(defaults)));
    }
    return out.toUtf8();
}

} // namespace roost::configtext
