// unit.store.NegRecords: store::matchingRecords, the NIP-77 session's view of the store, serves
// exactly what a REQ would (without limit): expired events (NIP-40), deleted events (NIP-09) and
// direct messages for others are left out; max_records stops the walk one row past the limit.
#include "StoreTestSupport.h"

#include "nostr/Filter.h"
#include "nostr/Verify.h"
#include "store/FilterScan.h"

#include <algorithm>
#include <ctime>

using namespace roost;
using namespace roost::testsupport;

namespace {
std::vector<std::string> idsOf(const std::vector<store::RecordKey>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(hex(r.id));
    std::sort(out.begin(), out.end());
    return out;
}
std::vector<std::string> sortedIds(std::vector<nostr::Event> events) {
    std::vector<std::string> out;
    for (const auto& e : events) out.push_back(hex(e.id));
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

class TestNegRecords : public QObject {
    Q_OBJECT
private slots:
    void recordsAreWhatReqServes() {
        TempStore tmp;
        auto db = tmp.open();
        const int64_t now = int64_t(std::time(nullptr));
        const nostr::PubKey reader = nostr::publicKeyOf(testKey(3));
        const auto note1 = signedEvent(1, 1, now - 100, {{"t", "x"}});
        const auto note2 = signedEvent(1, 1, now - 100, {}, "same second");
        const auto expiring = signedEvent(1, 1, now - 90, {{"expiration", std::to_string(now + 3600)}});
        const auto expired = signedEvent(1, 1, now - 80, {{"expiration", std::to_string(now - 10)}});
        const auto deleted = signedEvent(1, 1, now - 70, {}, "to delete");
        const auto dm = signedEvent(2, 4, now - 60, {{"p", hex(reader)}}, "secret");
        writeEvents(*db, {note1, note2, expiring, expired, deleted, dm});
        writeEvents(*db, {signedEvent(1, 5, now - 50, {{"e", hex(deleted.id)}})});
        const auto deletion = signedEvent(1, 5, now - 50, {{"e", hex(deleted.id)}});

        nostr::Filter f;
        f.authors = std::vector<nostr::PubKey>{nostr::publicKeyOf(testKey(1)), nostr::publicKeyOf(testKey(2))};
        std::sort(f.authors->begin(), f.authors->end());
        f.privateReaders = std::vector<nostr::PubKey>{}; // not authenticated: no direct messages
        auto rows = store::matchingRecords(*db, f, 100, now);
        QCOMPARE(idsOf(rows), sortedIds({note1, note2, expiring, deletion}));
        // The same as REQ's answer.
        std::vector<std::string> req = testsupport::idsOf(store::queryEvents(*db, {f}, 100));
        std::sort(req.begin(), req.end());
        QCOMPARE(idsOf(rows), req);
        // created_at comes from the index.
        for (const auto& r : rows)
            if (r.id == note1.id) QCOMPARE(r.createdAt, note1.createdAt);

        f.privateReaders = std::vector<nostr::PubKey>{reader}; // the DM's recipient
        QCOMPARE(idsOf(store::matchingRecords(*db, f, 100, now)), sortedIds({note1, note2, expiring, deletion, dm}));
        // Expiry is judged at `now`.
        QCOMPARE(idsOf(store::matchingRecords(*db, f, 100, now + 7200)), sortedIds({note1, note2, deletion, dm}));
        // More than maxRecords: one row past the limit, so the caller can tell.
        QCOMPARE(store::matchingRecords(*db, f, 2, now).size(), size_t(3));
        QCOMPARE(store::matchingRecords(*db, f, 5, now).size(), size_t(5));
        // A filter's limit keeps the newest.
        f.limit = 1;
        QCOMPARE(idsOf(store::matchingRecords(*db, f, 100, now)), sortedIds({deletion}));
        // A residual tag condition.
        nostr::Filter tagged;
        tagged.tags = {nostr::TagCondition{'t', {"x"}}};
        QCOMPARE(idsOf(store::matchingRecords(*db, tagged, 100, now)), sortedIds({note1}));
    }
};

QTEST_GUILESS_MAIN(TestNegRecords)
#include "TestNegRecords.moc"
