// gui.ConnectionsPage: a real client (QWebSocket) against a real engine shows in the page's
// model; Disconnect closes the client's socket; Block address saves it and closes the socket.
#include "ConnectionsModel.h"
#include "ConnectionsPage.h"
#include "GuiTestRelay.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QWebSocket>

using namespace roost;
using namespace roost::ui;

class TestConnectionsPage : public QObject {
    Q_OBJECT
private:
    GuiTestRelay m_engine;
    std::unique_ptr<ConnectionsPage> m_page;

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_engine.start(&error), qPrintable(error));
        m_page = std::make_unique<ConnectionsPage>(*m_engine.relay);
        m_page->resize(1000, 600);
        m_page->show();
    }

    void clientShowsAndDisconnectClosesIt() {
        QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        client.open(QUrl(m_engine.relay->url()));
        QVERIFY(connected.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 5000);
        const QModelIndex row = m_page->model()->index(0, 0);
        QCOMPARE(row.data(ConnectionsModel::AddressRole).toString(), QStringLiteral("127.0.0.1"));
        client.sendTextMessage(QStringLiteral("[\"REQ\",\"feed\",{\"kinds\":[1]}]"));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->index(0, ConnectionsModel::Subscriptions).data(ConnectionsModel::SortRole).toInt(), 1, 5000);

        QPushButton* disconnect = nullptr;
        for (auto* b : m_page->findChildren<QPushButton*>())
            if (b->text() == ConnectionsPage::tr("&Disconnect")) disconnect = b;
        QVERIFY(disconnect);
        QVERIFY(!disconnect->isEnabled()); // nothing selected
        QVERIFY(m_page->selectConnection(row.data(ConnectionsModel::IdRole).toULongLong()));
        QVERIFY(disconnect->isEnabled());
        QSignalSpy closed(&client, &QWebSocket::disconnected);
        QTest::mouseClick(disconnect, Qt::LeftButton);
        QVERIFY(closed.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, 5000);
    }

    void blockAddressPersistsAndCloses() {
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        client.open(QUrl(m_engine.relay->url()));
        QVERIFY(connected.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 5000);
        QVERIFY(m_page->selectConnection(m_page->model()->index(0, 0).data(ConnectionsModel::IdRole).toULongLong()));
        QSignalSpy closed(&client, &QWebSocket::disconnected);
        m_page->blockSelected();
        QVERIFY(closed.wait(5000));
        QCOMPARE(m_engine.relay->config().access.blockedIps, QStringList{QStringLiteral("127.0.0.1")});
        QVERIFY(m_engine.configFile().contains("blocked_ips=127.0.0.1"));
        // A new connection from the blocked address is refused.
        QWebSocket refused;
        QSignalSpy refusedClosed(&refused, &QWebSocket::disconnected);
        QSignalSpy refusedOpen(&refused, &QWebSocket::connected);
        refused.open(QUrl(m_engine.relay->url()));
        QVERIFY(refusedClosed.wait(5000));
        QCOMPARE(refusedOpen.size(), 0);
        QString error;
        QVERIFY2(m_engine.relay->setIpBlocked(QStringLiteral("127.0.0.1"), false, &error), qPrintable(error));
    }

    void copyKeyNeedsAnAuthenticatedConnection() {
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        client.open(QUrl(m_engine.relay->url()));
        QVERIFY(connected.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 5000);
        QVERIFY(m_page->selectConnection(m_page->model()->index(0, 0).data(ConnectionsModel::IdRole).toULongLong()));
        QPushButton* copy = nullptr;
        for (auto* b : m_page->findChildren<QPushButton*>())
            if (b->text() == ConnectionsPage::tr("&Copy key")) copy = b;
        QVERIFY(copy);
        QVERIFY(!copy->isEnabled());
        // The key column is as wide as its text: "not authenticated", not "not auth…".
        m_page->resize(1000, 500);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        const QModelIndex key = m_page->view()->model()->index(0, ConnectionsModel::Pubkey);
        QCOMPARE(key.data().toString(), ConnectionsModel::tr("not authenticated"));
        const int needed = m_page->view()->fontMetrics().horizontalAdvance(key.data().toString());
        QVERIFY2(m_page->view()->columnWidth(ConnectionsModel::Pubkey) > needed,
                 qPrintable(QString::number(m_page->view()->columnWidth(ConnectionsModel::Pubkey))));
    }

    void keysShowAsNpub() {
        ConnectionsModel model;
        ConnectionInfo c;
        c.id = 7;
        c.pubkeys = {QStringLiteral("3bf0c63fcb93463407af97a5e5ee64fa883d107ef9e558472c4eb9aaaefa459d")};
        model.setConnections({c});
        const QModelIndex key = model.index(0, ConnectionsModel::Pubkey);
        QCOMPARE(key.data().toString(), QStringLiteral("npub180cvv07t…h6w6"));
        QCOMPARE(key.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("npub180cvv07tjdrrgpa0j7j7tmnyl2yr6yr7l8j4s3evf6u64th6gkwsyjh6w6\n") + c.pubkeys[0]);
        QCOMPARE(key.data(ConnectionsModel::PubkeyRole).toString(), c.pubkeys[0]); // hex for the copy menu
    }
};

QTEST_MAIN(TestConnectionsPage)
#include "TestConnectionsPage.moc"
