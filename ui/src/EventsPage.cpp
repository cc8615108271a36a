#include "EventsPage.h"

#include "EventsModel.h"
#include "roost/Relay.h"
#include "roost/Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace roost::ui {

namespace {

QStringList splitList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) out << part;
    return out;
}

} // namespace

EventsPage::EventsPage(Relay& relay, Settings& settings, QWidget* parent)
    : QWidget(parent), m_relay(relay), m_settings(settings), m_model(new EventsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_kinds(new QLineEdit(this)), m_authors(new QLineEdit(this)),
      m_ids(new QLineEdit(this)), m_period(new QComboBox(this)), m_limit(new QSpinBox(this)),
      m_textFilter(new QLineEdit(this)), m_search(new QPushButton(tr("&Search"), this)),
      m_older(new QPushButton(tr("Load &older"), this)), m_delete(new QPushButton(tr("&Delete"), this)),
      m_ban(new QPushButton(tr("&Ban event"), this)), m_banAuthor(new QPushButton(tr("Ban &author"), this)),
      m_copy(new QPushButton(tr("Copy &JSON"), this)), m_view(new QTableView(this)), m_detail(new QPlainTextEdit(this)),
      m_status(new QLabel(this)) {
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Roost"), question) == QMessageBox::Yes;
    };
    m_kinds->setObjectName(QStringLiteral("kinds"));
    m_authors->setObjectName(QStringLiteral("authors"));
    m_ids->setObjectName(QStringLiteral("ids"));
    m_kinds->setPlaceholderText(tr("e.g. 1, 7"));
    m_kinds->setToolTip(tr("Only events of these kinds (numbers, comma-separated). Empty: every kind."));
    m_authors->setPlaceholderText(tr("hex public keys"));
    m_authors->setToolTip(tr("Only events by these authors (64 hex characters each, comma-separated)."));
    m_ids->setPlaceholderText(tr("hex event ids"));
    m_ids->setToolTip(tr("Only these events (64 hex characters each, comma-separated)."));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last hour"), 3600);
    m_period->addItem(tr("Last day"), 86400);
    m_period->addItem(tr("Last week"), 7 * 86400);
    m_period->addItem(tr("Last 30 days"), 30 * 86400);
    m_period->setToolTip(tr("Only events created in this period."));
    m_limit->setRange(10, 5000);
    m_limit->setValue(200);
    m_limit->setSingleStep(50);
    m_limit->setToolTip(tr("Events per page (newest first)."));
    m_textFilter->setPlaceholderText(tr("Filter shown events by text"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setToolTip(tr("Show only loaded events whose author or content contains this text."));
    m_search->setDefault(true);
    m_search->setToolTip(tr("Run the filter on the store and count the matches (Enter)."));
    m_older->setToolTip(tr("Load the next page: events older than the oldest shown."));
    m_delete->setToolTip(tr("Delete the selected events from the store (they may be published again)."));
    m_ban->setToolTip(tr("Delete the selected events and refuse them from now on (NIP-86 banevent)."));
    m_banAuthor->setToolTip(tr("Refuse all events from the selected events' authors from now on (saved in the config file)."));
    m_copy->setToolTip(tr("Copy the selected events as JSON lines."));
    for (QLineEdit* e : {m_kinds, m_authors, m_ids}) connect(e, &QLineEdit::returnPressed, this, &EventsPage::search);
    connect(m_search, &QPushButton::clicked, this, &EventsPage::search);
    connect(m_older, &QPushButton::clicked, this, &EventsPage::loadOlder);
    connect(m_delete, &QPushButton::clicked, this, &EventsPage::deleteSelected);
    connect(m_ban, &QPushButton::clicked, this, &EventsPage::banSelected);
    connect(m_banAuthor, &QPushButton::clicked, this, &EventsPage::banAuthors);
    connect(m_copy, &QPushButton::clicked, this, &EventsPage::copyJson);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(EventsModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_textFilter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventsModel::CreatedAt, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(EventsModel::Content, QHeaderView::Stretch);
    m_view->setToolTip(tr("Events in the store. Select one to see its JSON."));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detail->setFont(QFont(QStringLiteral("monospace")));
    m_detail->setPlaceholderText(tr("Select an event to see its JSON."));
    m_detail->setToolTip(tr("The selected event as stored (NIP-01 JSON)."));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventsPage::showSelection);

    auto* form = new QHBoxLayout;
    auto* left = new QFormLayout;
    left->addRow(tr("&Kinds"), m_kinds);
    left->addRow(tr("A&uthors"), m_authors);
    left->addRow(tr("&Ids"), m_ids);
    auto* right = new QFormLayout;
    right->addRow(tr("&Period"), m_period);
    right->addRow(tr("Page si&ze"), m_limit);
    right->addRow(QString(), m_search);
    form->addLayout(left, 3);
    form->addLayout(right, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_textFilter, 1);
    for (QPushButton* b : {m_older, m_copy, m_delete, m_ban, m_banAuthor}) actions->addWidget(b);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    showSelection();
    m_older->setEnabled(false);
}

QByteArray EventsPage::filterJson() const {
    QJsonObject f;
    QJsonArray kinds;
    for (const QString& k : splitList(m_kinds->text())) kinds.append(k.toInt());
    if (!kinds.isEmpty()) f.insert(QStringLiteral("kinds"), kinds);
    const QStringList authors = splitList(m_authors->text().toLower());
    if (!authors.isEmpty()) f.insert(QStringLiteral("authors"), QJsonArray::fromStringList(authors));
    const QStringList ids = splitList(m_ids->text().toLower());
    if (!ids.isEmpty()) f.insert(QStringLiteral("ids"), QJsonArray::fromStringList(ids));
    if (const int seconds = m_period->currentData().toInt(); seconds > 0)
        f.insert(QStringLiteral("since"), QDateTime::currentSecsSinceEpoch() - seconds);
    if (m_until >= 0) f.insert(QStringLiteral("until"), m_until);
    return QJsonDocument(f).toJson(QJsonDocument::Compact);
}

void EventsPage::setBusy(bool busy) {
    m_search->setEnabled(!busy);
    m_older->setEnabled(!busy && m_model->rowCount() > 0);
    if (busy) m_status->setText(tr("Working…"));
}

void EventsPage::report(const QString& text, const QString& error) {
    m_status->setText(error.isEmpty() ? text : tr("Error: %1").arg(error));
    emit finished(error);
}

void EventsPage::search() {
    m_until = -1;
    const QByteArray filter = filterJson();
    setBusy(true);
    QPointer<EventsPage> self(this);
    m_relay.queryEvents(filter, m_limit->value(), [self, filter](QList<QByteArray> events, QString error) {
        if (!self) return;
        self->m_model->setEvents(events);
        self->setBusy(false);
        if (!error.isEmpty()) return self->report({}, error);
        // The count comes second, so `finished` means the table and the total are both shown.
        self->m_relay.countEvents(filter, [self](quint64 count, QString countError) {
            if (!self) return;
            self->report(tr("%1 of %2 matching events shown").arg(self->m_model->rowCount()).arg(count), countError);
        });
    });
}

void EventsPage::loadOlder() {
    const qint64 oldest = m_model->oldestCreatedAt();
    if (oldest < 0) return;
    m_until = oldest; // events of that same second may be shown already: appendEvents skips them
    const QByteArray filter = filterJson();
    setBusy(true);
    QPointer<EventsPage> self(this);
    m_relay.queryEvents(filter, m_limit->value(), [self](QList<QByteArray> events, QString error) {
        if (!self) return;
        const int added = self->m_model->appendEvents(events);
        self->setBusy(false);
        self->report(tr("%n more event(s) loaded", nullptr, added), error);
    });
}

QStringList EventsPage::selectedIds() const {
    QStringList ids;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows()) ids << i.data(EventsModel::IdRole).toString();
    return ids;
}

QStringList EventsPage::selectedAuthors() const {
    QStringList authors;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        if (const QString a = i.data(EventsModel::PubkeyRole).toString(); !authors.contains(a)) authors << a;
    return authors;
}

void EventsPage::selectIds(const QStringList& ids) {
    m_view->clearSelection();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex i = m_proxy->index(row, 0);
        if (ids.contains(i.data(EventsModel::IdRole).toString()))
            m_view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void EventsPage::showSelection() {
    const auto rows = m_view->selectionModel()->selectedRows();
    for (QPushButton* b : {m_delete, m_ban, m_banAuthor, m_copy}) b->setEnabled(!rows.isEmpty());
    if (rows.size() != 1) {
        m_detail->setPlainText(rows.isEmpty() ? QString() : tr("%n events selected", nullptr, int(rows.size())));
        return;
    }
    const QByteArray json = rows[0].data(EventsModel::JsonRole).toByteArray();
    m_detail->setPlainText(QString::fromUtf8(QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented)));
}

void EventsPage::deleteSelected() {
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_confirm(tr("Delete %n event(s) from the store?", nullptr, int(ids.size())))) return;
    const QByteArray filter = QJsonDocument(QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}})
                                  .toJson(QJsonDocument::Compact);
    QPointer<EventsPage> self(this);
    m_relay.deleteEvents(filter, [self, ids](quint64 deleted, QString error) {
        if (!self) return;
        if (error.isEmpty()) self->m_model->removeIds(ids);
        qInfo("Deleted %llu event(s)", static_cast<unsigned long long>(deleted));
        self->report(tr("%n event(s) deleted", nullptr, int(deleted)), error);
    });
}

void EventsPage::banSelected() {
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_confirm(tr("Delete %n event(s) and refuse them from now on?", nullptr, int(ids.size())))) return;
    QPointer<EventsPage> self(this);
    auto remaining = std::make_shared<int>(int(ids.size()));
    auto firstError = std::make_shared<QString>();
    for (const QString& id : ids) {
        m_relay.banEvent(id, tr("banned in the Roost window"), [self, id, ids, remaining, firstError](bool, QString error) {
            if (!error.isEmpty() && firstError->isEmpty()) *firstError = error;
            if (--*remaining > 0 || !self) return;
            if (firstError->isEmpty()) self->m_model->removeIds(ids);
            qInfo("Banned %d event(s)", int(ids.size()));
            self->report(tr("%n event(s) banned", nullptr, int(ids.size())), *firstError);
        });
    }
}

void EventsPage::banAuthors() {
    const QStringList authors = selectedAuthors();
    if (authors.isEmpty() || !m_confirm(tr("Refuse every event from %n author(s) from now on?", nullptr, int(authors.size()))))
        return;
    QStringList banned = m_settings.value(QStringLiteral("access/banned_pubkeys")).toStringList();
    for (const QString& a : authors)
        if (!banned.contains(a)) banned << a;
    QString error;
    m_settings.setValue(QStringLiteral("access/banned_pubkeys"), banned, &error);
    report(tr("%n author(s) banned", nullptr, int(authors.size())), error);
}

void EventsPage::copyJson() {
    QStringList lines;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        lines << QString::fromUtf8(i.data(EventsModel::JsonRole).toByteArray());
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    m_status->setText(tr("%n event(s) copied", nullptr, int(lines.size())));
}

} // namespace roost::ui
