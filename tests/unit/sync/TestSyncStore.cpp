// unit.sync.SyncStore: the local side of a sync on a real store file: the matching set,
// admission of downloaded events like a client's EVENT (bans, kind lists, expiry, signatures)
// and writing through the EventWriter (NIP-09 tombstones keep deleted events out).
#include "../store/StoreTestSupport.h"

#include "sync/SyncStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace roost;
using namespace roost::sync;
using namespace roost::testsupport;

class TestSyncStore : public QObject {
    Q_OBJECT
private slots:
    void matchingSetAndEventsById() {
        QTemporaryDir dir;
        RelayConfig config;
        config.dataDir = dir.path();
        SyncStore store(config);
        std::vector<nostr::Event> events;
        for (int i = 0; i < 30; ++i) events.push_back(signedEvent(uint8_t(1 + i % 3), i % 2 ? 1 : 7, 1000 + i));
        std::vector<const nostr::Event*> ptrs;
        for (const auto& e : events) ptrs.push_back(&e);
        for (const auto& r : store.write(ptrs)) QCOMPARE(int(r.status), int(store::WriteStatus::Stored));

        NegVectorStorage kind1;
        store.collect(nostr::parseFilter(R"({"kinds":[1]})"), kind1);
        QCOMPARE(kind1.size(), size_t(15));
        for (size_t i = 1; i < kind1.size(); ++i) QVERIFY(kind1.at(i - 1) < kind1.at(i));
        NegVectorStorage limited; // a limit does not cut the set
        store.collect(nostr::parseFilter(R"({"limit":2})"), limited);
        QCOMPARE(limited.size(), size_t(30));

        const std::vector<nostr::Id> want{events[3].id, events[10].id, nostr::Id{}};
        const auto got = store.eventJsons(want);
        QCOMPARE(got.size(), size_t(2));
        for (const auto& [id, json] : got) QVERIFY(json.find(nostr::toHex(id)) != std::string::npos);
    }

    void admissionLikeAClientEvent() {
        QTemporaryDir dir;
        RelayConfig config;
        config.dataDir = dir.path();
        const nostr::Event fromBanned = signedEvent(9, 1, 1000);
        config.access.bannedPubkeys = {QString::fromStdString(nostr::toHex(fromBanned.pubkey))};
        config.access.deniedKinds = {7};
        SyncStore store(config);
        const int64_t now = QDateTime::currentSecsSinceEpoch();

        QVERIFY(!store.admit(signedEvent(1, 1, 1000), now));
        QCOMPARE(store.admit(fromBanned, now).value_or(""), std::string("blocked: the author is banned here"));
        QCOMPARE(store.admit(signedEvent(1, 7, 1000), now).value_or(""), std::string("blocked: kind 7 is not accepted here"));
        QVERIFY(store.admit(signedEvent(1, 1, 1000, {{"expiration", "1001"}}), now).value_or("").rfind("invalid:", 0) == 0);
        QVERIFY(store.admit(signedEvent(1, 1, now + 100000), now).value_or("").rfind("invalid:", 0) == 0);
        nostr::Event forged = signedEvent(1, 1, 1000, {}, "original");
        forged.content = "changed";
        QCOMPARE(store.admit(forged, now).value_or(""), std::string("invalid: event id does not match its content"));
    }

    void deletedEventsStayOut() {
        QTemporaryDir dir;
        RelayConfig config;
        config.dataDir = dir.path();
        SyncStore store(config);
        const nostr::Event note = signedEvent(2, 1, 1000);
        const nostr::Event deletion = signedEvent(2, 5, 1001, {{"e", nostr::toHex(note.id)}});
        const nostr::Event* first[] = {&deletion};
        QCOMPARE(int(store.write(first).at(0).status), int(store::WriteStatus::Stored));
        const nostr::Event* again[] = {&note};
        const store::WriteResult r = store.write(again).at(0);
        QCOMPARE(int(r.status), int(store::WriteStatus::Rejected));
        QVERIFY2(r.reason.rfind("blocked:", 0) == 0, r.reason.c_str());
    }
};

QTEST_MAIN(TestSyncStore)
#include "TestSyncStore.moc"
