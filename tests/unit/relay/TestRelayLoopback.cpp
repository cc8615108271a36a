// unit.relay.RelayLoopback: the whole engine in-process on 127.0.0.1 with a real SQLite file,
// driven over real TCP: NIP-11, publish, REQ/EOSE, live delivery, bad input answered with the
// NIP-01 prefixes while the connection stays usable, clean stop.
#include "WsTestClient.h"
#include "nostr/Canonical.h"
#include "nostr/Hex.h"
#include "nostr/Verify.h"
#include "roost/Relay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace roost;

namespace {

std::string signedNote(const std::string& content, uint32_t kind = 1, int64_t createdAt = 1700000000) {
    nostr::SecretKey sk{};
    sk[31] = 7;
    nostr::Event e;
    e.kind = kind;
    e.createdAt = createdAt;
    e.content = content;
    e.tags = {{"t", "roost"}};
    nostr::signEvent(e, sk);
    return nostr::serializeEvent(e);
}

std::string idOf(const std::string& eventJson) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(eventJson)).object().value(QStringLiteral("id")).toString().toStdString();
}

} // namespace

class TestRelayLoopback : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Relay> m_relay;
    quint16 m_port = 0;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        RelayConfig config;
        config.dataDir = m_dir.path();
        config.port = 0;
        config.limits.maxMessageLength = 4096;
        m_relay = createRelay(config);
        QString error;
        QVERIFY2(m_relay->start(&error), qPrintable(error));
        m_port = quint16(m_relay->url().section(QLatin1Char(':'), -1).toUInt());
        QVERIFY(m_port != 0);
    }

    void cleanupTestCase() {
        m_relay->stop();
        QVERIFY(!m_relay->isRunning());
    }

    void nip11DocumentWithCors() {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(s.waitForConnected(5000));
        s.write("GET / HTTP/1.1\r\nHost: x\r\nAccept: application/nostr+json\r\n\r\n");
        QByteArray response;
        while (s.waitForReadyRead(5000)) response += s.readAll();
        QVERIFY(response.startsWith("HTTP/1.1 200"));
        QVERIFY(response.contains("Content-Type: application/nostr+json"));
        QVERIFY(response.contains("Access-Control-Allow-Origin: *"));
        QVERIFY(response.contains("Access-Control-Allow-Methods:"));
        QVERIFY(response.contains("Access-Control-Allow-Headers:"));
        const QJsonObject doc = QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(doc.value(QStringLiteral("limitation")).toObject().value(QStringLiteral("max_message_length")).toInt(), 4096);
        QVERIFY(doc.value(QStringLiteral("supported_nips")).toArray().contains(1));
        // The relay's own key: created in the data directory, owner-only, and named as NIP-11 self.
        QFile keyFile(m_dir.filePath(QStringLiteral("relay.key")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QCOMPARE(keyFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        nostr::SecretKey sk{};
        QVERIFY(nostr::fromHex(keyFile.readAll().trimmed().toStdString(), sk));
        QCOMPARE(doc.value(QStringLiteral("self")).toString(), QString::fromStdString(nostr::toHex(nostr::publicKeyOf(sk))));
    }

    void publishQueryAndLiveDelivery() {
        WsTestClient subscriber, publisher;
        QVERIFY(subscriber.connectTo(m_port));
        QVERIFY(publisher.connectTo(m_port));

        const std::string first = signedNote("first");
        publisher.sendText("[\"EVENT\"," + first + "]");
        QCOMPARE(publisher.next(), "[\"OK\",\"" + idOf(first) + "\",true,\"\"]");
        publisher.sendText("[\"EVENT\"," + first + "]");
        QVERIFY(publisher.next().rfind("[\"OK\",\"" + idOf(first) + "\",true,\"duplicate:", 0) == 0);

        subscriber.sendText("[\"REQ\",\"s1\",{\"kinds\":[1],\"#t\":[\"roost\"]}]");
        QCOMPARE(subscriber.next(), "[\"EVENT\",\"s1\"," + first + "]");
        QCOMPARE(subscriber.next(), std::string("[\"EOSE\",\"s1\"]"));

        const std::string second = signedNote("second", 1, 1700000001);
        publisher.sendText("[\"EVENT\"," + second + "]");
        QCOMPARE(publisher.next(), "[\"OK\",\"" + idOf(second) + "\",true,\"\"]");
        QCOMPARE(subscriber.next(), "[\"EVENT\",\"s1\"," + second + "]");

        // CLOSE, then a REQ on the same connection: once its EOSE is here the CLOSE has reached
        // the live stage (same connection, same chain of inboxes), so what follows is ordered.
        subscriber.sendText("[\"CLOSE\",\"s1\"]");
        subscriber.sendText("[\"REQ\",\"s2\",{\"kinds\":[2]}]");
        QCOMPARE(subscriber.next(), std::string("[\"EOSE\",\"s2\"]"));
        const std::string third = signedNote("third", 1, 1700000002);
        publisher.sendText("[\"EVENT\"," + third + "]");
        QCOMPARE(publisher.next(), "[\"OK\",\"" + idOf(third) + "\",true,\"\"]");
        // Nothing arrives on s1 any more: the next message is the answer to a fresh REQ.
        subscriber.sendText("[\"REQ\",\"s3\",{\"ids\":[\"" + idOf(third) + "\"]}]");
        QCOMPARE(subscriber.next(), "[\"EVENT\",\"s3\"," + third + "]");
        QCOMPARE(subscriber.next(), std::string("[\"EOSE\",\"s3\"]"));
    }

    void badInputKeepsTheConnectionUsable() {
        WsTestClient c;
        QVERIFY(c.connectTo(m_port));
        c.sendText("this is not json");
        QVERIFY(c.next().rfind("[\"NOTICE\",\"invalid:", 0) == 0);
        c.sendText(std::string(5000, 'x'));
        const std::string tooLarge = c.next();
        QVERIFY2(tooLarge.rfind("[\"NOTICE\",\"invalid: message too large", 0) == 0, tooLarge.c_str());

        std::string tampered = signedNote("tampered");
        tampered.replace(tampered.find("tampered"), 8, "TAMPERED");
        c.sendText("[\"EVENT\"," + tampered + "]");
        const std::string ok = c.next();
        QVERIFY2(ok.find(",false,\"invalid:") != std::string::npos, ok.c_str());

        c.sendText("[\"REQ\",\"bad\",{\"kinds\":\"x\"}]");
        QVERIFY(c.next().rfind("[\"CLOSED\",\"bad\",\"invalid:", 0) == 0);
        c.sendText("[\"REQ\",\"ok\",{\"limit\":1}]");
        QVERIFY(!c.nextStartingWith("[\"EOSE\",\"ok\"]").empty());
    }

    void stopAndStartAgainInTheSameProcess() {
        // The tray stops and restarts the engine without exiting: the store survives, the port is free again.
        QTemporaryDir dir;
        RelayConfig config;
        config.dataDir = dir.path();
        config.port = 0;
        auto relay = createRelay(config);
        QString error;
        QVERIFY2(relay->start(&error), qPrintable(error));
        const std::string note = signedNote("survives a restart", 1, 1700000100);
        {
            WsTestClient c;
            QVERIFY(c.connectTo(quint16(relay->url().section(QLatin1Char(':'), -1).toUInt())));
            c.sendText("[\"EVENT\"," + note + "]");
            QCOMPARE(c.next(), "[\"OK\",\"" + idOf(note) + "\",true,\"\"]");
        }
        relay->stop();
        QVERIFY(!relay->isRunning());
        QVERIFY2(relay->start(&error), qPrintable(error));
        WsTestClient c;
        QVERIFY(c.connectTo(quint16(relay->url().section(QLatin1Char(':'), -1).toUInt())));
        c.sendText("[\"REQ\",\"r\",{\"ids\":[\"" + idOf(note) + "\"]}]");
        QCOMPARE(c.next(), "[\"EVENT\",\"r\"," + note + "]");
        relay->stop();
    }

    void ephemeralIsDeliveredButNotStored() {
        WsTestClient sub, pub;
        QVERIFY(sub.connectTo(m_port));
        QVERIFY(pub.connectTo(m_port));
        sub.sendText("[\"REQ\",\"e\",{\"kinds\":[20001]}]");
        QCOMPARE(sub.next(), std::string("[\"EOSE\",\"e\"]"));
        const std::string eph = signedNote("ephemeral", 20001);
        pub.sendText("[\"EVENT\"," + eph + "]");
        QCOMPARE(pub.next(), "[\"OK\",\"" + idOf(eph) + "\",true,\"\"]");
        QCOMPARE(sub.next(), "[\"EVENT\",\"e\"," + eph + "]");
        sub.sendText("[\"REQ\",\"e2\",{\"kinds\":[20001]}]");
        QCOMPARE(sub.next(), std::string("[\"EOSE\",\"e2\"]"));
    }
};

QTEST_GUILESS_MAIN(TestRelayLoopback)
#include "TestRelayLoopback.moc"
