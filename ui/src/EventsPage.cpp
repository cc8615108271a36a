#include "EventsPage.h"

#include "ConfirmDialog.h"
#include "EventDetailWidget.h"
#include "EventsFilterForm.h"
#include "EventsModel.h"
#include "ReportsWidget.h"
#include "roost/Relay.h"
#include "roost/Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <utility>

namespace roost::ui {

namespace {

QByteArray filterOf(const QString& field, const QStringList& values) {
    return QJsonDocument(QJsonObject{{field, QJsonArray::fromStringList(values)}}).toJson(QJsonDocument::Compact);
}

} // namespace

EventsPage::EventsPage(Relay& relay, Settings& settings, QWidget* parent)
    : QWidget(parent), m_relay(relay), m_settings(settings), m_model(new EventsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_form(new EventsFilterForm(this)), m_textFilter(new QLineEdit(this)),
      m_older(new QPushButton(tr("Load &older"), this)), m_delete(new QPushButton(tr("&Delete"), this)),
      m_ban(new QPushButton(tr("&Ban event"), this)), m_banAuthor(new QPushButton(tr("Ban &author"), this)),
      m_copy(new QPushButton(tr("Copy &JSON"), this)), m_export(new QPushButton(tr("E&xport…"), this)),
      m_deleteMatching(new QPushButton(tr("Delete &matching…"), this)), m_view(new QTableView(this)),
      m_detail(new EventDetailWidget(this)), m_status(new QLabel(this)) {
    m_confirm = [this](const QString& question, const QString& checkText) {
        return ConfirmDialog::ask(this, question, checkText);
    };
    m_chooseFile = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export events"), QDir::homePath() + QStringLiteral("/events.jsonl"),
                                            tr("JSON lines (*.jsonl);;All files (*)"));
    };
    m_textFilter->setPlaceholderText(tr("Filter shown events by text"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setToolTip(tr("Show only loaded events whose author or content contains this text."));
    m_form->searchButton()->setDefault(true);
    m_older->setToolTip(tr("Load the next page: events older than the oldest shown."));
    m_delete->setToolTip(tr("Delete the selected events from the store (they may be published again)."));
    m_ban->setToolTip(tr("Delete the selected events and refuse them from now on (NIP-86 banevent)."));
    m_banAuthor->setToolTip(tr("Refuse all events from the selected events' authors from now on (saved in the config "
                               "file) and delete their stored events."));
    m_copy->setToolTip(tr("Copy the selected events as JSON lines."));
    m_export->setToolTip(tr("Save the selected events to a file, one JSON event per line (JSONL)."));
    m_deleteMatching->setToolTip(tr("Count every stored event matching the filter above, then delete them all "
                                    "after you confirm the number."));
    connect(m_form, &EventsFilterForm::searchRequested, this, &EventsPage::search);
    connect(m_older, &QPushButton::clicked, this, &EventsPage::loadOlder);
    connect(m_delete, &QPushButton::clicked, this, &EventsPage::deleteSelected);
    connect(m_ban, &QPushButton::clicked, this, &EventsPage::banSelected);
    connect(m_banAuthor, &QPushButton::clicked, this, &EventsPage::banAuthors);
    connect(m_copy, &QPushButton::clicked, this, &EventsPage::copyJson);
    connect(m_export, &QPushButton::clicked, this, &EventsPage::exportSelected);
    connect(m_deleteMatching, &QPushButton::clicked, this, &EventsPage::deleteMatching);

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
    m_view->setToolTip(tr("Events in the store. Select one to see its fields and JSON."));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventsPage::showSelection);
    // A new result (model reset) drops the selection without selectionChanged: show that too.
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventsPage::showSelection);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EventsPage::showSelection);
    m_status->setObjectName(QStringLiteral("eventsStatus"));
    m_status->setWordWrap(true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_textFilter, 1);
    for (QPushButton* b : {m_older, m_copy, m_export, m_delete, m_ban, m_banAuthor, m_deleteMatching})
        actions->addWidget(b);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->addWidget(new ReportsWidget(relay, settings, this)); // the moderation queue (NIP-56)
    // The events table gets most of the height; the moderation queue a strip at the bottom
    // that the person can drag open.
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    split->setSizes({500, 200, 100});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(actions);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    setTabOrder(m_form, m_textFilter);
    showSelection();
    m_older->setEnabled(false);
}

QByteArray EventsPage::filterJson() const { return m_form->filterJson(m_until); }

QByteArray EventsPage::formFilter(qint64 until) {
    QString error;
    const QByteArray filter = m_form->filterJson(until, &error);
    if (filter.isEmpty()) {
        // The results of the previous filter would read as this one's: clear them.
        m_model->setEvents({});
        m_total = 0;
        m_morePages = false;
        m_until = -1;
        m_older->setEnabled(false);
        report({}, error);
    }
    return filter;
}

void EventsPage::setBusy(bool busy) {
    m_form->searchButton()->setEnabled(!busy);
    m_deleteMatching->setEnabled(!busy);
    m_older->setEnabled(!busy && m_morePages && m_model->rowCount() > 0);
    if (busy) showStatus(tr("Working…"), false);
}

void EventsPage::showStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b; font-weight: 600;") : QString());
}

QString EventsPage::statusText() const { return m_status->text(); }

QString EventsPage::shownText() const {
    return tr("%1 of %2 matching events shown").arg(m_model->rowCount()).arg(m_total);
}

void EventsPage::report(const QString& text, const QString& error) {
    showStatus(error.isEmpty() ? text : tr("Error: %1").arg(error), !error.isEmpty());
    emit finished(error);
}

void EventsPage::search() {
    m_until = -1;
    m_view->clearSelection();
    showSelection();
    const QByteArray filter = formFilter(-1);
    if (filter.isEmpty()) return;
    setBusy(true);
    QPointer<EventsPage> self(this);
    const int pageSize = m_form->pageSize();
    m_relay.queryEvents(filter, pageSize, [self, filter, pageSize](QList<QByteArray> events, QString error) {
        if (!self) return;
        self->m_model->setEvents(events);
        self->m_morePages = false;
        self->m_total = quint64(self->m_model->rowCount());
        self->setBusy(false);
        if (!error.isEmpty()) return self->report({}, error);
        // The count comes second, so `finished` means the table and the total are both shown.
        self->m_relay.countEvents(filter, [self, full = events.size() >= pageSize](quint64 count, QString countError) {
            if (!self) return;
            self->m_total = count;
            self->m_morePages = full && count > quint64(self->m_model->rowCount());
            self->setBusy(false);
            const QString note = std::exchange(self->m_note, QString());
            const QString shown = self->shownText();
            self->report(note.isEmpty() ? shown : note + QLatin1Char(' ') + shown, countError);
        });
    });
}

void EventsPage::loadOlder() {
    const qint64 oldest = m_model->oldestCreatedAt();
    if (oldest < 0 || !m_morePages) return;
    const QByteArray filter = formFilter(oldest); // events of that same second may be shown already: appendEvents skips them
    if (filter.isEmpty()) return;
    m_until = oldest;
    setBusy(true);
    QPointer<EventsPage> self(this);
    const int pageSize = m_form->pageSize();
    m_relay.queryEvents(filter, pageSize, [self, pageSize](QList<QByteArray> events, QString error) {
        if (!self) return;
        const int added = self->m_model->appendEvents(events);
        // The last page: fewer than a page came back, nothing new came, or all are shown.
        self->m_morePages = error.isEmpty() && events.size() >= pageSize && added > 0 &&
                            quint64(self->m_model->rowCount()) < self->m_total;
        self->setBusy(false);
        self->report(self->shownText(), error);
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

QList<QByteArray> EventsPage::selectedJson() const {
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<QByteArray> out;
    for (const QModelIndex& i : rows) out << i.data(EventsModel::JsonRole).toByteArray();
    return out;
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
    for (QPushButton* b : {m_delete, m_ban, m_banAuthor, m_copy, m_export}) b->setEnabled(!rows.isEmpty());
    if (rows.size() == 1) return m_detail->setEvent(rows[0].data(EventsModel::JsonRole).toByteArray());
    m_detail->showMessage(rows.isEmpty() ? QString() : tr("%n events selected", nullptr, int(rows.size())));
}

void EventsPage::deleteSelected() {
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_confirm(tr("Delete %n event(s) from the store?", nullptr, int(ids.size())), {})) return;
    QPointer<EventsPage> self(this);
    m_relay.deleteEvents(filterOf(QStringLiteral("ids"), ids), [self, ids](quint64 deleted, QString error) {
        if (!self) return;
        if (error.isEmpty()) self->m_model->removeIds(ids);
        qInfo("Deleted %llu event(s)", static_cast<unsigned long long>(deleted));
        self->report(tr("%n event(s) deleted", nullptr, int(deleted)), error);
    });
}

void EventsPage::banSelected() {
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_confirm(tr("Delete %n event(s) and refuse them from now on?", nullptr, int(ids.size())), {})) return;
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
    if (authors.isEmpty() ||
        !m_confirm(tr("Refuse every event from %n author(s) from now on and delete their stored events?", nullptr,
                      int(authors.size())),
                   {}))
        return;
    QStringList banned = m_settings.value(QStringLiteral("access/banned_pubkeys")).toStringList();
    for (const QString& a : authors)
        if (!banned.contains(a)) banned << a;
    QString error;
    // Blocked first, so nothing new from them is accepted between the delete and the ban.
    if (!m_settings.setValue(QStringLiteral("access/banned_pubkeys"), banned, &error)) return report({}, error);
    QPointer<EventsPage> self(this);
    m_relay.deleteEvents(filterOf(QStringLiteral("authors"), authors), [self, authors](quint64 deleted, QString error) {
        if (!self) return;
        if (error.isEmpty()) self->m_model->removeAuthors(authors);
        qInfo("Banned %d author(s), deleted %llu event(s)", int(authors.size()), static_cast<unsigned long long>(deleted));
        self->report(tr("%n author(s) banned", nullptr, int(authors.size())) + QStringLiteral(", ") +
                         tr("%n event(s) deleted", nullptr, int(deleted)),
                     error);
    });
}

void EventsPage::copyJson() {
    const QList<QByteArray> lines = selectedJson();
    QApplication::clipboard()->setText(QString::fromUtf8(lines.join('\n')));
    showStatus(tr("%n event(s) copied", nullptr, int(lines.size())), false);
}

void EventsPage::exportSelected() {
    const QList<QByteArray> lines = selectedJson();
    if (lines.isEmpty()) return;
    const QString path = m_chooseFile();
    if (path.isEmpty()) return;
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    for (const QByteArray& line : lines) ok = ok && file.write(line + '\n') == line.size() + 1;
    ok = ok && file.commit();
    report(tr("%n event(s) exported to %1", nullptr, int(lines.size())).arg(QDir::toNativeSeparators(path)),
           ok ? QString() : file.errorString());
}

void EventsPage::deleteMatching() {
    const QByteArray filter = formFilter(-1);
    if (filter.isEmpty()) return;
    setBusy(true);
    QPointer<EventsPage> self(this);
    m_relay.countEvents(filter, [self, filter](quint64 count, QString error) {
        if (!self) return;
        self->setBusy(false);
        if (!error.isEmpty()) return self->report({}, error);
        if (count == 0) return self->report(tr("No event matches this filter."), {});
        QString question = tr("Delete %n event(s) matching this filter?", nullptr, int(count));
        QString checkText;
        if (filter == "{}") {
            question += QLatin1Char(' ') + tr("The filter is empty: this is every stored event.");
            checkText = tr("Yes, delete every stored event");
        }
        if (!self->m_confirm(question, checkText)) return self->report(tr("Nothing deleted."), {});
        self->setBusy(true);
        self->m_relay.deleteEvents(filter, [self](quint64 deleted, QString deleteError) {
            if (!self) return;
            qInfo("Deleted %llu event(s) matching a filter", static_cast<unsigned long long>(deleted));
            self->setBusy(false);
            if (!deleteError.isEmpty()) return self->report({}, deleteError);
            // Shows what is left; `finished` follows from it, with this sentence first.
            self->m_note = tr("%n event(s) deleted.", nullptr, int(deleted));
            self->search();
        });
    });
}

} // namespace roost::ui
