#include "EventDetailWidget.h"

#include "KindsModel.h"
#include "roost/Nip19.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>

namespace roost::ui {

EventDetailWidget::EventDetailWidget(QWidget* parent)
    : QWidget(parent), m_created(new QLabel(this)), m_kind(new QLabel(this)), m_author(new QLabel(this)),
      m_id(new QLabel(this)), m_tags(new QListWidget(this)), m_json(new QPlainTextEdit(this)) {
    m_created->setObjectName(QStringLiteral("detailCreated"));
    m_kind->setObjectName(QStringLiteral("detailKind"));
    m_author->setObjectName(QStringLiteral("detailAuthor"));
    m_id->setObjectName(QStringLiteral("detailId"));
    m_tags->setObjectName(QStringLiteral("detailTags"));
    m_created->setToolTip(tr("When the event says it was created (created_at), in local time."));
    m_kind->setToolTip(tr("The event kind and what it is."));
    m_author->setToolTip(tr("The author's public key as npub (NIP-19) and hex."));
    m_id->setToolTip(tr("The event id as note (NIP-19) and hex."));
    m_tags->setToolTip(tr("The event's tags, one per line."));
    for (QLabel* l : {m_created, m_kind, m_author, m_id}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        l->setFocusPolicy(Qt::StrongFocus);
        l->setWordWrap(true);
    }
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_json->setFont(QFont(QStringLiteral("monospace")));
    m_json->setPlaceholderText(tr("Select an event to see its JSON."));
    m_json->setToolTip(tr("The selected event as stored (NIP-01 JSON)."));

    auto* fields = new QFormLayout;
    fields->addRow(tr("Created"), m_created);
    fields->addRow(tr("Kind"), m_kind);
    fields->addRow(tr("Author"), m_author);
    fields->addRow(tr("Id"), m_id);
    fields->addRow(tr("Tags"), m_tags);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fields, 1);
    layout->addWidget(m_json, 1);
    showMessage({});
}

void EventDetailWidget::showMessage(const QString& message) {
    for (QLabel* l : {m_created, m_kind, m_author, m_id}) l->clear();
    m_tags->clear();
    m_json->setPlainText(message);
}

void EventDetailWidget::setEvent(const QByteArray& json) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject o = doc.object();
    showMessage(doc.isObject() ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented)) : QString::fromUtf8(json));
    if (!doc.isObject()) return;
    const auto createdAt = qint64(o.value(QStringLiteral("created_at")).toDouble());
    m_created->setText(tr("%1 (%2)")
                           .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(createdAt), QLocale::LongFormat))
                           .arg(createdAt));
    const auto kind = quint32(o.value(QStringLiteral("kind")).toInt());
    m_kind->setText(tr("%1: %2").arg(kind).arg(KindsModel::kindName(kind)));
    const QString pubkey = o.value(QStringLiteral("pubkey")).toString();
    const QString id = o.value(QStringLiteral("id")).toString();
    m_author->setText(nip19::npubFromHex(pubkey) + QLatin1Char('\n') + pubkey);
    m_id->setText(nip19::noteFromHex(id) + QLatin1Char('\n') + id);
    for (const QJsonValue& tag : o.value(QStringLiteral("tags")).toArray()) {
        QStringList parts;
        for (const QJsonValue& v : tag.toArray()) parts << v.toString();
        m_tags->addItem(parts.join(QStringLiteral(", ")));
    }
}

} // namespace roost::ui
