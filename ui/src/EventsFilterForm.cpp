#include "EventsFilterForm.h"

#include "roost/Nip19.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace roost::ui {

namespace {

constexpr int kCustomRange = -1; // the Period item whose since/until come from the date-time edits

QStringList splitList(const QString& text) {
    return text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

// Hex or bech32 (`hrp`) entries as lowercase hex; the first unreadable entry in `bad`.
QJsonArray hexList(const QString& text, const QString& hrp, QString* bad) {
    QJsonArray out;
    for (const QString& entry : splitList(text)) {
        const auto hex = nip19::hexFromInput(entry, hrp);
        if (!hex) {
            *bad = entry;
            return {};
        }
        out.append(*hex);
    }
    return out;
}

} // namespace

EventsFilterForm::EventsFilterForm(Use use, QWidget* parent)
    : QWidget(parent), m_kinds(new QLineEdit(this)), m_authors(new QLineEdit(this)), m_ids(new QLineEdit(this)),
      m_tags(new QLineEdit(this)), m_period(new QComboBox(this)), m_since(new QDateTimeEdit(this)),
      m_until(new QDateTimeEdit(this)), m_limit(new QSpinBox(this)), m_search(new QPushButton(tr("&Search"), this)) {
    m_kinds->setObjectName(QStringLiteral("kinds"));
    m_authors->setObjectName(QStringLiteral("authors"));
    m_ids->setObjectName(QStringLiteral("ids"));
    m_tags->setObjectName(QStringLiteral("tags"));
    m_period->setObjectName(QStringLiteral("period"));
    m_since->setObjectName(QStringLiteral("since"));
    m_until->setObjectName(QStringLiteral("until"));
    m_kinds->setPlaceholderText(tr("e.g. 1, 7"));
    m_kinds->setToolTip(tr("Only events of these kinds (numbers, comma-separated). Empty: every kind."));
    m_authors->setPlaceholderText(tr("hex public keys or npub"));
    m_authors->setToolTip(tr("Only events by these authors: 64 hex characters or npub1… (NIP-19), comma-separated."));
    m_ids->setPlaceholderText(tr("hex event ids or note"));
    m_ids->setToolTip(tr("Only these events: 64 hex characters or note1… (NIP-19), comma-separated."));
    m_tags->setPlaceholderText(tr("e.g. t=nostr, bitcoin"));
    m_tags->setToolTip(tr("Only events with one of these tag values: a tag letter, \"=\", comma-separated values "
                          "(e.g. t=nostr, bitcoin or #p=npub1…). Separate several tags with \";\" (all must match)."));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last hour"), 3600);
    m_period->addItem(tr("Last day"), 86400);
    m_period->addItem(tr("Last week"), 7 * 86400);
    m_period->addItem(tr("Last 30 days"), 30 * 86400);
    m_period->addItem(tr("Custom range"), kCustomRange);
    m_period->setToolTip(tr("Only events created in this period. Custom range: choose Since and Until."));
    QDateTime now = QDateTime::currentDateTime();
    now.setTime(QTime(now.time().hour(), now.time().minute())); // the edits show minutes
    for (QDateTimeEdit* e : {m_since, m_until}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_since->setDateTime(now.addDays(-7));
    m_until->setDateTime(now.addSecs(3600));
    m_since->setToolTip(tr("Custom range: only events created at or after this local date and time."));
    m_until->setToolTip(tr("Custom range: only events created at or before this local date and time."));
    m_limit->setRange(10, 5000);
    m_limit->setValue(200);
    m_limit->setSingleStep(50);
    m_limit->setToolTip(tr("Events per page (newest first)."));
    m_search->setToolTip(tr("Run the filter on the store and count the matches (Enter)."));
    for (QLineEdit* e : {m_kinds, m_authors, m_ids, m_tags})
        connect(e, &QLineEdit::returnPressed, this, &EventsFilterForm::searchRequested);
    connect(m_search, &QPushButton::clicked, this, &EventsFilterForm::searchRequested);
    connect(m_period, &QComboBox::currentIndexChanged, this, &EventsFilterForm::updateRange);
    for (QLineEdit* e : {m_kinds, m_authors, m_ids, m_tags}) connect(e, &QLineEdit::textEdited, this, &EventsFilterForm::edited);
    connect(m_period, &QComboBox::activated, this, &EventsFilterForm::edited);
    for (QDateTimeEdit* e : {m_since, m_until}) connect(e, &QDateTimeEdit::editingFinished, this, &EventsFilterForm::edited);

    auto* left = new QFormLayout;
    left->addRow(tr("&Kinds"), m_kinds);
    left->addRow(tr("A&uthors"), m_authors);
    left->addRow(tr("&Ids"), m_ids);
    left->addRow(tr("&Tag"), m_tags);
    auto* right = new QFormLayout;
    right->addRow(tr("&Period"), m_period);
    right->addRow(tr("Si&nce"), m_since);
    right->addRow(tr("Unti&l"), m_until);
    auto* pageRow = new QHBoxLayout;
    pageRow->addWidget(m_limit, 1);
    pageRow->addWidget(m_search);
    auto* pageLabel = new QLabel(tr("Page si&ze"), this);
    pageLabel->setBuddy(m_limit); // Alt+Z, as the other rows (a layout row gets no buddy by itself)
    right->addRow(pageLabel, pageRow);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    if (use == Use::Search) {
        layout->addLayout(right, 2);
    } else {
        // A sync filter: no period, page size or Search (the widgets stay, hidden, at their defaults).
        for (QWidget* w : std::initializer_list<QWidget*>{m_period, m_since, m_until, m_limit, m_search, pageLabel})
            w->hide();
        delete right;
    }
    updateRange();
}

bool EventsFilterForm::setFilterJson(const QByteArray& filterJson) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(filterJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) return false;
    auto strings = [](const QJsonValue& v, QStringList* out) {
        if (!v.isArray()) return false;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString()) return false;
            *out << item.toString();
        }
        return true;
    };
    QStringList kinds, authors, ids, tags;
    const QJsonObject f = doc.object();
    for (auto it = f.begin(); it != f.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("kinds")) {
            if (!it.value().isArray()) return false;
            for (const QJsonValue& k : it.value().toArray()) {
                if (!k.isDouble()) return false;
                kinds << QString::number(k.toInteger());
            }
        } else if (key == QLatin1String("authors")) {
            QStringList hex;
            if (!strings(it.value(), &hex)) return false;
            for (const QString& h : hex) {
                const QString npub = nip19::npubFromHex(h);
                if (npub.isEmpty()) return false; // not a whole key: the form reads whole keys only
                authors << npub;
            }
        } else if (key == QLatin1String("ids")) {
            if (!strings(it.value(), &ids)) return false;
            for (const QString& id : ids)
                if (!nip19::hexFromInput(id, QStringLiteral("note"))) return false;
        } else if (key.size() == 2 && key[0] == QLatin1Char('#') && key[1].isLetter() && key[1].unicode() < 128) {
            QStringList values;
            if (!strings(it.value(), &values)) return false;
            for (const QString& v : values)
                if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char(';'))) return false; // would split differently
            tags << key.mid(1) + QLatin1Char('=') + values.join(QStringLiteral(", "));
        } else {
            return false;
        }
    }
    m_kinds->setText(kinds.join(QStringLiteral(", ")));
    m_authors->setText(authors.join(QStringLiteral(", ")));
    m_ids->setText(ids.join(QStringLiteral(", ")));
    m_tags->setText(tags.join(QStringLiteral("; ")));
    m_period->setCurrentIndex(0);
    return true;
}

void EventsFilterForm::updateRange() {
    const bool custom = m_period->currentData().toInt() == kCustomRange;
    m_since->setEnabled(custom);
    m_until->setEnabled(custom);
}

int EventsFilterForm::pageSize() const { return m_limit->value(); }

QByteArray EventsFilterForm::filterJson(qint64 until, QString* error) const {
    auto fail = [error](const QString& why) {
        if (error) *error = why;
        return QByteArray();
    };
    QJsonObject f;
    QJsonArray kinds;
    for (const QString& k : splitList(m_kinds->text())) {
        bool ok = false;
        const uint kind = k.toUInt(&ok);
        if (!ok || kind > 65535) return fail(tr("Kinds: \"%1\" is not a kind number.").arg(k));
        kinds.append(int(kind));
    }
    if (!kinds.isEmpty()) f.insert(QStringLiteral("kinds"), kinds);
    QString bad;
    const QJsonArray authors = hexList(m_authors->text(), QStringLiteral("npub"), &bad);
    if (!bad.isEmpty()) return fail(tr("Authors: \"%1\" is neither 64 hex characters nor an npub.").arg(bad));
    if (!authors.isEmpty()) f.insert(QStringLiteral("authors"), authors);
    const QJsonArray ids = hexList(m_ids->text(), QStringLiteral("note"), &bad);
    if (!bad.isEmpty()) return fail(tr("Ids: \"%1\" is neither 64 hex characters nor a note id.").arg(bad));
    if (!ids.isEmpty()) f.insert(QStringLiteral("ids"), ids);
    static const QRegularExpression tagRe(QStringLiteral("^#?([A-Za-z])\\s*[=:]\\s*(.*)$"));
    for (const QString& part : m_tags->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty()) continue;
        const auto m = tagRe.match(part.trimmed());
        if (!m.hasMatch()) return fail(tr("Tag: write one letter, \"=\" and values, e.g. t=nostr, bitcoin."));
        const QString letter = m.captured(1);
        const QString hrp = letter == QLatin1String("p") ? QStringLiteral("npub")
                            : letter == QLatin1String("e") ? QStringLiteral("note") : QString();
        QJsonArray values;
        for (const QString& raw : m.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString v = raw.trimmed();
            if (v.isEmpty()) continue;
            const auto hex = hrp.isEmpty() ? std::nullopt : nip19::hexFromInput(v, hrp);
            values.append(hex ? *hex : v);
        }
        if (values.isEmpty()) return fail(tr("Tag: no value after \"%1=\".").arg(letter));
        f.insert(QStringLiteral("#") + letter, values);
    }
    const int period = m_period->currentData().toInt();
    qint64 formUntil = -1;
    if (period == kCustomRange) {
        const qint64 since = m_since->dateTime().toSecsSinceEpoch();
        formUntil = m_until->dateTime().toSecsSinceEpoch();
        if (since > formUntil) return fail(tr("Since is after Until."));
        f.insert(QStringLiteral("since"), since);
    } else if (period > 0) {
        f.insert(QStringLiteral("since"), QDateTime::currentSecsSinceEpoch() - period);
    }
    if (until >= 0 && (formUntil < 0 || until < formUntil)) formUntil = until;
    if (formUntil >= 0) f.insert(QStringLiteral("until"), formUntil);
    return QJsonDocument(f).toJson(QJsonDocument::Compact);
}

} // namespace roost::ui
