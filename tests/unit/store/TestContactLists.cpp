// unit.store.ContactLists: store::followsOf reads the newest stored kind-3 contact list (NIP-02) of
// each author from a real SQLite store: p tags only, valid keys only, sorted and unique; authors
// without a list add nothing. With policy::computeKnownKeys it gives the Known keys at depth 1 and 2.
#include "StoreTestSupport.h"

#include "policy/KnownKeys.h"
#include "store/ContactLists.h"

#include <algorithm>

using namespace roost;
using namespace roost::testsupport;

namespace {
nostr::PubKey pub(uint8_t n) { return nostr::publicKeyOf(testKey(n)); }
nostr::Tag p(uint8_t n) { return {"p", nostr::toHex(pub(n))}; }
std::vector<nostr::PubKey> sorted(std::vector<nostr::PubKey> keys) {
    std::sort(keys.begin(), keys.end());
    return keys;
}
} // namespace

class TestContactLists : public QObject {
    Q_OBJECT
private slots:
    void newestListPerAuthor() {
        TempStore tmp;
        auto db = tmp.open();
        // Author 1 replaced its list: only the newer one (follows 3 and 4) counts.
        writeEvent(*db, signedEvent(1, 3, 1000, {p(2), p(9)}));
        writeEvent(*db, signedEvent(1, 3, 2000, {p(3), p(4), p(4), {"e", nostr::toHex(pub(5))}, {"p", "not a key"}}));
        // Author 2 follows 4 and 5; a kind-1 note with p tags is not a contact list.
        writeEvent(*db, signedEvent(2, 3, 1500, {p(5), p(4)}));
        writeEvent(*db, signedEvent(2, 1, 1600, {p(8)}));

        QVERIFY(store::followsOf(*db, {pub(1)}) == sorted({pub(3), pub(4)}));
        QVERIFY(store::followsOf(*db, {pub(1), pub(2), pub(7)}) == sorted({pub(3), pub(4), pub(5)}));
        QVERIFY(store::followsOf(*db, {pub(7)}).empty());
        QVERIFY(store::followsOf(*db, {}).empty());
    }

    void knownKeysAtDepthOneAndTwo() {
        TempStore tmp;
        auto db = tmp.open();
        writeEvent(*db, signedEvent(1, 3, 1000, {p(2)}));       // the owner follows 2
        writeEvent(*db, signedEvent(2, 3, 1000, {p(3), p(1)})); // 2 follows 3 and the owner
        writeEvent(*db, signedEvent(3, 3, 1000, {p(4)}));       // depth 3: never reached
        int lookups = 0;
        const policy::FollowsLookup lookup = [&](const policy::KeySet& authors) {
            ++lookups;
            return store::followsOf(*db, authors);
        };
        QVERIFY(policy::computeKnownKeys({pub(1)}, 1, lookup) == policy::KeySet{pub(2)});
        QCOMPARE(lookups, 1);
        QVERIFY(policy::computeKnownKeys({pub(1)}, 2, lookup) == sorted({pub(1), pub(2), pub(3)}));
        QCOMPARE(lookups, 3);
        QVERIFY(policy::computeKnownKeys({pub(1)}, 0, lookup).empty());
        QVERIFY(policy::computeKnownKeys({}, 2, lookup).empty());
        QCOMPARE(lookups, 3); // depth 0 and no owners do not read the store
        QCOMPARE(policy::computeKnownKeys({pub(1)}, 2, lookup, 2).size(), size_t(2)); // capped
    }
};

QTEST_GUILESS_MAIN(TestContactLists)
#include "TestContactLists.moc"
