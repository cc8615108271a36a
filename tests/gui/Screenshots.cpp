// roost_screenshots: starts a real relay in a temporary folder, publishes real signed events
// (ROOST_SHARED_DATA/real-events.jsonl) from a few WebSocket clients, keeps readers subscribed
// (two of them authenticated with NIP-42), lets about 40 s of traffic pass, then grabs every
// page of the main window into <outdir>/*.png.
// Usage: QT_QPA_PLATFORM=offscreen roost_screenshots docs/screenshots
#include "AccessPage.h"
#include "GuiTestRelay.h"
#include "LogModel.h"
#include "MainWindow.h"
#include "Autostart.h"
#include "nostr/Canonical.h"
#include "nostr/Hex.h"
#include "nostr/Verify.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
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

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);

    ui::LogModel log;
    ui::LogModel::installMessageHandler(&log);
    GuiTestRelay engine;
    QString error;
    nostr::SecretKey owner{};
    for (auto& b : owner) b = uint8_t(QRandomGenerator::global()->generate());
    engine.settings.setValue(QStringLiteral("relay/name"), QStringLiteral("Home relay"));
    engine.settings.setValue(QStringLiteral("relay/description"), QStringLiteral("Notes, follows and DMs of the household"));
    engine.settings.setValue(QStringLiteral("relay/contact"), QStringLiteral("mailto:admin@example.org"));
    engine.settings.setValue(QStringLiteral("access/owner_pubkeys"),
                             QStringList{QString::fromStdString(nostr::toHex(nostr::publicKeyOf(owner)))});
    engine.settings.setValue(QStringLiteral("access/min_level_event"), 1);
    engine.settings.setValue(QStringLiteral("rate/events_per_second"), 200);
    if (!engine.start(&error)) {
        std::fprintf(stderr, "roost_screenshots: %s\n", qPrintable(error));
        return 1;
    }
    qInfo("Relay listening on %s", qPrintable(engine.relay->url()));
    ui::Autostart autostart(engine.dir.filePath(QStringLiteral("xdg")));
    ui::MainWindow window(*engine.relay, engine.settings, log, autostart, QStringLiteral("/usr/bin/roost"));
    window.show();

    QFile file(QStringLiteral(ROOST_SHARED_DATA "/real-events.jsonl"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "roost_screenshots: cannot read %s\n", qPrintable(file.fileName()));
        return 1;
    }
    QStringList events;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty()) events << QString::fromUtf8(line);
    }

    // Publishers: authenticated as the owner (level 1 needed to publish), each sends a share.
    std::vector<std::unique_ptr<QWebSocket>> clients;
    int oks = 0;
    auto open = [&](bool authenticate) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket* s = socket.get();
        QObject::connect(s, &QWebSocket::textMessageReceived, s, [&, s, authenticate](const QString& m) {
            if (m.startsWith(QLatin1String("[\"AUTH\"")) && authenticate) s->sendTextMessage(authFor(m, owner, engine.relay->url()));
            if (m.startsWith(QLatin1String("[\"OK\""))) ++oks;
        });
        s->open(QUrl(engine.relay->url()));
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
    qInfo("Published %d events (%d answered)", toSend, oks);
    // Readers with live subscriptions, from time to time asking for more.
    std::vector<QWebSocket*> readers;
    for (int i = 0; i < 5; ++i) readers.push_back(open(false));
    for (size_t i = 0; i < readers.size(); ++i)
        readers[i]->sendTextMessage(QStringLiteral("[\"REQ\",\"feed\",{\"kinds\":[1,6,7],\"limit\":%1}]").arg(50 * (i + 1)));
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + 40000;
    int round = 0;
    while (QDateTime::currentMSecsSinceEpoch() < until) {
        QWebSocket* r = readers[size_t(round) % readers.size()];
        r->sendTextMessage(QStringLiteral("[\"REQ\",\"r%1\",{\"limit\":%2}]").arg(round).arg(20 + (round * 37) % 300));
        if (round % 3 == 0 && toSend + round < events.size())
            publisherA->sendTextMessage(QStringLiteral("[\"EVENT\",%1]").arg(events[toSend + round]));
        ++round;
        QTest::qWait(300 + int(QRandomGenerator::global()->bounded(700)));
    }

    const struct { ui::MainWindow::Page page; const char* name; } pages[] = {
        {ui::MainWindow::Dashboard, "dashboard"}, {ui::MainWindow::Connections, "connections"},
        {ui::MainWindow::Access, "access"},       {ui::MainWindow::SettingsPageIndex, "settings"},
        {ui::MainWindow::Log, "log"},
    };
    for (const auto& p : pages) {
        window.showPage(p.page);
        QTest::qWait(700);
        const QString path = QDir(outDir).filePath(QStringLiteral("%1.png").arg(QLatin1String(p.name)));
        if (!window.grab().save(path)) {
            std::fprintf(stderr, "roost_screenshots: cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
    }
    ui::LogModel::installMessageHandler(nullptr);
    return 0;
}
