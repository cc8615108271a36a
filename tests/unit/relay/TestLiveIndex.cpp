// unit.relay.LiveIndex: the inverted index selects exactly the subscriptions a brute-force
// check over every filter selects, once each, honouring snapshots and removals.
#include "relay/LiveIndex.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <set>

using namespace roost;
using roost::relay::LiveIndex;

namespace {

nostr::Id key(uint8_t n) {
    nostr::Id k{};
    k[0] = n;
    k[31] = uint8_t(n * 7);
    return k;
}

struct World {
    std::mt19937 rng{12345};
    int pick(int n) { return int(rng() % uint32_t(n)); }

    nostr::Event event() {
        nostr::Event e;
        e.id = key(uint8_t(pick(200)));
        e.pubkey = key(uint8_t(pick(8)));
        e.kind = uint32_t(std::array{0, 1, 3, 7, 30023}[size_t(pick(5))]);
        e.createdAt = 1000 + pick(50);
        for (int t = pick(4); t > 0; --t) {
            const char letter = "ept"[pick(3)];
            if (pick(5) == 0) e.tags.push_back({std::string(1, letter)}); // a tag without a value
            else e.tags.push_back({std::string(1, letter), "v" + std::to_string(pick(6))});
        }
        if (pick(6) == 0) e.tags.push_back({"ee", "v1"}); // multi-letter names are not indexed
        return e;
    }

    nostr::Filter filter() {
        nostr::Filter f;
        if (pick(6) == 0) f.ids = std::vector<nostr::Id>{key(uint8_t(pick(200))), key(uint8_t(pick(200)))};
        if (pick(3) == 0) f.authors = std::vector<nostr::PubKey>{key(uint8_t(pick(8)))};
        if (pick(3) == 0) f.kinds = std::vector<uint32_t>{uint32_t(std::array{0, 1, 7}[size_t(pick(3))])};
        if (pick(3) == 0) f.tags.push_back({"ept"[pick(3)], {"v" + std::to_string(pick(6)), "v" + std::to_string(pick(6))}});
        if (pick(4) == 0) f.since = 1000 + pick(50);
        if (pick(4) == 0) f.until = 1000 + pick(50);
        for (auto& t : f.tags) {
            std::sort(t.values.begin(), t.values.end());
            t.values.erase(std::unique(t.values.begin(), t.values.end()), t.values.end());
        }
        if (f.ids) std::sort(f.ids->begin(), f.ids->end());
        return f;
    }
};

} // namespace

class TestLiveIndex : public QObject {
    Q_OBJECT
private slots:
    void matchesLikeBruteForce() {
        World w;
        LiveIndex index;
        struct Sub { relay::ConnId conn; std::string id; std::vector<nostr::Filter> filters; uint64_t snapshot; };
        std::vector<Sub> subs;
        for (int i = 0; i < 300; ++i) {
            Sub s{relay::ConnId(1 + w.pick(20)), "s" + std::to_string(i), {}, uint64_t(w.pick(3) == 0 ? 50 : 0)};
            for (int f = 1 + w.pick(3); f > 0; --f) s.filters.push_back(w.filter());
            index.add(s.conn, s.id, s.filters, s.snapshot);
            subs.push_back(std::move(s));
        }
        // Remove a few subscriptions and a whole connection.
        for (int i = 0; i < 30; ++i) {
            const size_t victim = size_t(w.pick(int(subs.size())));
            index.remove(subs[victim].conn, subs[victim].id);
            subs.erase(subs.begin() + long(victim));
        }
        index.removeConnection(3);
        std::erase_if(subs, [](const Sub& s) { return s.conn == 3; });
        QCOMPARE(index.subscriptionCount(), subs.size());

        int delivered = 0;
        for (int n = 0; n < 3000; ++n) {
            const nostr::Event e = w.event();
            const uint64_t seq = uint64_t(w.pick(100)); // 0 = ephemeral
            std::vector<LiveIndex::Target> got;
            index.match(e, seq, got);
            std::set<LiveIndex::Target> want;
            for (const Sub& s : subs) {
                if (seq != 0 && seq <= s.snapshot) continue;
                if (std::any_of(s.filters.begin(), s.filters.end(), [&](const auto& f) { return f.matches(e); }))
                    want.insert({s.conn, s.id});
            }
            const std::set<LiveIndex::Target> gotSet(got.begin(), got.end());
            QCOMPARE(got.size(), gotSet.size()); // each subscription at most once
            QVERIFY2(gotSet == want, qPrintable(QStringLiteral("event %1").arg(n)));
            delivered += int(got.size());
        }
        QVERIFY(delivered > 1000); // the random world really exercises matches
    }

    void replacingASubscriptionDropsItsOldFilters() {
        LiveIndex index;
        nostr::Filter kind1;
        kind1.kinds = std::vector<uint32_t>{1};
        nostr::Filter kind7;
        kind7.kinds = std::vector<uint32_t>{7};
        index.add(1, "s", {kind1}, 0);
        index.add(1, "s", {kind7}, 0);
        QCOMPARE(index.subscriptionCount(), size_t(1));
        nostr::Event e;
        e.kind = 1;
        std::vector<LiveIndex::Target> got;
        index.match(e, 5, got);
        QVERIFY(got.empty());
        e.kind = 7;
        index.match(e, 6, got);
        QCOMPARE(got.size(), size_t(1));
        QVERIFY(index.matchesSubscription(1, "s", e));
        QVERIFY(!index.matchesSubscription(2, "s", e));
    }
};

QTEST_APPLESS_MAIN(TestLiveIndex)
#include "TestLiveIndex.moc"
