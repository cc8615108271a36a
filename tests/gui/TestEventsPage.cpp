// gui.EventsPage: the Events page against a real engine holding real signed events: the form's
// filter, search and count, paging, the JSON detail, delete, ban event (a re-publish is refused)
// and ban author (Settings, config file).
#include "EventsModel.h"
#include "EventsPage.h"
#include "GuiTestRelay.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QWebSocket>

using namespace roost;
using namespace roost::ui;

class TestEventsPage : public QObject {
    Q_OBJECT
private:
    GuiTestRelay m_engine;
    std::unique_ptr<EventsPage> m_page;
    QList<QByteArray> m_notes; // real kind-1 events, as published
    QWebSocket m_client;
    QStringList m_answers;

    static QString idOf(const QByteArray& json) { return QJsonDocument::fromJson(json).object().value(QStringLiteral("id")).toString(); }

    // Publishes `json` and returns the relay's OK message.
    QString publish(const QByteArray& json) {
        const qsizetype before = m_answers.size();
        m_client.sendTextMessage(QStringLiteral("[\"EVENT\",%1]").arg(QString::fromUtf8(json)));
        if (!QTest::qWaitFor([&] { return m_answers.size() > before; }, 5000)) return {};
        return m_answers.last();
    }

    bool search() {
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        m_page->search();
        return done.wait(5000) && done.first().first().toString().isEmpty();
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_engine.start(&error), qPrintable(error));
        QFile file(QStringLiteral(ROOST_SHARED_DATA "/real-events.jsonl"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        while (!file.atEnd() && m_notes.size() < 12) {
            const QByteArray line = file.readLine().trimmed();
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("kind")).toInt() == 1 && !line.contains("\"expiration\"")) m_notes << line;
        }
        QCOMPARE(m_notes.size(), 12);
        connect(&m_client, &QWebSocket::textMessageReceived, this, [this](const QString& m) {
            if (m.startsWith(QLatin1String("[\"OK\""))) m_answers << m;
        });
        QSignalSpy connected(&m_client, &QWebSocket::connected);
        m_client.open(QUrl(m_engine.relay->url()));
        QVERIFY(connected.wait(5000));
        for (const QByteArray& note : m_notes) QVERIFY2(publish(note).contains(QLatin1String(",true,")), note.left(80).constData());
        m_page = std::make_unique<EventsPage>(*m_engine.relay, m_engine.settings);
        m_page->setConfirmation([](const QString&) { return true; });
        m_page->resize(1000, 700);
        m_page->show();
    }

    void filterFromTheForm() {
        m_page->findChild<QLineEdit*>(QStringLiteral("kinds"))->setText(QStringLiteral("1, 7"));
        QCOMPARE(m_page->filterJson(), QByteArray(R"({"kinds":[1,7]})"));
        m_page->findChild<QLineEdit*>(QStringLiteral("kinds"))->setText(QStringLiteral("1"));
    }

    void searchPagesAndDetail() {
        QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->findChild<QSpinBox*>()->setValue(10);
        QVERIFY(search());
        QCOMPARE(m_page->model()->rowCount(), 10);
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        m_page->loadOlder();
        QVERIFY(done.wait(5000));
        QCOMPARE(m_page->model()->rowCount(), 12); // the two oldest, nothing twice

        const QString id = idOf(m_notes[3]);
        m_page->selectIds({id});
        const QString detail = m_page->findChild<QPlainTextEdit*>()->toPlainText();
        QCOMPARE(QJsonDocument::fromJson(detail.toUtf8()).object().value(QStringLiteral("id")).toString(), id);
    }

    void deleteRemovesFromTheStore() {
        const QString id = idOf(m_notes[0]);
        m_page->selectIds({id});
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        m_page->deleteSelected();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().toString(), QString());
        QCOMPARE(m_page->model()->rowCount(), 11);
        m_page->findChild<QLineEdit*>(QStringLiteral("ids"))->setText(id);
        QVERIFY(search());
        QCOMPARE(m_page->model()->rowCount(), 0);
        // Deleted, not banned: it may come back.
        QVERIFY(publish(m_notes[0]).contains(QLatin1String(",true,")));
        m_page->findChild<QLineEdit*>(QStringLiteral("ids"))->clear();
        m_page->findChild<QSpinBox*>()->setValue(100); // every note on one page from here on
    }

    void banEventRefusesARepublish() {
        QVERIFY(search());
        const QString id = idOf(m_notes[1]);
        m_page->selectIds({id});
        QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), 1);
        QSignalSpy done(m_page.get(), &EventsPage::finished);
        m_page->banSelected();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().toString(), QString());
        QVERIFY(publish(m_notes[1]).contains(QLatin1String(",false,\"blocked:")));
    }

    void banAuthorGoesToSettings() {
        QVERIFY(search());
        const QString author = QJsonDocument::fromJson(m_notes[2]).object().value(QStringLiteral("pubkey")).toString();
        m_page->selectIds({idOf(m_notes[2])});
        QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), 1);
        m_page->banAuthors();
        QVERIFY(m_engine.relay->config().access.bannedPubkeys.contains(author));
        QVERIFY(m_engine.configFile().contains(author.toLatin1()));
    }
};

QTEST_MAIN(TestEventsPage)
#include "TestEventsPage.moc"
