#include "DashboardPage.h"

#include "BackupPanel.h"
#include "ConnectionsModel.h"
#include "KindsModel.h"
#include "roost/Relay.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace roost::ui {

namespace {

// An axis maximum above `value` (at least `floor`) that 4 intervals of a 1-2-5 step divide:
// the 5 tick labels are then whole numbers.
double niceCeiling(double value, double floor) {
    const double rawStep = std::max(value * 1.1, floor) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude >= rawStep) return 4 * step * magnitude;
    return 40 * magnitude;
}

} // namespace

DashboardPage::DashboardPage(Relay& relay, QWidget* parent) : QWidget(parent), m_kinds(new KindsModel(this)) {
    auto* counters = new QGridLayout;
    counters->setHorizontalSpacing(12);
    counters->setVerticalSpacing(8);
    m_connectionsValue = addCounter(counters, 0, tr("Connections"), tr("Open WebSocket connections right now."));
    m_eventsValue = addCounter(counters, 1, tr("Events stored"), tr("Events in the store (recounted every 10 seconds)."));
    m_dbValue = addCounter(counters, 2, tr("Database size"), tr("Size of the database file and its write-ahead log."));
    m_uptimeValue = addCounter(counters, 3, tr("Uptime"), tr("Time since the relay was started."));
    m_messagesValue = addCounter(counters, 4, tr("Messages in / out"), tr("Client messages received and relay messages sent since start."));
    m_trafficValue = addCounter(counters, 5, tr("Traffic in / out"), tr("WebSocket bytes received and sent since start."));

    QWidget* connectionsView = nullptr;
    QWidget* messagesView = nullptr;
    QWidget* bytesView = nullptr;
    QWidget* syncView = nullptr;
    m_connections = makeChart(tr("Connections"), tr("open"), {}, tr("Open connections over the last 10 minutes."), connectionsView);
    m_messages = makeChart(tr("Messages per second"), tr("in"), tr("out"),
                           tr("Client messages received and relay messages sent per second."), messagesView);
    m_bytes = makeChart(tr("KiB per second"), tr("in"), tr("out"), tr("WebSocket kibibytes received and sent per second."), bytesView);
    m_sync = makeChart(tr("Sync KiB per second"), tr("from peers"), tr("to peers"),
                       tr("Kibibytes received from and sent to sync peers per second (the Sync page)."), syncView);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_kinds);
    proxy->setSortRole(KindsModel::SortRole);
    auto* kindsView = new QTableView(this);
    kindsView->setObjectName(QStringLiteral("kindsView"));
    kindsView->setModel(proxy);
    kindsView->setSortingEnabled(true);
    kindsView->sortByColumn(KindsModel::Events, Qt::DescendingOrder);
    kindsView->verticalHeader()->hide();
    kindsView->setAlternatingRowColors(true);
    kindsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    kindsView->setWordWrap(false);
    kindsView->verticalHeader()->setDefaultSectionSize(kindsView->fontMetrics().height() + 8);
    kindsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    kindsView->horizontalHeader()->setSectionResizeMode(KindsModel::Name, QHeaderView::Stretch);
    kindsView->setToolTip(tr("Stored events per kind (recounted every 10 seconds). Click a header to sort."));
    auto* kindsBox = new QVBoxLayout;
    auto* kindsTitle = new QLabel(tr("Events by kind"), this);
    kindsTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    kindsBox->addWidget(kindsTitle);
    kindsBox->addWidget(kindsView);

    auto* charts = new QGridLayout;
    charts->addWidget(connectionsView, 0, 0);
    charts->addWidget(messagesView, 1, 0);
    charts->addWidget(bytesView, 2, 0);
    charts->addLayout(kindsBox, 0, 1, 2, 1);
    charts->addWidget(syncView, 2, 1);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(counters);
    m_backup = new BackupPanel(relay, this);
    layout->addWidget(m_backup);
    layout->addLayout(charts, 1);

    connect(&relay, &Relay::snapshotTaken, this, &DashboardPage::showSnapshot);
    showSnapshot(relay.snapshot());
}

QLabel* DashboardPage::addCounter(QGridLayout* grid, int column, const QString& title, const QString& tip) {
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setToolTip(tip);
    auto* v = new QVBoxLayout(frame);
    v->setContentsMargins(10, 6, 10, 6);
    auto* caption = new QLabel(title, frame);
    caption->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* value = new QLabel(QStringLiteral("–"), frame);
    value->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    // A longer value ("1.2 GiB / 3.4 GiB") must not widen the window: the card ignores its
    // text's width (the grid shares the page's width) and the full text is in the tooltip.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->setMinimumWidth(40);
    caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    v->addWidget(caption);
    v->addWidget(value);
    // Two rows of three: each card is wide enough for "4,143 / 10,234" or "3.9 MiB / 120.5 MiB".
    grid->addWidget(frame, column / 3, column % 3);
    grid->setColumnStretch(column % 3, 1);
    return value;
}

DashboardPage::Chart DashboardPage::makeChart(const QString& title, const QString& nameA, const QString& nameB,
                                              const QString& tip, QWidget*& view) {
    Chart c;
    c.chart = new QChart;
    c.chart->setTitle(title);
    c.chart->setMargins(QMargins(4, 4, 4, 4));
    c.chart->legend()->setAlignment(Qt::AlignRight);
    c.chart->legend()->setVisible(!nameB.isEmpty());
    c.x = new QValueAxis;
    c.x->setRange(-m_history.windowSeconds() / 60.0, 0);
    c.x->setTickCount(6);
    c.x->setLabelFormat(QStringLiteral("%.0f"));
    c.x->setTitleText(tr("minutes"));
    c.y = new QValueAxis;
    // Whole-number ticks from the start (a 0..1 range with 5 ticks would read "0 0 1 1 1").
    c.y->setRange(0, niceCeiling(0, 4));
    c.y->setTickCount(5);
    c.y->setLabelFormat(QStringLiteral("%.0f"));
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    c.a = new QLineSeries;
    c.a->setName(nameA);
    c.a->setColor(QColor(0x5b, 0x3f, 0xa8));
    c.chart->addSeries(c.a);
    c.a->attachAxis(c.x);
    c.a->attachAxis(c.y);
    if (!nameB.isEmpty()) {
        c.b = new QLineSeries;
        c.b->setName(nameB);
        c.b->setColor(QColor(0x2f, 0xb8, 0x6b));
        c.chart->addSeries(c.b);
        c.b->attachAxis(c.x);
        c.b->attachAxis(c.y);
    }
    auto* chartView = new QChartView(c.chart, this);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(150);
    chartView->setToolTip(tip);
    view = chartView;
    return c;
}

void DashboardPage::updateChart(Chart& c, TrafficHistory::Series a, TrafficHistory::Series b, bool hasB, qint64 nowMs,
                                double scale) {
    auto scaled = [scale](QList<QPointF> points) {
        for (QPointF& p : points) p = QPointF(p.x() / 60.0, p.y() / scale);
        return points;
    };
    c.a->replace(scaled(m_history.series(a, nowMs)));
    double top = m_history.maximum(a);
    if (hasB && c.b) {
        c.b->replace(scaled(m_history.series(b, nowMs)));
        top = std::max(top, m_history.maximum(b));
    }
    c.y->setRange(0, niceCeiling(top / scale, 4));
    c.y->setTickCount(5);
}

QString DashboardPage::formatUptime(qint64 seconds) {
    const qint64 days = seconds / 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
                              .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? tr("%n d", nullptr, int(days)) + QLatin1Char(' ') + clock : clock;
}

void DashboardPage::showSnapshot(const RelaySnapshot& s) {
    const QLocale locale;
    if (!s.running) {
        for (QLabel* l : {m_connectionsValue, m_eventsValue, m_dbValue, m_uptimeValue, m_messagesValue, m_trafficValue})
            l->setText(QStringLiteral("–"));
        m_uptimeValue->setText(tr("stopped"));
        return;
    }
    m_history.add(s);
    m_connectionsValue->setText(locale.toString(s.connections));
    m_eventsValue->setText(locale.toString(s.eventsStored));
    m_dbValue->setText(ConnectionsModel::formatBytes(s.dbSizeBytes));
    m_uptimeValue->setText(formatUptime(s.uptimeSeconds));
    m_messagesValue->setText(locale.toString(s.messagesIn) + QLatin1String(" / ") + locale.toString(s.messagesOut));
    m_trafficValue->setText(ConnectionsModel::formatBytes(s.bytesIn) + QLatin1String(" / ") +
                            ConnectionsModel::formatBytes(s.bytesOut));
    for (QLabel* l : {m_connectionsValue, m_eventsValue, m_dbValue, m_uptimeValue, m_messagesValue, m_trafficValue})
        l->setToolTip(l->parentWidget()->toolTip() + QLatin1Char('\n') + l->text());
    m_kinds->setKinds(s.kinds);
    using S = TrafficHistory::Series;
    updateChart(m_connections, S::Connections, S::Connections, false, s.takenAtMs);
    updateChart(m_messages, S::MessagesIn, S::MessagesOut, true, s.takenAtMs);
    updateChart(m_bytes, S::BytesIn, S::BytesOut, true, s.takenAtMs, 1024.0);
    updateChart(m_sync, S::SyncBytesIn, S::SyncBytesOut, true, s.takenAtMs, 1024.0);
}

} // namespace roost::ui
