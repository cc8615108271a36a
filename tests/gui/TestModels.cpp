// gui.Models: the Widgets-free item models and the Dashboard's history under
// QAbstractItemModelTester, fed with fake snapshots; the compiled-in translations.
#include "ConnectionsModel.h"
#include "KindsModel.h"
#include "PublicKeys.h"
#include "RelayUrls.h"
#include "LogModel.h"
#include "TrafficHistory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace roost;
using namespace roost::ui;

namespace {

ConnectionInfo conn(quint64 id, const QString& address, quint64 bytesIn = 0, QStringList keys = {}) {
    ConnectionInfo c;
    c.id = id;
    c.address = address;
    c.bytesIn = bytesIn;
    c.pubkeys = std::move(keys);
    c.accessLevel = c.pubkeys.isEmpty() ? 0 : 1;
    c.connectedSince = 1700000000 + qint64(id);
    return c;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT
private slots:
    void connectionsModelKeepsRowsAndDiffs() {
        ConnectionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConnections({conn(1, QStringLiteral("127.0.0.1")), conn(2, QStringLiteral("10.0.0.2"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ConnectionsModel::ColumnCount));
        QCOMPARE(model.index(1, ConnectionsModel::Address).data().toString(), QStringLiteral("10.0.0.2"));
        QCOMPARE(model.index(0, ConnectionsModel::Pubkey).data().toString(), QStringLiteral("not authenticated"));

        // Connection 1 closes, 2 authenticates and reads, 3 opens: 2 keeps its row, only changed rows signal.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QString key = QStringLiteral("ab").repeated(32);
        model.setConnections({conn(2, QStringLiteral("10.0.0.2"), 2048, {key}), conn(3, QStringLiteral("::1"))});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(ConnectionsModel::IdRole).toULongLong(), 2u);
        QCOMPARE(model.index(0, 0).data(ConnectionsModel::PubkeyRole).toString(), key);
        QCOMPARE(model.index(0, ConnectionsModel::Pubkey).data().toString(), PublicKeys::shortNpub(key));
        QVERIFY(model.index(0, ConnectionsModel::Pubkey).data().toString().startsWith(QLatin1String("npub1")));
        QCOMPARE(model.index(0, ConnectionsModel::Level).data().toString(), QStringLiteral("Authenticated"));
        QCOMPARE(model.index(0, ConnectionsModel::BytesIn).data(ConnectionsModel::SortRole).toULongLong(), 2048u);
        QCOMPARE(model.index(0, ConnectionsModel::BytesIn).data().toString(), QStringLiteral("2.0 KiB"));

        // The same list again: nothing signals.
        changed.clear();
        model.setConnections(model.connections());
        QCOMPARE(changed.size(), 0);
        model.setConnections({});
        QCOMPARE(model.rowCount(), 0);
    }

    void kindsModelSharesAndNames() {
        KindsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKinds({{0, 1}, {1, 3}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, KindsModel::Name).data().toString(), QStringLiteral("Short text note"));
        QCOMPARE(model.index(1, KindsModel::Share).data(KindsModel::SortRole).toDouble(), 75.0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setKinds({{0, 2}, {1, 2}});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, KindsModel::Share).data(KindsModel::SortRole).toDouble(), 50.0);
        model.setKinds({{30023, 5}});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.index(0, KindsModel::Name).data().toString(), QStringLiteral("Long-form article"));
        QCOMPARE(KindsModel::kindName(31234), QStringLiteral("Addressable event (kind 31234)"));
    }

    void lanUrls() {
        QCOMPARE(lanUrlOf(QStringLiteral("ws://127.0.0.1:4869")), QString()); // this computer only
        QCOMPARE(lanUrlOf(QString()), QString());                           // stopped
        QCOMPARE(lanUrlOf(QStringLiteral("ws://192.168.1.20:4869")), QStringLiteral("ws://192.168.1.20:4869"));
        const QString any = lanUrlOf(QStringLiteral("ws://0.0.0.0:4869")); // an address of this machine, or none
        QVERIFY2(any.isEmpty() || (any.startsWith(QLatin1String("ws://")) && any.endsWith(QLatin1String(":4869")) &&
                                   !any.contains(QLatin1String("0.0.0.0"))),
                 qPrintable(any));
    }

    void kindNamesOfCommonKinds() {
        // The kinds a person met unnamed in the window (issue 12): each has its own name.
        for (quint32 kind : {42u, 1063u, 1311u, 1985u, 5300u, 6300u, 9041u, 9321u, 9802u, 30023u, 30078u, 30311u}) {
            const QString name = KindsModel::kindName(kind);
            QVERIFY2(!name.isEmpty() && !name.contains(QLatin1String("(kind")), qPrintable(QString::number(kind) + name));
        }
        QCOMPARE(KindsModel::kindName(9802), QStringLiteral("Highlight"));
        QCOMPARE(KindsModel::kindName(30078), QStringLiteral("App data"));
        QCOMPARE(KindsModel::kindName(30311), QStringLiteral("Live event"));
        QCOMPARE(KindsModel::kindName(5999), QStringLiteral("Job request (kind 5999)"));
        QCOMPARE(KindsModel::kindName(10777), QStringLiteral("Replaceable event (kind 10777)"));
        QCOMPARE(KindsModel::kindName(20001), QStringLiteral("Ephemeral event (kind 20001)"));
        QCOMPARE(KindsModel::kindName(4242), QString());
    }

    void logModelFiltersAndCaps() {
        LogModel model(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        using S = LogModel::Severity;
        model.append({QDateTime::currentDateTime(), S::Debug, QStringLiteral("default"), QStringLiteral("d1")});
        model.append({QDateTime::currentDateTime(), S::Info, QStringLiteral("default"), QStringLiteral("i1")});
        model.append({QDateTime::currentDateTime(), S::Warning, QStringLiteral("default"), QStringLiteral("w1")});
        QCOMPARE(model.rowCount(), 2); // Info and up by default
        model.setMinimumSeverity(S::Debug);
        QCOMPARE(model.rowCount(), 3);
        model.append({QDateTime::currentDateTime(), S::Critical, QStringLiteral("default"), QStringLiteral("c1")});
        QCOMPARE(model.rowCount(), 3); // capacity 3: d1 dropped
        QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("i1"));
        model.setMinimumSeverity(S::Warning);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, LogModel::Level).data().toString(), QStringLiteral("Error"));
    }

    void logModelCapturesQtMessages() {
        LogModel model;
        LogModel::installMessageHandler(&model);
        qInfo("hello from the test");
        qWarning("a warning");
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("hello from the test"));
        QCOMPARE(model.index(1, LogModel::Message).data(LogModel::SeverityRole).toInt(), int(LogModel::Severity::Warning));
        LogModel::installMessageHandler(nullptr);
        qInfo("not captured");
        QTest::qWait(0);
        QCOMPARE(model.rowCount(), 2);
    }

    void trafficHistoryRatesAndWindow() {
        TrafficHistory h(10);
        RelaySnapshot s;
        s.running = true;
        s.takenAtMs = 1'000'000;
        s.connections = 2;
        s.messagesIn = 100;
        s.bytesOut = 1000;
        h.add(s);
        s.takenAtMs += 500;
        s.messagesIn = 150;   // 50 in 0.5 s
        s.bytesOut = 3000;    // 2000 in 0.5 s
        h.add(s);
        QCOMPARE(h.points().size(), size_t(2));
        QCOMPARE(h.points().back().messagesIn, 100.0);
        QCOMPARE(h.points().back().bytesOut, 4000.0);
        QCOMPARE(h.maximum(TrafficHistory::Series::Connections), 2.0);
        const QList<QPointF> series = h.series(TrafficHistory::Series::MessagesIn, s.takenAtMs);
        QCOMPARE(series.back(), QPointF(0, 100));
        QCOMPARE(series.front().x(), -0.5);
        s.takenAtMs += 20'000; // past the 10 s window: the old points leave
        h.add(s);
        QCOMPARE(h.points().size(), size_t(1));
        s.takenAtMs -= 1; // not newer: ignored
        h.add(s);
        QCOMPARE(h.points().size(), size_t(1));
    }

    void translationsAreCompiledIn() {
        const std::pair<const char*, const char*> expected[] = {{"de", "Übersicht"}, {"es", "Panel"}};
        for (const auto& [lang, dashboard] : expected) {
            QTranslator t;
            QVERIFY2(t.load(QStringLiteral(":/i18n/roost_%1.qm").arg(QLatin1String(lang))), lang);
            QCOMPARE(t.translate("roost::ui::MainWindow", "Dashboard"), QString::fromUtf8(dashboard));
        }
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/roost_de.qm")));
        QCOMPARE(de.translate("roost::ui::ConnectionsPage", "&Disconnect"), QStringLiteral("&Trennen"));
    }
};

QTEST_MAIN(TestModels)
#include "TestModels.moc"
