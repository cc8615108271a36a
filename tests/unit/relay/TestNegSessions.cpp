// unit.relay.NegSessions: the NIP-77 sessions of a ReqWorker over a real store file: answers,
// the session limit per connection, NEG-OPEN replacing an open id, NEG-CLOSE, a closed
// connection, the idle timeout (driven by the clock argument, no sleeping), max_records and
// malformed messages.
#include "../store/StoreTestSupport.h"

#include "relay/NegSessions.h"
#include "sync/Negentropy.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <ctime>

using namespace roost;
using namespace roost::testsupport;

namespace {
QJsonArray parse(const std::string& frame) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(frame)).array();
}
QString verb(const std::string& frame) { return parse(frame).at(0).toString(); }
QString reason(const std::string& frame) { return parse(frame).at(2).toString(); }
std::string emptyInitial() {
    static sync::NegVectorStorage empty;
    empty.seal();
    sync::Negentropy client(empty);
    return sync::negToHex(client.initiate());
}
} // namespace

class TestNegSessions : public QObject {
    Q_OBJECT
private slots:
    void sessionsFollowTheRules() {
        TempStore tmp;
        auto writeDb = tmp.open();
        const int64_t now = int64_t(std::time(nullptr));
        std::vector<nostr::Event> events;
        for (int i = 0; i < 40; ++i) events.push_back(signedEvent(1, 1, now - 100 + i % 3, {}, std::to_string(i)));
        writeEvents(*writeDb, events);
        auto db = tmp.open(store::Database::Mode::ReadOnly);

        NegentropyConfig config;
        config.maxSessions = 2;
        config.maxRecords = 100;
        relay::NegSessions sessions;
        const nostr::Filter all;

        // A client with nothing learns all 40 ids.
        sync::NegVectorStorage mine;
        mine.seal();
        sync::Negentropy client(mine);
        std::string frame = sessions.open(*db, config, 1, "a", all, sync::negToHex(client.initiate()), now);
        std::vector<nostr::Id> have, need;
        for (int rounds = 0; verb(frame) == QLatin1String("NEG-MSG") && rounds < 100; ++rounds) {
            auto next = client.reconcile(sync::negFromHex(reason(frame).toStdString()), have, need);
            if (!next) break;
            frame = sessions.message(config, 1, "a", sync::negToHex(*next));
        }
        QCOMPARE(need.size(), size_t(40));
        QVERIFY(have.empty());

        // Two sessions per connection; the same id again replaces; another connection is apart.
        QCOMPARE(verb(sessions.open(*db, config, 1, "b", all, emptyInitial(), now)), QStringLiteral("NEG-MSG"));
        QCOMPARE(sessions.countFor(1), size_t(2));
        const std::string third = sessions.open(*db, config, 1, "c", all, emptyInitial(), now);
        QCOMPARE(verb(third), QStringLiteral("NEG-ERR"));
        QVERIFY(reason(third).startsWith(QLatin1String("blocked: ")));
        QCOMPARE(verb(sessions.open(*db, config, 1, "b", all, emptyInitial(), now)), QStringLiteral("NEG-MSG"));
        QCOMPARE(sessions.countFor(1), size_t(2));
        QCOMPARE(verb(sessions.open(*db, config, 2, "a", all, emptyInitial(), now)), QStringLiteral("NEG-MSG"));
        sessions.close(1, "b");
        QCOMPARE(sessions.countFor(1), size_t(1));
        sessions.closeConnection(1);
        QCOMPARE(sessions.countFor(1), size_t(0));
        QCOMPARE(sessions.size(), size_t(1));
        // NEG-MSG for a session that is gone.
        QVERIFY(reason(sessions.message(config, 1, "a", "61")).startsWith(QLatin1String("closed: ")));

        // Idle timeout, judged at the clock value given.
        const auto deadline = sessions.nextDeadline(std::chrono::seconds(5));
        QVERIFY(deadline);
        QVERIFY(sessions.expire(*deadline - std::chrono::seconds(1), std::chrono::seconds(5)).empty());
        const auto expired = sessions.expire(*deadline, std::chrono::seconds(5));
        QCOMPARE(expired.size(), size_t(1));
        QCOMPARE(expired[0].conn, relay::ConnId(2));
        QVERIFY(reason(expired[0].frame).startsWith(QLatin1String("closed: ")));
        QVERIFY(sessions.empty());

        // max_records: the number as 4th element.
        config.maxRecords = 39;
        const std::string big = sessions.open(*db, config, 3, "x", all, emptyInitial(), now);
        QVERIFY(reason(big).startsWith(QLatin1String("blocked: ")));
        QCOMPARE(parse(big).at(3).toInt(), 39);
        QVERIFY(sessions.empty());

        // Malformed: NEG-ERR invalid, no session kept.
        for (const char* bad : {"zz", "6", "6100000300", "61ffffffffffffffffffff7f0000"}) {
            const std::string answer = sessions.open(*db, config, 3, "m", all, bad, now);
            QCOMPARE(verb(answer), QStringLiteral("NEG-ERR"));
            QVERIFY2(reason(answer).startsWith(QLatin1String("invalid: ")), bad);
        }
        QVERIFY(sessions.empty());
    }
};

QTEST_GUILESS_MAIN(TestNegSessions)
#include "TestNegSessions.moc"
