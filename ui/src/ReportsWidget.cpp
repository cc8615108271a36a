#include "ReportsWidget.h"

#include "roost/Nip19.h"
#include "roost/Settings.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace roost::ui {

namespace {
constexpr int kQueueShown = 500;
enum Column { Reported, Type, Count, Reporters, Last, ColumnCount };
} // namespace

ReportsWidget::ReportsWidget(Relay& relay, Settings& settings, QWidget* parent)
    : QWidget(parent), m_relay(relay), m_settings(settings), m_table(new QTableWidget(0, ColumnCount, this)),
      m_status(new QLabel(this)), m_refresh(new QPushButton(tr("Refresh"), this)),
      m_approve(new QPushButton(tr("Approve"), this)),
      m_banEvent(new QPushButton(tr("Ban event"), this)), m_banAuthor(new QPushButton(tr("Ban author"), this)),
      m_dismiss(new QPushButton(tr("Dismiss"), this)) {
    m_table->setHorizontalHeaderLabels({tr("Reported"), tr("Type"), tr("Reports"), tr("Reported by"), tr("Last report")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Reporters, QHeaderView::Stretch);
    m_table->setToolTip(tr("NIP-56 reports (kind 1984) about events and keys on this relay, most reported first."));
    m_approve->setToolTip(tr("Publish the selected events held for review: they are stored and sent to subscribers."));
    m_banEvent->setToolTip(tr("Delete the reported events and refuse them from now on."));
    m_banAuthor->setToolTip(tr("Refuse every event of the reported key, or of the reported event's author."));
    m_dismiss->setToolTip(tr("Remove these reports from the queue; nothing else changes."));
    connect(m_refresh, &QPushButton::clicked, this, &ReportsWidget::refresh);
    connect(m_approve, &QPushButton::clicked, this, &ReportsWidget::approveSelected);
    connect(m_banEvent, &QPushButton::clicked, this, &ReportsWidget::banSelectedEvents);
    connect(m_banAuthor, &QPushButton::clicked, this, &ReportsWidget::banSelectedAuthors);
    connect(m_dismiss, &QPushButton::clicked, this, &ReportsWidget::dismissSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReportsWidget::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("<b>Reports</b>"), this));
    buttons->addWidget(m_status, 1);
    for (QPushButton* b : {m_refresh, m_approve, m_banEvent, m_banAuthor, m_dismiss}) buttons->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    updateButtons();
}

void ReportsWidget::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void ReportsWidget::refresh() {
    QPointer<ReportsWidget> self(this);
    m_relay.listReports(kQueueShown, [self](QList<ReportInfo> reports, QString error) {
        if (!self) return;
        if (!error.isEmpty()) {
            self->m_status->setText(error);
            emit self->refreshed(error);
            return;
        }
        self->m_reports = reports;
        QTableWidget* t = self->m_table;
        t->clearSelection();
        t->setRowCount(int(reports.size()));
        for (int row = 0; row < reports.size(); ++row) {
            const ReportInfo& r = reports.at(row);
            auto* target = new QTableWidgetItem(r.isEvent ? nip19::noteFromHex(r.target) : nip19::npubFromHex(r.target));
            target->setToolTip((r.isEvent ? tr("event %1") : tr("public key %1")).arg(r.target));
            t->setItem(row, Reported, target);
            t->setItem(row, Type, new QTableWidgetItem(r.reportType));
            auto* count = new QTableWidgetItem(QString::number(r.count));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            t->setItem(row, Count, count);
            QStringList who;
            for (const QString& k : r.reporters) who << nip19::npubFromHex(k).left(16) + QStringLiteral("…");
            auto* reporters = new QTableWidgetItem(who.join(QStringLiteral(", ")));
            reporters->setToolTip(r.reporters.join(QLatin1Char('\n')));
            t->setItem(row, Reporters, reporters);
            t->setItem(row, Last, new QTableWidgetItem(QLocale().toString(QDateTime::fromSecsSinceEpoch(r.lastAt), QLocale::ShortFormat)));
        }
        self->m_status->setText(reports.isEmpty() ? tr("no reports") : tr("%n report(s) waiting", nullptr, int(reports.size())));
        self->updateButtons();
        emit self->refreshed({});
    });
}

QList<ReportInfo> ReportsWidget::selected() const {
    QList<ReportInfo> out;
    QSet<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows()) rows.insert(i.row());
    for (int row = 0; row < m_reports.size(); ++row)
        if (rows.contains(row)) out << m_reports.at(row);
    return out;
}

void ReportsWidget::updateButtons() {
    const QList<ReportInfo> rows = selected();
    bool anyEvent = false, anyHeld = false;
    for (const ReportInfo& r : rows) {
        anyEvent = anyEvent || r.isEvent;
        anyHeld = anyHeld || r.held;
    }
    m_approve->setEnabled(anyHeld);
    m_banEvent->setEnabled(anyEvent);
    m_banAuthor->setEnabled(!rows.isEmpty());
    m_dismiss->setEnabled(!rows.isEmpty());
}

void ReportsWidget::dismiss(const QStringList& targets, const QString& done) {
    QPointer<ReportsWidget> self(this);
    auto remaining = std::make_shared<int>(int(targets.size()));
    if (targets.isEmpty()) return refresh();
    QSet<QString> held;
    for (const ReportInfo& r : m_reports)
        if (r.held) held.insert(r.target);
    for (const QString& target : targets) {
        if (held.contains(target)) {
            // A held event leaves the queue by being dropped (it was never published).
            m_relay.rejectHeld(target, [self, remaining, done](bool, QString error) {
                if (!self) return;
                if (!error.isEmpty()) self->m_status->setText(error);
                if (--*remaining == 0) {
                    self->refresh();
                    if (error.isEmpty()) self->m_status->setText(done);
                }
            });
            continue;
        }
        m_relay.dismissReports(target, [self, remaining, done](quint64, QString error) {
            if (!self) return;
            if (!error.isEmpty()) self->m_status->setText(error);
            if (--*remaining == 0) {
                self->refresh();
                if (error.isEmpty()) self->m_status->setText(done);
            }
        });
    }
}

void ReportsWidget::banSelectedEvents() {
    QStringList ids;
    QSet<QString> held;
    for (const ReportInfo& r : selected()) {
        if (r.isEvent && !ids.contains(r.target)) ids << r.target;
        if (r.held) held.insert(r.target);
    }
    QPointer<ReportsWidget> self(this);
    auto remaining = std::make_shared<int>(int(ids.size()));
    for (const QString& id : ids) {
        const bool isHeld = held.contains(id);
        m_relay.banEvent(id, tr("reported, banned in the Roost window"), [self, remaining, id, isHeld](bool, QString error) {
            if (!self) return;
            if (!error.isEmpty()) self->m_status->setText(error);
            auto next = [self, remaining] {
                if (self && --*remaining == 0) self->refresh();
            };
            if (!isHeld) return next();
            self->m_relay.rejectHeld(id, [next](bool, QString) { next(); });
        });
    }
}

void ReportsWidget::approveSelected() {
    QStringList ids;
    for (const ReportInfo& r : selected())
        if (r.held && !ids.contains(r.target)) ids << r.target;
    if (ids.isEmpty()) return;
    QPointer<ReportsWidget> self(this);
    auto remaining = std::make_shared<int>(int(ids.size()));
    auto published = std::make_shared<int>(0);
    for (const QString& id : ids) {
        m_relay.approveHeld(id, [self, remaining, published](bool ok, QString error) {
            if (!self) return;
            if (ok) ++*published;
            if (!error.isEmpty()) self->m_status->setText(error);
            if (--*remaining == 0) {
                self->refresh();
                if (error.isEmpty()) self->m_status->setText(tr("%n event(s) published", nullptr, *published));
            }
        });
    }
}

void ReportsWidget::banSelectedAuthors() {
    const QList<ReportInfo> rows = selected();
    QStringList keys, events;
    for (const ReportInfo& r : rows) {
        if (r.held) keys << r.reporters.value(0); // the held event's author
        else (r.isEvent ? events : keys) << r.target;
    }
    QPointer<ReportsWidget> self(this);
    // The reported events' authors come from the store; then one settings change bans them all.
    auto ban = [self, rows](QStringList authors) {
        if (!self) return;
        QStringList banned = self->m_settings.value(QStringLiteral("access/banned_pubkeys")).toStringList();
        for (const QString& a : authors)
            if (!banned.contains(a)) banned << a;
        QString error;
        if (!self->m_settings.setValue(QStringLiteral("access/banned_pubkeys"), banned, &error)) {
            self->m_status->setText(error);
            return;
        }
        QStringList targets;
        for (const ReportInfo& r : rows) targets << r.target;
        targets << authors;
        targets.removeDuplicates();
        self->dismiss(targets, tr("%n author(s) banned", nullptr, int(authors.size())));
    };
    if (events.isEmpty()) return ban(keys);
    const QByteArray filter = QJsonDocument(QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(events)}}).toJson(QJsonDocument::Compact);
    m_relay.queryEvents(filter, int(events.size()), [ban, keys](QList<QByteArray> found, QString) mutable {
        QStringList authors = keys;
        for (const QByteArray& json : found) {
            const QString pubkey = QJsonDocument::fromJson(json).object().value(QStringLiteral("pubkey")).toString();
            if (!pubkey.isEmpty()) authors << pubkey;
        }
        authors.removeDuplicates();
        ban(authors);
    });
}

void ReportsWidget::dismissSelected() {
    QStringList targets;
    for (const ReportInfo& r : selected()) targets << r.target;
    targets.removeDuplicates();
    dismiss(targets, tr("%n report(s) dismissed", nullptr, int(targets.size())));
}

} // namespace roost::ui
