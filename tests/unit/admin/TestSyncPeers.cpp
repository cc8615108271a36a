// unit.admin.SyncPeers: sync peers in the settings schema (issue 10 item 1) and `roost peers`
// (item 6) on a real config file: the "peer=" line format and its validation, repeated lines
// read as a list, add/update/remove through Settings keeping every comment, and a change made
// in the file reaching a second Settings (a running relay) live.
#include "roost/PeersCommand.h"
#include "roost/Settings.h"
#include "roost/SyncPeer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace roost;

namespace {

constexpr char kKeyHex[] = "3bf0c63fcb93463407af97a5e5ee64fa883d107ef9e558472c4eb9aaaefa459d";

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

struct Run {
    int rc;
    QString out, err;
};

Run peers(Settings& s, const QStringList& args, const tools::PeerOptions& o = {}) {
    std::ostringstream out, err;
    const int rc = tools::runPeers(s, args, o, out, err);
    return {rc, QString::fromStdString(out.str()), QString::fromStdString(err.str())};
}

} // namespace

class TestSyncPeers : public QObject {
    Q_OBJECT
private slots:
    void parsesTheLineFormat() {
        QString error;
        auto p = SyncPeer::parse(QStringLiteral("  wss://relay.example.org  both live  "), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->url, QStringLiteral("wss://relay.example.org"));
        QCOMPARE(p->direction, SyncPeer::Direction::Both);
        QVERIFY(p->live);
        QVERIFY(p->enabled);
        QCOMPARE(p->filter, QStringLiteral("{}"));
        QCOMPARE(p->format(), QStringLiteral("wss://relay.example.org both live"));

        p = SyncPeer::parse(QStringLiteral("ws://127.0.0.1:4870 every=15 disabled up {\"kinds\": [1, 7], \"#t\": [\"a;b\"]}"), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->direction, SyncPeer::Direction::Up);
        QVERIFY(!p->live);
        QVERIFY(!p->enabled);
        QCOMPARE(p->everyMinutes, 15u);
        QCOMPARE(p->filter, QStringLiteral("{\"#t\":[\"a;b\"],\"kinds\":[1,7]}"));
        const QString line = p->format();
        QCOMPARE(line, QStringLiteral("ws://127.0.0.1:4870 up periodic every=15 disabled {\"#t\":[\"a;b\"],\"kinds\":[1,7]}"));
        QCOMPARE(SyncPeer::parse(line, nullptr), p); // round trip

        p = SyncPeer::parse(QStringLiteral("wss://r.example"), &error); // defaults
        QCOMPARE(p->format(), QStringLiteral("wss://r.example down periodic every=60"));
    }

    void refusesBadLinesInWords_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("why");
        QTest::newRow("https") << "https://relay.example.org" << "is not a ws:// or wss:// URL";
        QTest::newRow("no host") << "wss://" << "is not a ws:// or wss:// URL";
        QTest::newRow("empty") << "   " << "no URL";
        QTest::newRow("word") << "wss://r.example sideways" << "unknown word \"sideways\"";
        QTest::newRow("every 0") << "wss://r.example every=0" << "every=0: minutes must be 1..525600";
        QTest::newRow("every text") << "wss://r.example every=often" << "minutes must be";
        QTest::newRow("not json") << "wss://r.example {kinds:1}" << "filter is not a JSON object";
        QTest::newRow("bad author") << "wss://r.example {\"authors\":[\"xyz\"]}" << "filter is not a NIP-01 filter: invalid:";
        QTest::newRow("bad key") << "wss://r.example {\"colour\":\"red\"}" << "filter is not a NIP-01 filter";
    }
    void refusesBadLinesInWords() {
        QFETCH(QString, line);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!SyncPeer::parse(line, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    void schemaRefusesBadAndDuplicatePeers() {
        Settings s;
        QString error;
        QVERIFY(!s.setValue(QStringLiteral("sync/peer"), QStringList{QStringLiteral("ftp://x.example")}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("sync/peer: \"ftp://x.example\": ")), qPrintable(error));
        QVERIFY(!s.setValue(QStringLiteral("sync/peer"),
                            QStringList{QStringLiteral("wss://a.example"), QStringLiteral("wss://a.example up")}, &error));
        QVERIFY2(error.contains(QStringLiteral("wss://a.example is listed twice")), qPrintable(error));
        QVERIFY(s.config().syncPeers.isEmpty());
        QVERIFY(settingsMarkdown().contains(QStringLiteral("| `sync/peer` | sync peers (one line each) |")));
    }

    void readsRepeatedLinesAndRefusesABadFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roost.conf"));
        writeAll(path, QByteArray("[relay]\nname=Home\n\n[sync]\n# my phone's relay\npeer=ws://10.0.0.2:4869 both live\n"
                                  "; the big one\npeer=wss://relay.example.org down every=30 {\"authors\":[\"") +
                           kKeyHex + "\"]} ; keep\n");
        Settings s;
        QString error;
        QVERIFY2(s.loadFile(path, &error), qPrintable(error));
        const QList<SyncPeer>& peers = s.config().syncPeers;
        QCOMPARE(peers.size(), 2);
        QCOMPARE(peers[0].url, QStringLiteral("ws://10.0.0.2:4869"));
        QVERIFY(peers[0].live);
        QCOMPARE(peers[1].everyMinutes, 30u);
        QCOMPARE(peers[1].filter, QStringLiteral("{\"authors\":[\"%1\"]}").arg(QLatin1String(kKeyHex)));

        writeAll(path, "[sync]\npeer=wss://ok.example\npeer=wss://bad.example {\"limit\":\"ten\"}\n");
        Settings bad;
        QVERIFY(!bad.loadFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("sync/peer: \"wss://bad.example {\"limit\":\"ten\"}\": filter is not a NIP-01 filter")),
                 qPrintable(error));
    }

    void peersCommandEditsTheFileKeepingComments() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roost.conf"));
        QVERIFY(Settings::createDefaultFile(path, nullptr));
        const QByteArray header = "# my own note at the top\n";
        writeAll(path, header + readAll(path));
        Settings s;
        QString error;
        QVERIFY2(s.loadFile(path, &error), qPrintable(error));

        Run r = peers(s, {});
        QCOMPARE(r.rc, 0);
        QCOMPARE(r.out, QStringLiteral("no sync peers\n"));

        r = peers(s, {QStringLiteral("add"), QStringLiteral("wss://one.example")});
        QCOMPARE(r.rc, 0);
        QCOMPARE(r.out, QStringLiteral("added wss://one.example down periodic every=60\n"));
        tools::PeerOptions o;
        o.direction = QStringLiteral("both");
        o.mode = QStringLiteral("live");
        o.filter = QStringLiteral("{\"kinds\": [1]}");
        r = peers(s, {QStringLiteral("add"), QStringLiteral("ws://127.0.0.1:4870")}, o);
        QCOMPARE(r.rc, 0);

        QByteArray text = readAll(path);
        QVERIFY(text.startsWith(header));
        QVERIFY(text.contains("# Roost configuration."));
        QVERIFY2(text.contains("[sync]\n# A sync peer"), text.constData());
        QVERIFY2(text.contains("\npeer=wss://one.example down periodic every=60\npeer=ws://127.0.0.1:4870 both live {\"kinds\":[1]}\n"),
                 text.constData());

        // A fresh reader (the next `roost peers`) sees both.
        Settings again;
        QVERIFY(again.loadFile(path, &error));
        r = peers(again, {QStringLiteral("list")});
        // Each config line, then the peer's state lines (indented) from the saved health.
        QStringList configLines;
        for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.startsWith(QLatin1String("  "))) configLines << line;
        QCOMPARE(configLines, QStringList({QStringLiteral("wss://one.example down periodic every=60"),
                                           QStringLiteral("ws://127.0.0.1:4870 both live {\"kinds\":[1]}")}));
        QVERIFY2(r.out.contains(QLatin1String("\n  state: idle\n  last sync: never\n")), qPrintable(r.out));

        // add with a known URL updates it in place.
        o = {};
        o.every = QStringLiteral("5");
        r = peers(again, {QStringLiteral("add"), QStringLiteral("wss://one.example")}, o);
        QCOMPARE(r.out, QStringLiteral("updated wss://one.example down periodic every=5\n"));
        QCOMPARE(again.config().syncPeers.size(), 2);
        QCOMPARE(again.config().syncPeers[0].everyMinutes, 5u);

        r = peers(again, {QStringLiteral("remove"), QStringLiteral("wss://one.example")});
        QCOMPARE(r.rc, 0);
        QCOMPARE(r.out, QStringLiteral("removed wss://one.example\n"));
        text = readAll(path);
        QVERIFY(!text.contains("one.example"));
        QVERIFY(text.contains("\npeer=ws://127.0.0.1:4870 both live {\"kinds\":[1]}\n"));
        QVERIFY(text.startsWith(header));

        r = peers(again, {QStringLiteral("remove"), QStringLiteral("ws://127.0.0.1:4870")});
        QCOMPARE(r.rc, 0);
        Settings empty;
        QVERIFY(empty.loadFile(path, &error));
        QVERIFY(empty.config().syncPeers.isEmpty());
    }

    void peersCommandRefusesBadInput() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roost.conf"));
        writeAll(path, "[sync]\npeer=wss://keep.example\n");
        Settings s;
        QVERIFY(s.loadFile(path, nullptr));
        tools::PeerOptions o;
        o.direction = QStringLiteral("sideways");
        Run r = peers(s, {QStringLiteral("add"), QStringLiteral("wss://x.example")}, o);
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--dir must be down, up or both")), qPrintable(r.err));
        o = {};
        o.mode = QStringLiteral("sometimes");
        QCOMPARE(peers(s, {QStringLiteral("add"), QStringLiteral("wss://x.example")}, o).rc, 2);
        o = {};
        o.filter = QStringLiteral("{\"ids\":[\"nothex\"]}");
        r = peers(s, {QStringLiteral("add"), QStringLiteral("wss://x.example")}, o);
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains(QStringLiteral("filter is not a NIP-01 filter")), qPrintable(r.err));
        r = peers(s, {QStringLiteral("add"), QStringLiteral("http://x.example")});
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not a ws:// or wss:// URL")), qPrintable(r.err));
        r = peers(s, {QStringLiteral("remove"), QStringLiteral("wss://unknown.example")});
        QCOMPARE(r.rc, 2);
        QVERIFY(r.err.contains(QStringLiteral("no sync peer wss://unknown.example")));
        QCOMPARE(peers(s, {QStringLiteral("frobnicate")}).rc, 2);
        QCOMPARE(readAll(path), QByteArray("[sync]\npeer=wss://keep.example\n")); // untouched
    }

    void aRunningRelaySeesTheChangeLive() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roost.conf"));
        writeAll(path, "[relay]\nname=Home\n");
        Settings relay, cli;
        QVERIFY(relay.loadFile(path, nullptr));
        QVERIFY(cli.loadFile(path, nullptr));
        QSignalSpy changed(&relay, &Settings::changed);
        QCOMPARE(peers(cli, {QStringLiteral("add"), QStringLiteral("wss://live.example")}).rc, 0);
        QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList{QStringLiteral("sync/peer")}), 10000);
        QCOMPARE(relay.config().syncPeers.size(), 1);
        QCOMPARE(relay.config().syncPeers[0].url, QStringLiteral("wss://live.example"));
    }
};

QTEST_GUILESS_MAIN(TestSyncPeers)
#include "TestSyncPeers.moc"
