// gui.SyncPage: the Sync page against a real engine (issue 10 item 5). Add / Edit / Remove go
// through the peer dialog into the `sync/peer` setting and the config file; the dialog refuses
// a bad URL, a bad filter and a URL that is already a peer; the model shows crafted peer
// statuses (state and its dot, relative times, counts, progress, discovered peers) and sorts;
// Sync now / Sync all / the tray's Sync now reach Relay::syncNow on a running relay (and, once
// the SyncManager fills the snapshot, bring a second real relay's events here); the "Back up my
// notes" wizard validates its input, shows progress and a summary, and keeps the relays as down
// peers; the welcome page's link and Ctrl+7 open the page; the Dashboard's sync traffic series.
#include "Autostart.h"
#include "BackupNotesWizard.h"
#include "EventsFilterForm.h"
#include "GeneratedNotes.h"
#include "GuiTestRelay.h"
#include "LogModel.h"
#include "MainWindow.h"
#include "PublicKeys.h"
#include "SyncPage.h"
#include "SyncPeerDialog.h"
#include "SyncPeersModel.h"
#include "TrafficHistory.h"
#include "TrayIcon.h"
#include "WelcomePage.h"
#include "roost/Nip19.h"
#include "roost/SyncPeer.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTcpServer>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QWebSocket>

using namespace roost;
using namespace roost::ui;

namespace {

const QString kKey = QStringLiteral("3bf0c63fcb93463407af97a5e5ee64fa883d107ef9e558472c4eb9aaaefa459d");
const QString kKey2 = QStringLiteral("82341f882b6eabcd2ba7f1ef90aad961cf074af15b9ef44a09f9d2a8fbfbe6a2");

QPushButton* buttonOf(QWidget* parent, const QString& text) {
    for (QPushButton* b : parent->findChildren<QPushButton*>())
        if (b->text() == text) return b;
    return nullptr;
}

// Whether the config file has a line starting with `start` (the [sync] section's description
// comment quotes an example peer line, so a plain contains() would find that).
bool fileHasLine(const QByteArray& file, const QByteArray& start) {
    for (const QByteArray& line : file.split('\n'))
        if (line.startsWith(start)) return true;
    return false;
}

QList<SyncPeer> peersIn(const Settings& settings) {
    QList<SyncPeer> out;
    for (const QString& line : settings.value(QStringLiteral("sync/peer")).toStringList())
        if (auto p = SyncPeer::parse(line, nullptr)) out << *p;
    return out;
}

} // namespace

class TestSyncPage : public QObject {
    Q_OBJECT
private:
    GuiTestRelay m_engine;
    std::unique_ptr<SyncPage> m_page;

    // Runs the Add dialog with `fill` and returns what the dialog said (its error, "" when accepted).
    QString addThroughDialog(const std::function<void(SyncPeerDialog&)>& fill) {
        QString error;
        bool accepted = false;
        m_page->setDialogRunner([&](SyncPeerDialog& d) {
            fill(d);
            d.accept();
            accepted = d.result() == QDialog::Accepted;
            error = d.errorText();
            return accepted;
        });
        m_page->addWithDialog();
        m_page->setDialogRunner({});
        return accepted ? QString() : (error.isEmpty() ? QStringLiteral("refused without a reason") : error);
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_engine.start(&error), qPrintable(error));
        m_page = std::make_unique<SyncPage>(*m_engine.relay, m_engine.settings);
        m_page->resize(1200, 500);
        m_page->show();
    }

    void addPeerThroughTheDialog() {
        QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("syncEmpty"))->isVisibleTo(m_page.get()));
        const QString said = addThroughDialog([](SyncPeerDialog& d) {
            d.urlField()->setText(QStringLiteral("wss://relay.example.org"));
            d.directionBox()->setCurrentIndex(d.directionBox()->findData(QStringLiteral("both")));
            d.minutesBox()->setValue(30);
            // The Events page's form builds the filter: kinds and an author typed as npub.
            auto* kinds = d.filterForm()->findChild<QLineEdit*>(QStringLiteral("kinds"));
            auto* authors = d.filterForm()->findChild<QLineEdit*>(QStringLiteral("authors"));
            QTest::keyClicks(kinds, QStringLiteral("1, 7"));
            QTest::keyClicks(authors, nip19::npubFromHex(kKey));
        });
        QVERIFY2(said.isEmpty(), qPrintable(said));
        const QList<SyncPeer> peers = peersIn(m_engine.settings);
        QCOMPARE(peers.size(), 1);
        QCOMPARE(peers[0].url, QStringLiteral("wss://relay.example.org"));
        QCOMPARE(peers[0].direction, SyncPeer::Direction::Both);
        QCOMPARE(peers[0].everyMinutes, 30u);
        QVERIFY(!peers[0].live);
        const QJsonObject filter = QJsonDocument::fromJson(peers[0].filter.toUtf8()).object();
        QCOMPARE(filter.value(QStringLiteral("kinds")).toVariant().toList(), (QVariantList{1, 7}));
        QCOMPARE(filter.value(QStringLiteral("authors")).toVariant().toStringList(), QStringList{kKey});
        // The config file keeps it, and the running relay has it.
        QVERIFY(fileHasLine(m_engine.configFile(), "peer=wss://relay.example.org both periodic every=30 {"));
        QCOMPARE(m_engine.relay->config().syncPeers.size(), 1);
        // The table shows it.
        QCOMPARE(m_page->model()->rowCount(), 1);
        const auto cell = [&](int column) { return m_page->model()->index(0, column).data().toString(); };
        QCOMPARE(cell(SyncPeersModel::Url), QStringLiteral("wss://relay.example.org"));
        QVERIFY2(cell(SyncPeersModel::Direction).contains(SyncPeersModel::tr("%n min", nullptr, 30)),
                 qPrintable(cell(SyncPeersModel::Direction)));
        QCOMPARE(cell(SyncPeersModel::Filter), SyncPeersModel::tr("kinds %1").arg(QStringLiteral("1, 7")) +
                                                   QStringLiteral(" · ") + SyncPeersModel::tr("%n author(s)", nullptr, 1));
        QCOMPARE(cell(SyncPeersModel::State), SyncPeersModel::tr("not run yet"));
        QCOMPARE(cell(SyncPeersModel::LastSync), SyncPeersModel::tr("never"));
        QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("syncEmpty"))->isVisibleTo(m_page.get()));
        QCOMPARE(m_page->selectedUrls(), QStringList{QStringLiteral("wss://relay.example.org")});
    }

    void dialogRefusesBadInput() {
        const QByteArray before = m_engine.configFile();
        // Not a ws:// or wss:// URL.
        QString said = addThroughDialog([](SyncPeerDialog& d) { d.urlField()->setText(QStringLiteral("https://relay.example.net")); });
        QVERIFY2(said.contains(QLatin1String("https://relay.example.net")), qPrintable(said));
        said = addThroughDialog([](SyncPeerDialog& d) { d.urlField()->setText(QStringLiteral("wss://")); });
        QVERIFY2(!said.isEmpty(), "a URL without a host was accepted");
        said = addThroughDialog([](SyncPeerDialog&) {});
        QVERIFY2(!said.isEmpty(), "an empty URL was accepted");
        // A kind the form cannot read.
        said = addThroughDialog([](SyncPeerDialog& d) {
            d.urlField()->setText(QStringLiteral("wss://relay.example.net"));
            QTest::keyClicks(d.filterForm()->findChild<QLineEdit*>(QStringLiteral("kinds")), QStringLiteral("1, note"));
        });
        QVERIFY2(said.contains(QLatin1String("note")), qPrintable(said));
        // JSON typed by hand that is not a valid NIP-01 filter (the parser's "invalid:" reason).
        said = addThroughDialog([](SyncPeerDialog& d) {
            d.urlField()->setText(QStringLiteral("wss://relay.example.net"));
            d.jsonField()->setText(QStringLiteral("{\"kinds\":\"one\"}"));
            emit d.jsonField()->textEdited(d.jsonField()->text());
        });
        QVERIFY2(said.contains(QLatin1String("invalid")), qPrintable(said));
        said = addThroughDialog([](SyncPeerDialog& d) {
            d.urlField()->setText(QStringLiteral("wss://relay.example.net"));
            d.jsonField()->setText(QStringLiteral("[1,2]"));
            emit d.jsonField()->textEdited(d.jsonField()->text());
        });
        QVERIFY2(!said.isEmpty(), "a JSON array was accepted as a filter");
        // The same URL twice.
        said = addThroughDialog([](SyncPeerDialog& d) { d.urlField()->setText(QStringLiteral("wss://relay.example.org")); });
        QVERIFY2(said.contains(QLatin1String("wss://relay.example.org")), qPrintable(said));
        // Nothing of it reached the settings.
        QCOMPARE(peersIn(m_engine.settings).size(), 1);
        QCOMPARE(m_engine.configFile(), before);
        QCOMPARE(m_page->model()->rowCount(), 1);
    }

    void filterFormRoundTrip() {
        EventsFilterForm form(EventsFilterForm::Use::Filter);
        const QByteArray json = QStringLiteral("{\"#t\":[\"nostr\",\"roost\"],\"authors\":[\"%1\"],\"kinds\":[1,30023]}").arg(kKey).toUtf8();
        QVERIFY(form.setFilterJson(json));
        QCOMPARE(form.findChild<QLineEdit*>(QStringLiteral("authors"))->text(), nip19::npubFromHex(kKey));
        QCOMPARE(QJsonDocument::fromJson(form.filterJson()), QJsonDocument::fromJson(json));
        // What the form cannot show is refused and the form keeps what it had.
        QVERIFY(!form.setFilterJson("{\"since\":1700000000}"));
        QVERIFY(!form.setFilterJson("{\"authors\":[\"abcd\"]}"));
        QVERIFY(!form.setFilterJson("not json"));
        QCOMPARE(QJsonDocument::fromJson(form.filterJson()), QJsonDocument::fromJson(json));
        QVERIFY(form.findChild<QPushButton*>()->isHidden()); // no Search in a sync filter
    }

    void editPeerThroughTheDialog() {
        QVERIFY(m_page->selectPeer(QStringLiteral("wss://relay.example.org")));
        m_page->setDialogRunner([](SyncPeerDialog& d) {
            // The dialog opens on the peer as configured, its filter in the form.
            if (d.urlField()->text() != QLatin1String("wss://relay.example.org")) return false;
            if (d.filterForm()->findChild<QLineEdit*>(QStringLiteral("kinds"))->text() != QLatin1String("1, 7")) return false;
            d.modeBox()->setCurrentIndex(1); // live
            d.jsonField()->setText(QStringLiteral("{\"kinds\":[1],\"since\":1700000000}"));
            emit d.jsonField()->textEdited(d.jsonField()->text());
            d.accept();
            return d.result() == QDialog::Accepted;
        });
        m_page->editSelected();
        m_page->setDialogRunner({});
        const QList<SyncPeer> peers = peersIn(m_engine.settings);
        QCOMPARE(peers.size(), 1);
        QVERIFY(peers[0].live);
        QCOMPARE(peers[0].filter, QStringLiteral("{\"kinds\":[1],\"since\":1700000000}"));
        QVERIFY(fileHasLine(m_engine.configFile(), "peer=wss://relay.example.org both live {\"kinds\":[1],\"since\":1700000000}"));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QVERIFY(m_page->model()->index(0, SyncPeersModel::Direction).data().toString().contains(SyncPeersModel::tr("live")));
    }

    void modelShowsCraftedStatuses() {
        SyncPeersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 now = 1'800'000'000'000;
        SyncPeer configured;
        configured.url = QStringLiteral("wss://a.example");
        SyncPeer disabled;
        disabled.url = QStringLiteral("wss://c.example");
        disabled.enabled = false;
        SyncPeerStatus a;
        a.url = configured.url;
        a.state = QStringLiteral("backing off");
        a.stateText = QStringLiteral("backing off: retry in 8 s (connection refused)");
        a.lastError = QStringLiteral("connection refused");
        a.lastSuccessMs = now - 5 * 60'000;
        a.nextAttemptMs = now + 3 * 60'000;
        a.eventsDown = 12345;
        a.eventsUp = 7;
        a.consecutiveFailures = 3;
        SyncPeerStatus b; // discovered: in the snapshot, not in the settings
        b.url = QStringLiteral("wss://b.example");
        b.discovered = true;
        b.direction = QStringLiteral("down");
        b.state = QStringLiteral("transferring");
        b.running = true;
        b.runPhase = QStringLiteral("downloading");
        b.runIdsLearned = 200;
        b.runTransferred = 50;
        b.lastSuccessMs = now - 3 * 86'400'000;
        b.eventsDown = 2;
        SyncPeerStatus removed; // reported, but no longer configured (a snapshot older than the change)
        removed.url = QStringLiteral("wss://removed.example");
        model.setPeers(SyncPeersModel::merge({configured, disabled}, {b, removed, a}), now);
        QCOMPARE(model.rowCount(), 3);
        // Configured peers first, in config order, then the discovered one.
        QCOMPARE(model.index(0, 0).data(SyncPeersModel::UrlRole).toString(), configured.url);
        QCOMPARE(model.index(1, 0).data(SyncPeersModel::UrlRole).toString(), disabled.url);
        QCOMPARE(model.index(2, 0).data(SyncPeersModel::UrlRole).toString(), b.url);
        QVERIFY(model.index(0, 0).data(SyncPeersModel::ConfiguredRole).toBool());
        QVERIFY(!model.index(2, 0).data(SyncPeersModel::ConfiguredRole).toBool());
        const QLocale locale;
        QCOMPARE(model.index(0, SyncPeersModel::State).data().toString(), SyncPeersModel::tr("backing off"));
        QVERIFY(model.index(0, SyncPeersModel::State).data(Qt::ToolTipRole).toString().contains(QLatin1String("connection refused")));
        QCOMPARE(model.index(0, SyncPeersModel::LastSync).data().toString(),
                 SyncPeersModel::tr("%1 ago").arg(SyncPeersModel::tr("%n min", nullptr, 5)));
        QCOMPARE(model.index(0, SyncPeersModel::NextAttempt).data().toString(),
                 SyncPeersModel::tr("in %1").arg(SyncPeersModel::tr("%n min", nullptr, 3)));
        QCOMPARE(model.index(0, SyncPeersModel::EventsDown).data().toString(), locale.toString(12345));
        QCOMPARE(model.index(0, SyncPeersModel::EventsUp).data().toString(), locale.toString(7));
        QCOMPARE(model.index(0, SyncPeersModel::Progress).data(SyncPeersModel::ProgressRole).toDouble(), -1.0);
        QCOMPARE(model.index(1, SyncPeersModel::State).data().toString(), SyncPeersModel::tr("disabled"));
        QCOMPARE(model.index(2, SyncPeersModel::LastSync).data().toString(),
                 SyncPeersModel::tr("%1 ago").arg(SyncPeersModel::tr("%n d", nullptr, 3)));
        QCOMPARE(model.index(2, SyncPeersModel::NextAttempt).data().toString(), SyncPeersModel::tr("running"));
        QCOMPARE(model.index(2, SyncPeersModel::Progress).data(SyncPeersModel::ProgressRole).toDouble(), 0.25);
        // A coloured dot per state: orange backing off, blue transferring, grey disabled.
        const auto dot = [&](int row) {
            return model.index(row, SyncPeersModel::State).data(Qt::DecorationRole).value<QIcon>().pixmap(12).toImage().pixelColor(6, 6);
        };
        QCOMPARE(dot(0), SyncPeersModel::stateColor(QStringLiteral("backing off")));
        QCOMPARE(dot(2), SyncPeersModel::stateColor(QStringLiteral("transferring")));
        QCOMPARE(dot(1), SyncPeersModel::stateColor(QStringLiteral("disabled")));
        QVERIFY(dot(0) != dot(2) && dot(0) != dot(1) && dot(1) != dot(2));
        // Sorting by events down (raw numbers, not text).
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SyncPeersModel::SortRole);
        proxy.sort(SyncPeersModel::EventsDown, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(SyncPeersModel::UrlRole).toString(), a.url);
        QCOMPARE(proxy.index(1, 0).data(SyncPeersModel::UrlRole).toString(), b.url);
        // An update keeps the rows in place and changes only what changed.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        b.runTransferred = 200;
        model.setPeers(SyncPeersModel::merge({configured, disabled}, {b, a}), now);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.index(2, SyncPeersModel::Progress).data(SyncPeersModel::ProgressRole).toDouble(), 1.0);
        // A removed peer leaves.
        model.setPeers(SyncPeersModel::merge({configured}, {a}), now);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(SyncPeersModel::relativeTime(0, now, QStringLiteral("never")), QStringLiteral("never"));
        QCOMPARE(SyncPeersModel::relativeTime(now - 10'000, now, {}), SyncPeersModel::tr("just now"));
        QCOMPARE(SyncPeersModel::relativeTime(now + 20'000, now, {}), SyncPeersModel::tr("in %n s", nullptr, 20));
        QCOMPARE(SyncPeersModel::filterSummary(QStringLiteral("{}")), SyncPeersModel::tr("everything"));
    }

    void pageShowsDiscoveredPeersReadOnly() {
        RelaySnapshot s = m_engine.relay->snapshot();
        s.running = true;
        s.takenAtMs = QDateTime::currentMSecsSinceEpoch();
        SyncPeerStatus discovered;
        discovered.url = QStringLiteral("wss://found.example");
        discovered.discovered = true;
        discovered.state = QStringLiteral("live");
        s.syncPeers << discovered;
        m_page->showSnapshot(s);
        QCOMPARE(m_page->model()->rowCount(), 2);
        QVERIFY(m_page->selectPeer(discovered.url));
        QVERIFY(!buttonOf(m_page.get(), SyncPage::tr("&Edit…"))->isEnabled());
        QVERIFY(!buttonOf(m_page.get(), SyncPage::tr("&Remove"))->isEnabled());
        QVERIFY(buttonOf(m_page.get(), SyncPage::tr("Sync &now"))->isEnabled());
        QVERIFY(m_page->selectPeer(QStringLiteral("wss://relay.example.org")));
        QVERIFY(buttonOf(m_page.get(), SyncPage::tr("&Edit…"))->isEnabled());
        m_page->showSnapshot(m_engine.relay->snapshot());
    }

    void syncNowReachesTheRunningRelay() {
        QVERIFY(m_page->selectPeer(QStringLiteral("wss://relay.example.org")));
        QTest::mouseClick(buttonOf(m_page.get(), SyncPage::tr("Sync &now")), Qt::LeftButton);
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("wss://relay.example.org")));
        QTest::mouseClick(buttonOf(m_page.get(), SyncPage::tr("Sync a&ll")), Qt::LeftButton);
        TrayIcon tray(*m_engine.relay, m_engine.settings);
        QVERIFY(tray.syncNowAction()->isEnabled());
        tray.syncNowAction()->trigger();
        // The relay still runs and answers a client.
        QVERIFY(m_engine.relay->isRunning());
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        client.open(QUrl(m_engine.relay->url()));
        QVERIFY(connected.wait(5000));
        bool eose = false;
        connect(&client, &QWebSocket::textMessageReceived, this, [&](const QString& m) {
            if (m.startsWith(QLatin1String("[\"EOSE\",\"s\""))) eose = true;
        });
        client.sendTextMessage(QStringLiteral("[\"REQ\",\"s\",{\"limit\":1}]"));
        QTRY_VERIFY_WITH_TIMEOUT(eose, 5000);
    }

    void syncNowBringsAPeersEvents() {
        // A second real relay with notes on it, as a down peer of the first.
        GuiTestRelay other;
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        const QList<QByteArray> notes = testsupport::generatedNotes();
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        client.open(QUrl(other.relay->url()));
        QVERIFY(connected.wait(5000));
        int oks = 0;
        connect(&client, &QWebSocket::textMessageReceived, this, [&](const QString& m) {
            if (m.startsWith(QLatin1String("[\"OK\"")) && m.contains(QLatin1String(",true,"))) ++oks;
        });
        for (int i = 0; i < 3; ++i) client.sendTextMessage(QStringLiteral("[\"EVENT\",%1]").arg(QString::fromUtf8(notes[i])));
        QTRY_COMPARE_WITH_TIMEOUT(oks, 3, 5000);
        SyncPeer peer;
        peer.url = other.relay->url();
        peer.everyMinutes = 1440;
        QVERIFY2(m_page->addPeer(peer, &error), qPrintable(error));
        QVERIFY(m_page->selectPeer(peer.url));
        // The SyncManager reports configured peers in the snapshot; without it there is nothing to watch.
        if (!QTest::qWaitFor([&] { return m_engine.relay->snapshot().syncPeers.size() > 0; }, 3000)) {
            QVERIFY(m_page->removePeers({peer.url}));
            QSKIP("This build's relay reports no sync peers in its snapshot (no SyncManager yet)");
        }
        QTest::mouseClick(buttonOf(m_page.get(), SyncPage::tr("Sync &now")), Qt::LeftButton);
        const int row = m_page->model()->rowOf(peer.url);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->index(row, SyncPeersModel::EventsDown).data(SyncPeersModel::SortRole).toULongLong() >= 3,
                                 20000);
        QVERIFY(m_page->model()->index(row, SyncPeersModel::LastSync).data().toString() != SyncPeersModel::tr("never"));
        quint64 count = 0;
        bool counted = false;
        m_engine.relay->countEvents("{\"kinds\":[1]}", [&](quint64 n, const QString&) {
            count = n;
            counted = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(counted, 5000);
        QCOMPARE(count, 3u);
        QVERIFY(m_page->removePeers({peer.url}));
    }

    void removePeer() {
        QVERIFY(m_page->selectPeer(QStringLiteral("wss://relay.example.org")));
        m_page->removeSelected(true);
        QCOMPARE(peersIn(m_engine.settings).size(), 0);
        QVERIFY(!fileHasLine(m_engine.configFile(), "peer=wss://relay.example.org"));
        QCOMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("syncEmpty"))->isVisibleTo(m_page.get()));
    }

    void backupWizardValidatesAndKeepsPeers() {
        QVERIFY(m_engine.settings.setValue(QStringLiteral("access/owner_pubkeys"), QStringList{kKey}));
        QVERIFY(m_page->addPeer(*SyncPeer::parse(QStringLiteral("wss://kept.example down"), nullptr)));
        m_page->openBackupWizard();
        BackupNotesWizard* wizard = m_page->backupWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        // The key defaults to the owner, shown as npub; there are bootstrap relays to ask.
        QCOMPARE(wizard->keyField()->text(), nip19::npubFromHex(kKey));
        QVERIFY(!wizard->bootstrapRelays().isEmpty());
        const int first = wizard->currentId();
        wizard->keyField()->setText(QStringLiteral("npub1abc"));
        wizard->next();
        QCOMPARE(wizard->currentId(), first);
        auto* inputError = wizard->findChild<QLabel*>(QStringLiteral("backupInputError"));
        QVERIFY(!inputError->isHidden());
        wizard->keyField()->setText(nip19::npubFromHex(kKey2));
        wizard->bootstrapField()->setPlainText(QStringLiteral("wss://purplepag.es\nhttp://not-a-relay.example"));
        wizard->next();
        QCOMPARE(wizard->currentId(), first);
        QVERIFY(inputError->text().contains(QLatin1String("http://not-a-relay.example")));
        // Valid input: the progress page starts the backup. Its bootstrap relay accepts the TCP
        // connection and never answers, so the real backup stays busy (looking up the relay list)
        // while the page is driven with crafted values below.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        wizard->bootstrapField()->setPlainText(QStringLiteral("ws://127.0.0.1:%1").arg(silent.serverPort()));
        wizard->next();
        QVERIFY(wizard->currentId() != first);
        QVERIFY(!wizard->findChild<QLabel*>(QStringLiteral("backupFound"))->text().isEmpty());
        QVERIFY(wizard->backup()->isRunning());
        QVERIFY(!wizard->isFinished());
        // Progress and summary from crafted values (the backup job is not the point here).
        wizard->showRelaysFound({QStringLiteral("wss://kept.example"), QStringLiteral("wss://new.example")},
                                QStringLiteral("kind 10002"));
        QCOMPARE(wizard->relaysBar()->maximum(), 2);
        NotesBackupProgress p;
        p.phase = QStringLiteral("syncing");
        p.currentRelay = QStringLiteral("wss://new.example");
        p.relaysDone = 1;
        p.relaysTotal = 2;
        p.eventsFound = 1500;
        p.eventsStored = 1200;
        wizard->showProgress(p);
        QCOMPARE(wizard->relaysBar()->value(), 1);
        const QLocale locale;
        QVERIFY(wizard->statusLabel()->text().contains(locale.toString(1500)));
        QVERIFY(wizard->statusLabel()->text().contains(QLatin1String("wss://new.example")));
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        NotesBackupResult r;
        r.pubkey = kKey2;
        r.relayListSource = QStringLiteral("kind 10002");
        r.relays = {{QStringLiteral("wss://kept.example"), {}, true, 1000, 900, 100, 0},
                    {QStringLiteral("wss://new.example"), QStringLiteral("connection refused"), false, 0, 0, 0, 0}};
        r.found = 1000;
        r.stored = 900;
        r.seconds = 4.2;
        wizard->showResult(r);
        QVERIFY(wizard->isFinished());
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(wizard->summaryLabel()->text().contains(QLatin1String("connection refused")));
        QVERIFY(wizard->summaryLabel()->text().contains(locale.toString(900)));
        QVERIFY(wizard->keepBox()->isEnabled());
        wizard->keepBox()->setChecked(true);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        // wss://kept.example was a peer already and stays as it was; wss://new.example is added
        // as a down peer for the key.
        const QList<SyncPeer> peers = peersIn(m_engine.settings);
        QCOMPARE(peers.size(), 2);
        QCOMPARE(peers[0].url, QStringLiteral("wss://kept.example"));
        QCOMPARE(peers[0].filter, QStringLiteral("{}"));
        QCOMPARE(peers[1].url, QStringLiteral("wss://new.example"));
        QCOMPARE(peers[1].direction, SyncPeer::Direction::Down);
        QCOMPARE(peers[1].filter, QStringLiteral("{\"authors\":[\"%1\"]}").arg(kKey2));
        QTRY_VERIFY(!m_page->backupWizard());
        QVERIFY(m_page->removePeers({QStringLiteral("wss://kept.example"), QStringLiteral("wss://new.example")}));
    }

    // The "Done when" of issue 10: paste an npub, watch its notes arrive. A second real relay
    // holds the key's relay list (kind 10002, naming itself as a write relay), nine notes of the
    // key and one of another key; the wizard, with that relay as bootstrap, brings the key's
    // notes here and nothing else.
    void backupWizardBringsAKeysNotes() {
        GuiTestRelay other;
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        const QList<QByteArray> notes = testsupport::generatedNotes(); // notes 3..11 by key 4, note 0 by key 1
        nostr::Event relayList;
        relayList.kind = 10002;
        relayList.createdAt = QDateTime::currentSecsSinceEpoch();
        relayList.tags = {{"r", other.relay->url().toStdString(), "write"}};
        nostr::signEvent(relayList, testsupport::generatedKey(4));
        QList<QByteArray> toPublish{QByteArray::fromStdString(nostr::serializeEvent(relayList)), notes[0]};
        for (int i = 3; i < 12; ++i) toPublish << notes[i];
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        client.open(QUrl(other.relay->url()));
        QVERIFY(connected.wait(5000));
        int oks = 0;
        connect(&client, &QWebSocket::textMessageReceived, this, [&](const QString& m) {
            if (m.startsWith(QLatin1String("[\"OK\"")) && m.contains(QLatin1String(",true,"))) ++oks;
        });
        for (const QByteArray& e : toPublish) client.sendTextMessage(QStringLiteral("[\"EVENT\",%1]").arg(QString::fromUtf8(e)));
        QTRY_COMPARE_WITH_TIMEOUT(oks, int(toPublish.size()), 5000);
        const QString key4 = QJsonDocument::fromJson(notes[3]).object().value(QStringLiteral("pubkey")).toString();
        auto count = [&](const QString& filter) {
            quint64 n = 0;
            bool done = false;
            m_engine.relay->countEvents(filter.toUtf8(), [&](quint64 c, const QString&) {
                n = c;
                done = true;
            });
            return QTest::qWaitFor([&] { return done; }, 5000) ? n : ~quint64(0); // no answer: a count no test expects
        };
        const quint64 kindOneBefore = count(QStringLiteral("{\"kinds\":[1]}"));

        m_page->openBackupWizard();
        BackupNotesWizard* wizard = m_page->backupWizard();
        QVERIFY(wizard);
        wizard->keyField()->setText(nip19::npubFromHex(key4));
        wizard->bootstrapField()->setPlainText(other.relay->url());
        wizard->next();
        const QString found = wizard->findChild<QLabel*>(QStringLiteral("backupFound"))->text();
        if (!wizard->backup()->isRunning() && !wizard->isFinished() && found.contains(QLatin1String("not available yet"))) {
            wizard->reject(); // the placeholder NotesBackup of main before the backup job landed
            QSKIP(qPrintable(QStringLiteral("This build's NotesBackup does not run (%1)").arg(found)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isFinished(), 30000);
        QVERIFY2(wizard->summaryLabel()->text().contains(other.relay->url()), qPrintable(wizard->summaryLabel()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("{\"kinds\":[1],\"authors\":[\"%1\"]}").arg(key4)), quint64(9), 5000);
        QCOMPARE(count(QStringLiteral("{\"kinds\":[1]}")), kindOneBefore + 9); // not the other key's note
        wizard->reject();
        QTRY_VERIFY(!m_page->backupWizard());
    }

    void welcomeLinkAndShortcutOpenThePage() {
        LogModel log;
        Autostart autostart(m_engine.dir.filePath(QStringLiteral("xdg")));
        MainWindow window(*m_engine.relay, m_engine.settings, log, autostart, QStringLiteral("/usr/bin/roost"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Sync);
        window.showPage(MainWindow::Welcome);
        QLabel* link = window.welcomePage()->backupLink();
        QVERIFY(!link->isHidden());
        QVERIFY(link->text().contains(QLatin1String("href=\"backup\"")));
        emit link->linkActivated(QStringLiteral("backup"));
        QCOMPARE(window.currentPage(), MainWindow::Sync);
        QVERIFY(window.syncPage()->backupWizard());
        window.syncPage()->backupWizard()->reject();
        QTRY_VERIFY(!window.syncPage()->backupWizard());
    }

    void dashboardSyncTraffic() {
        TrafficHistory history;
        RelaySnapshot s;
        s.running = true;
        s.takenAtMs = 1'000'000;
        SyncPeerStatus a;
        a.url = QStringLiteral("wss://a.example");
        a.bytesIn = 1'000'000;
        a.bytesOut = 500;
        s.syncPeers = {a};
        history.add(s);
        s.takenAtMs += 2000;
        s.syncPeers[0].bytesIn += 4096;
        s.syncPeers[0].bytesOut += 1024;
        SyncPeerStatus b; // new peer: its cumulative counters add nothing yet
        b.url = QStringLiteral("wss://b.example");
        b.bytesIn = 9'999'999;
        s.syncPeers << b;
        history.add(s);
        QCOMPARE(history.points().back().syncBytesIn, 2048.0);
        QCOMPARE(history.points().back().syncBytesOut, 512.0);
        QCOMPARE(history.maximum(TrafficHistory::Series::SyncBytesIn), 2048.0);
    }

    void cleanupTestCase() {
        if (auto* w = m_page->backupWizard()) w->reject();
        m_page.reset();
    }
};

QTEST_MAIN(TestSyncPage)
#include "TestSyncPage.moc"
