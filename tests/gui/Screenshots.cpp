// roost_screenshots: runs the tray application's wiring (TrayApplication) on a real relay in a
// temporary folder, publishes real signed events (ROOST_SHARED_DATA/real-events.jsonl) from two
// clients authenticated as the owner (NIP-42), keeps five readers subscribed, lets about 40 s
// of traffic pass, then grabs every page of the main window into <outdir>/*.png.
// Usage: QT_QPA_PLATFORM=offscreen roost_screenshots docs/screenshots
#include "EventsModel.h"
#include "BackupNotesWizard.h"
#include "EventsPage.h"
#include "MainWindow.h"
#include "SyncPage.h"
#include "TrayApplication.h"
#include "nostr/Canonical.h"
#include "nostr/Hex.h"
#include "nostr/Verify.h"
#include "roost/Relay.h"
#include "roost/Settings.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTableView>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <cstdio>

using namespace roost;

namespace {

QString authFor(const QString& challengeMessage, const nostr::SecretKey& key, const QString& url) {
    const QString challenge = QJsonDocument::fromJson(challengeMessage.toUtf8()).array().at(1).toString();
    nostr::Event e;
    e.kind = 22242;
    e.createdAt = QDateTime::currentSecsSinceEpoch();
    e.tags = {{"relay", url.toStdString()}, {"challenge", challenge.toStdString()}};
    nostr::signEvent(e, key);
    return QStringLiteral("[\"AUTH\",%1]").arg(QString::fromStdString(nostr::serializeEvent(e)));
}

bool fail(const QString& why) {
    std::fprintf(stderr, "roost_screenshots: %s\n", qPrintable(why));
    return false;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    // The offscreen platform warns about every window size hint; they are not Roost's messages.
    QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);

    QTemporaryDir dir;
    Settings settings;
    QString error;
    if (!settings.loadFile(dir.filePath(QStringLiteral("roost.ini")), &error) ||
        !settings.setOverride(QStringLiteral("relay/data_dir"), dir.path(), &error) ||
        !settings.setOverride(QStringLiteral("relay/port"), 0, &error))
        return fail(error), 1;
    nostr::SecretKey owner{};
    for (auto& b : owner) b = uint8_t(QRandomGenerator::global()->generate());
    const QString ownerHex = QString::fromStdString(nostr::toHex(nostr::publicKeyOf(owner)));
    settings.setValue(QStringLiteral("relay/name"), QStringLiteral("Home relay"));
    settings.setValue(QStringLiteral("relay/description"), QStringLiteral("Notes, follows and DMs of the household"));
    settings.setValue(QStringLiteral("relay/contact"), QStringLiteral("mailto:admin@example.org"));
    settings.setValue(QStringLiteral("access/member_pubkeys"), QStringList{QStringLiteral("7e").repeated(32)});
    settings.setValue(QStringLiteral("access/min_level_event"), 1);
    settings.setValue(QStringLiteral("access/blocked_ips"), QStringList{QStringLiteral("203.0.113.9")});
    settings.setValue(QStringLiteral("rate/events_per_second"), 200);

    ui::TrayApplication gui(settings, QStringLiteral("/usr/bin/roost"));
    if (!gui.start(&error)) return fail(error), 1;
    Relay& relay = gui.relay();
    // A first start: no owner yet, so the window opens on the welcome page.
    {
        ui::MainWindow& window = gui.window();
        QTest::qWait(700);
        if (window.currentPage() != ui::MainWindow::Welcome) return fail(QStringLiteral("no welcome page on a first start")), 1;
        const QString path = QDir(outDir).filePath(QStringLiteral("welcome.png"));
        if (!window.grab().save(path)) return fail(QStringLiteral("cannot write ") + path), 1;
        std::printf("%s\n", qPrintable(path));
    }
    settings.setValue(QStringLiteral("access/owner_pubkeys"), QStringList{ownerHex});

    QFile file(QStringLiteral(ROOST_SHARED_DATA "/real-events.jsonl"));
    if (!file.open(QIODevice::ReadOnly)) return fail(QStringLiteral("cannot read ") + file.fileName()), 1;
    QStringList events;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty()) events << QString::fromUtf8(line);
    }

    std::vector<std::unique_ptr<QWebSocket>> clients;
    int oks = 0;
    auto open = [&](bool authenticate) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket* s = socket.get();
        QObject::connect(s, &QWebSocket::textMessageReceived, s, [&, s, authenticate](const QString& m) {
            if (authenticate && m.startsWith(QLatin1String("[\"AUTH\""))) s->sendTextMessage(authFor(m, owner, relay.url()));
            if (m.startsWith(QLatin1String("[\"OK\""))) ++oks;
        });
        s->open(QUrl(relay.url()));
        QTest::qWaitFor([s] { return s->state() == QAbstractSocket::ConnectedState; }, 5000);
        clients.push_back(std::move(socket));
        return s;
    };
    QWebSocket* publisherA = open(true);
    QWebSocket* publisherB = open(true);
    QTest::qWait(500);
    const int toSend = int(std::min<qsizetype>(events.size(), 4000));
    for (int i = 0; i < toSend; ++i) {
        (i % 2 ? publisherA : publisherB)->sendTextMessage(QStringLiteral("[\"EVENT\",%1]").arg(events[i]));
        if (i % 200 == 199) QTest::qWait(150);
    }
    QTest::qWaitFor([&] { return oks >= toSend; }, 60000);
    qInfo("Published %d events", toSend);
    std::vector<QWebSocket*> readers;
    for (int i = 0; i < 5; ++i) readers.push_back(open(false));
    for (size_t i = 0; i < readers.size(); ++i)
        readers[i]->sendTextMessage(QStringLiteral("[\"REQ\",\"feed\",{\"kinds\":[1,6,7],\"limit\":%1}]").arg(50 * (i + 1)));
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + 40000;
    for (int round = 0; QDateTime::currentMSecsSinceEpoch() < until; ++round) {
        QWebSocket* r = readers[size_t(round) % readers.size()];
        r->sendTextMessage(QStringLiteral("[\"REQ\",\"r%1\",{\"limit\":%2}]").arg(round).arg(20 + (round * 37) % 300));
        r->sendTextMessage(QStringLiteral("[\"CLOSE\",\"r%1\"]").arg(round));
        if (round % 3 == 0 && toSend + round < events.size())
            publisherA->sendTextMessage(QStringLiteral("[\"EVENT\",%1]").arg(events[toSend + round]));
        QTest::qWait(300 + int(QRandomGenerator::global()->bounded(700)));
    }

    ui::MainWindow& window = gui.window();
    // The Events page shows the latest notes and reactions, the newest with tags selected (its
    // decoded fields and tag list in the detail pane).
    ui::EventsPage* eventsPage = window.eventsPage();
    eventsPage->findChild<QLineEdit*>(QStringLiteral("kinds"))->setText(QStringLiteral("1, 6, 7"));
    QSignalSpy searched(eventsPage, &ui::EventsPage::finished);
    eventsPage->search();
    searched.wait(10000);
    int selected = 0;
    for (int row = 0; row < eventsPage->view()->model()->rowCount(); ++row) {
        const QByteArray json = eventsPage->view()->model()->index(row, 0).data(ui::EventsModel::JsonRole).toByteArray();
        if (QJsonDocument::fromJson(json).object().value(QStringLiteral("tags")).toArray().size() >= 2) {
            selected = row;
            break;
        }
    }
    eventsPage->view()->selectRow(selected);
    const struct { ui::MainWindow::Page page; const char* name; } pages[] = {
        {ui::MainWindow::Dashboard, "dashboard"}, {ui::MainWindow::Connections, "connections"},
        {ui::MainWindow::Events, "events"},
        {ui::MainWindow::Access, "access"},       {ui::MainWindow::SettingsPageIndex, "settings"},
        {ui::MainWindow::Log, "log"},
        {ui::MainWindow::Sync, "sync"},
    };
    // The Sync page with three peers as a person would set them up (what each shows depends on
    // whether the relay can reach them).
    settings.setValue(QStringLiteral("sync/peer"),
                      QStringList{QStringLiteral("wss://relay.example.org down periodic every=60 {\"authors\":[\"%1\"]}").arg(ownerHex),
                                  QStringLiteral("ws://192.168.1.20:4869 both live"),
                                  QStringLiteral("wss://archive.example.net up periodic every=1440 disabled {\"kinds\":[0,1,3,30023]}")});
    for (const auto& p : pages) {
        window.showPage(p.page);
        QTest::qWait(700);
        const QString path = QDir(outDir).filePath(QStringLiteral("%1.png").arg(QLatin1String(p.name)));
        if (!window.grab().save(path)) return fail(QStringLiteral("cannot write ") + path), 1;
        std::printf("%s\n", qPrintable(path));
    }
    // The "Back up my notes" wizard's first page, opened from the Sync page.
    window.showPage(ui::MainWindow::Sync);
    window.syncPage()->openBackupWizard();
    if (ui::BackupNotesWizard* wizard = window.syncPage()->backupWizard()) {
        QTest::qWait(700);
        const QString path = QDir(outDir).filePath(QStringLiteral("backup-notes.png"));
        if (!wizard->grab().save(path)) return fail(QStringLiteral("cannot write ") + path), 1;
        std::printf("%s\n", qPrintable(path));
        wizard->reject();
    }
    gui.shutdown();
    return 0;
}
