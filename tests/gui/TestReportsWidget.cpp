// gui.ReportsWidget: the moderation queue in the Events page against a real engine: NIP-56
// reports published over WebSocket appear with their counts; Ban event refuses the event and
// empties its row, Ban author writes the key to access/banned_pubkeys, Dismiss only clears.
// Hold for review (access/hold_below): a stranger's event is a "held for review" row;
// Approve publishes it to a live subscription, Dismiss drops it.
#include "GeneratedNotes.h"
#include "GuiTestRelay.h"
#include "ReportsWidget.h"
#include "nostr/Hex.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QWebSocket>

using namespace roost;
using namespace roost::ui;

namespace {

QByteArray signedJson(uint8_t key, uint32_t kind, std::vector<nostr::Tag> tags, const std::string& content) {
    nostr::Event e;
    e.kind = kind;
    e.createdAt = QDateTime::currentSecsSinceEpoch();
    e.tags = std::move(tags);
    e.content = content;
    nostr::signEvent(e, testsupport::generatedKey(key));
    return QByteArray::fromStdString(nostr::serializeEvent(e));
}

QString field(const QByteArray& json, const char* name) {
    return QJsonDocument::fromJson(json).object().value(QLatin1String(name)).toString();
}

} // namespace

class TestReportsWidget : public QObject {
    Q_OBJECT
private:
    GuiTestRelay m_engine;
    QWebSocket m_client;
    QStringList m_answers;
    std::unique_ptr<ReportsWidget> m_widget;

    QString publish(const QByteArray& json) {
        const qsizetype before = m_answers.size();
        m_client.sendTextMessage(QStringLiteral("[\"EVENT\",%1]").arg(QString::fromUtf8(json)));
        if (!QTest::qWaitFor([&] { return m_answers.size() > before; }, 5000)) return {};
        return m_answers.last();
    }
    bool refreshed() {
        QSignalSpy spy(m_widget.get(), &ReportsWidget::refreshed);
        return spy.wait(5000) && spy.first().first().toString().isEmpty();
    }
    void selectRowOf(const QString& target) {
        m_widget->table()->clearSelection();
        for (int row = 0; row < m_widget->reports().size(); ++row)
            if (m_widget->reports().at(row).target == target) m_widget->table()->selectRow(row);
    }
    QPushButton* button(const QString& text) const {
        for (QPushButton* b : m_widget->findChildren<QPushButton*>())
            if (b->text() == text) return b;
        return nullptr;
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_engine.start(&error), qPrintable(error));
        connect(&m_client, &QWebSocket::textMessageReceived, this, [this](const QString& m) {
            if (m.startsWith(QLatin1String("[\"OK\""))) m_answers << m;
        });
        QSignalSpy connected(&m_client, &QWebSocket::connected);
        m_client.open(QUrl(m_engine.relay->url()));
        QVERIFY(connected.wait(5000));
    }

    void reportsBanAndDismiss() {
        const QByteArray spam = signedJson(20, 1, {}, "buy my coin");
        const QByteArray other = signedJson(21, 1, {}, "hello");
        QVERIFY(publish(spam).contains(QLatin1String(",true,")));
        QVERIFY(publish(other).contains(QLatin1String(",true,")));
        const QString spamId = field(spam, "id"), spammer = field(spam, "pubkey"), otherKey = field(other, "pubkey");
        for (uint8_t reporter : {30, 31})
            QVERIFY(publish(signedJson(reporter, 1984, {{"e", spamId.toStdString(), "spam"}, {"p", spammer.toStdString()}}, {}))
                        .contains(QLatin1String(",true,")));
        QVERIFY(publish(signedJson(32, 1984, {{"p", otherKey.toStdString(), "impersonation"}}, {})).contains(QLatin1String(",true,")));

        m_widget = std::make_unique<ReportsWidget>(*m_engine.relay, m_engine.settings);
        QSignalSpy first(m_widget.get(), &ReportsWidget::refreshed);
        m_widget->show(); // reads the queue when shown
        QVERIFY(first.wait(5000));
        QCOMPARE(m_widget->reports().size(), 2);
        QCOMPARE(m_widget->reports().at(0).target, spamId);
        QCOMPARE(m_widget->reports().at(0).count, 2u);
        QCOMPARE(m_widget->table()->item(0, 1)->text(), QStringLiteral("spam"));
        QVERIFY(!button(QStringLiteral("Ban event"))->isEnabled()); // nothing selected

        // Ban event: the event is refused from now on and its row leaves the queue.
        selectRowOf(spamId);
        QVERIFY(button(QStringLiteral("Ban event"))->isEnabled());
        button(QStringLiteral("Ban event"))->click();
        QVERIFY(refreshed());
        QCOMPARE(m_widget->reports().size(), 1);
        QVERIFY(publish(spam).contains(QLatin1String(",false,\"blocked:")));

        // Ban author of a reported key: written to the settings (and file), its reports cleared.
        selectRowOf(otherKey);
        QVERIFY(!button(QStringLiteral("Ban event"))->isEnabled()); // a key row has no event
        button(QStringLiteral("Ban author"))->click();
        QVERIFY(refreshed());
        QVERIFY(m_widget->reports().isEmpty());
        QVERIFY(m_engine.settings.config().access.bannedPubkeys.contains(otherKey));
        QVERIFY(m_engine.configFile().contains(otherKey.toLatin1()));
        QVERIFY(publish(signedJson(21, 1, {}, "again")).contains(QLatin1String(",false,\"blocked:")));

        // Dismiss: the report goes, the event stays.
        const QByteArray third = signedJson(22, 1, {}, "meh");
        QVERIFY(publish(third).contains(QLatin1String(",true,")));
        QVERIFY(publish(signedJson(30, 1984, {{"e", field(third, "id").toStdString(), "other"}}, {})).contains(QLatin1String(",true,")));
        m_widget->refresh();
        QVERIFY(refreshed());
        QCOMPARE(m_widget->reports().size(), 1);
        selectRowOf(field(third, "id"));
        button(QStringLiteral("Dismiss"))->click();
        QVERIFY(refreshed());
        QVERIFY(m_widget->reports().isEmpty());
        QVERIFY(publish(third).contains(QLatin1String(",true,"))); // a duplicate, still stored
    }

    void heldApproveAndDismiss() {
        QString error;
        QVERIFY2(m_engine.settings.setValue(QStringLiteral("access/hold_below"), 1, &error), qPrintable(error));
        // Live config reaches the engine asynchronously: publish until an event is held.
        const QByteArray held = signedJson(40, 1, {}, "from a stranger");
        const QByteArray dropped = signedJson(41, 1, {}, "spam from a stranger");
        int probes = 0;
        QVERIFY(QTest::qWaitFor([&] {
            return publish(signedJson(42, 1, {}, "probe " + std::to_string(++probes))).contains(QLatin1String("held for review"));
        }, 5000));
        QVERIFY(publish(held).contains(QLatin1String(",true,\"held for review:")));
        QVERIFY(publish(dropped).contains(QLatin1String(",true,\"held for review:")));
        const QString heldId = field(held, "id"), droppedId = field(dropped, "id");

        // A live subscription that must see the held event only once approved.
        QWebSocket reader;
        QStringList events;
        connect(&reader, &QWebSocket::textMessageReceived, this, [&](const QString& m) {
            if (m.startsWith(QLatin1String("[\"EVENT\""))) events << m;
        });
        QSignalSpy connected(&reader, &QWebSocket::connected);
        reader.open(QUrl(m_engine.relay->url()));
        QVERIFY(connected.wait(5000));
        QSignalSpy eose(&reader, &QWebSocket::textMessageReceived);
        reader.sendTextMessage(QStringLiteral("[\"REQ\",\"r\",{\"ids\":[\"%1\",\"%2\"]}]").arg(heldId, droppedId));
        QVERIFY(eose.wait(5000));
        QVERIFY(events.isEmpty()); // not published yet

        m_widget->refresh();
        QVERIFY(refreshed());
        QCOMPARE(m_widget->reports().size(), 3); // the held probe too
        selectRowOf(heldId);
        int row = -1;
        for (int r = 0; r < m_widget->reports().size(); ++r)
            if (m_widget->reports().at(r).target == heldId) row = r;
        QVERIFY(row >= 0);
        QVERIFY(m_widget->reports().at(row).held);
        QCOMPARE(m_widget->table()->item(row, 1)->text(), QStringLiteral("held for review"));
        QVERIFY(button(QStringLiteral("Approve"))->isEnabled());
        button(QStringLiteral("Approve"))->click();
        QVERIFY(refreshed());
        QCOMPARE(m_widget->reports().size(), 2);
        QVERIFY(QTest::qWaitFor([&] { return !events.isEmpty(); }, 5000));
        QVERIFY(events.first().contains(heldId));

        selectRowOf(droppedId);
        button(QStringLiteral("Dismiss"))->click();
        QVERIFY(refreshed());
        QCOMPARE(m_widget->reports().size(), 1);
        QVERIFY(m_widget->reports().at(0).target != droppedId);
        QCOMPARE(events.size(), 1); // the dismissed one never reached the subscriber
        QVERIFY(!button(QStringLiteral("Approve"))->isEnabled()); // the selection is gone
    }
};

QTEST_MAIN(TestReportsWidget)
#include "TestReportsWidget.moc"
