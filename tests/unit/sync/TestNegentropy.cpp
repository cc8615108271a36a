// unit.sync.Negentropy: the NIP-77 appendix (Negentropy Protocol V1): varints, bounds,
// fingerprints, and reconciliation between two in-memory storages ending with exactly the
// symmetric difference; malformed messages throw NegentropyError.
#include "sync/Negentropy.h"

#include <openssl/sha.h>

#include <QTest>

#include <algorithm>
#include <random>
#include <set>

using namespace roost;
using namespace roost::sync;

namespace {

std::string bytes(std::initializer_list<int> b) {
    std::string s;
    for (int x : b) s.push_back(char(x));
    return s;
}

nostr::Id randomId(std::mt19937_64& rng) {
    nostr::Id id;
    for (auto& b : id) b = uint8_t(rng());
    return id;
}

/// The fingerprint written plainly: a bytewise little-endian big-integer sum with carry, the
/// count as base-128 digits most significant first, SHA-256, first 16 bytes.
Fingerprint plainFingerprint(const std::vector<nostr::Id>& ids) {
    std::array<unsigned, 32> sum{};
    for (const nostr::Id& id : ids) {
        unsigned carry = 0;
        for (int i = 0; i < 32; ++i) {
            const unsigned s = sum[i] + id[i] + carry;
            sum[i] = s & 0xff;
            carry = s >> 8;
        }
    }
    std::vector<uint8_t> input;
    for (unsigned b : sum) input.push_back(uint8_t(b));
    std::vector<uint8_t> digits;
    uint64_t n = ids.size();
    do { digits.push_back(uint8_t(n % 128)); n /= 128; } while (n);
    for (size_t i = digits.size(); i-- > 0;) input.push_back(uint8_t(digits[i] | (i ? 0x80 : 0)));
    uint8_t digest[32];
    SHA256(input.data(), input.size(), digest);
    Fingerprint fp;
    std::copy_n(digest, 16, fp.begin());
    return fp;
}

struct Outcome {
    std::set<nostr::Id> have, need;
    size_t haveReports = 0, needReports = 0; // ids reported, counting repeats
    int rounds = 0;
    size_t biggestMessage = 0;
};

/// Runs a whole reconciliation; fails the test when it takes more than 10'000 rounds.
Outcome reconcile(const NegStorage& client, const NegStorage& server, size_t limit) {
    Negentropy c(client, limit), s(server, limit);
    Outcome out;
    std::optional<std::string> msg = c.initiate();
    while (msg) {
        out.biggestMessage = std::max(out.biggestMessage, msg->size());
        const std::string answer = s.reconcile(*msg);
        out.biggestMessage = std::max(out.biggestMessage, answer.size());
        std::vector<nostr::Id> have, need;
        msg = c.reconcile(answer, have, need);
        out.haveReports += have.size();
        out.needReports += need.size();
        out.have.insert(have.begin(), have.end());
        out.need.insert(need.begin(), need.end());
        if (++out.rounds > 10000) { qWarning("reconciliation does not end"); break; }
    }
    return out;
}

} // namespace

class TestNegentropy : public QObject {
    Q_OBJECT
private slots:
    void varintKnownEncodings() {
        const std::vector<std::pair<uint64_t, std::string>> cases = {
            {0, bytes({0x00})}, {1, bytes({0x01})}, {127, bytes({0x7f})}, {128, bytes({0x81, 0x00})},
            {300, bytes({0x82, 0x2c})}, {16383, bytes({0xff, 0x7f})}, {16384, bytes({0x81, 0x80, 0x00})}};
        for (const auto& [value, wire] : cases) {
            std::string out;
            negAppendVarint(out, value);
            QCOMPARE(negToHex(out), negToHex(wire));
            std::string_view in = wire;
            QCOMPARE(negReadVarint(in), value);
            QVERIFY(in.empty());
        }
    }

    void varintRoundTrip() {
        std::mt19937_64 rng(1);
        std::vector<uint64_t> values = {0, 1, 127, 128, (1ull << 32) - 1, 1ull << 63, UINT64_MAX, UINT64_MAX - 1};
        for (int i = 0; i < 2000; ++i) values.push_back(rng() >> (rng() % 64));
        std::string wire;
        for (uint64_t v : values) negAppendVarint(wire, v);
        std::string_view in = wire;
        for (uint64_t v : values) QCOMPARE(negReadVarint(in), v);
        QVERIFY(in.empty());
        std::string max;
        negAppendVarint(max, UINT64_MAX);
        QCOMPARE(max.size(), size_t(10));
    }

    void varintMalformed() {
        for (const std::string& bad : {std::string(), bytes({0x80}), bytes({0xff, 0xff}),
                                       std::string(11, char(0x80)) + bytes({0x01}),
                                       bytes({0x82, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})}) {
            std::string_view in = bad;
            QVERIFY_THROWS_EXCEPTION(NegentropyError, negReadVarint(in));
        }
    }

    void boundRoundTrip() {
        std::mt19937_64 rng(2);
        std::vector<NegItem> bounds;
        uint64_t ts = 0;
        for (int i = 0; i < 500; ++i) {
            ts += rng() % 3 == 0 ? 0 : rng() % 100000;
            NegItem b;
            b.timestamp = ts;
            const size_t len = rng() % 33;
            for (size_t k = 0; k < len; ++k) b.id[k] = uint8_t(rng());
            bounds.push_back(b);
        }
        NegItem inf;
        inf.timestamp = UINT64_MAX;
        bounds.push_back(inf);
        std::string wire;
        uint64_t last = 0;
        for (const NegItem& b : bounds) negAppendBound(wire, b, last);
        std::string_view in = wire;
        last = 0;
        for (const NegItem& b : bounds) QVERIFY(negReadBound(in, last) == b);
        QVERIFY(in.empty());
        // Infinity is encoded as 0 with no prefix; a delta of 5 as 6.
        std::string w;
        uint64_t l = 0;
        negAppendBound(w, inf, l);
        QCOMPARE(w, bytes({0x00, 0x00}));
        w.clear();
        l = 10;
        NegItem b15;
        b15.timestamp = 15;
        b15.id[0] = 0xab;
        negAppendBound(w, b15, l);
        QCOMPARE(w, bytes({0x06, 0x01, 0xab}));
    }

    void boundMalformed() {
        uint64_t last = 0;
        for (const std::string& bad : {bytes({0x01}), bytes({0x01, 0x21}), bytes({0x01, 0x02, 0xaa}),
                                       bytes({0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x00})}) {
            std::string_view in = bad;
            last = 0;
            QVERIFY_THROWS_EXCEPTION(NegentropyError, negReadBound(in, last));
        }
        // After infinity, only infinity again.
        std::string_view in = "\x05\x00";
        last = UINT64_MAX;
        QVERIFY_THROWS_EXCEPTION(NegentropyError, negReadBound(in, last));
    }

    void minimalBound() {
        NegItem a, b;
        a.timestamp = 10;
        b.timestamp = 11;
        a.id[0] = 0x55;
        b.id[0] = 0x11;
        NegItem m = negMinimalBound(a, b);
        QCOMPARE(m.timestamp, uint64_t(11));
        QVERIFY(m.id == nostr::Id{});
        b.timestamp = 10;
        b.id = a.id;
        b.id[3] = 0x01;
        a.id[3] = 0x00;
        a.id[4] = 0xff;
        m = negMinimalBound(a, b);
        QVERIFY(a < m && m <= b);
        nostr::Id expected{};
        std::copy_n(b.id.begin(), 4, expected.begin());
        QVERIFY(m.id == expected);
    }

    void fingerprintsOfKnownSets() {
        std::mt19937_64 rng(3);
        for (size_t n : {size_t(0), size_t(1), size_t(2), size_t(127), size_t(128), size_t(1000), size_t(20000)}) {
            std::vector<nostr::Id> ids;
            NegVectorStorage st;
            for (size_t i = 0; i < n; ++i) {
                ids.push_back(randomId(rng));
                if (i % 7 == 0) std::fill(ids.back().begin(), ids.back().end(), 0xff); // force carries
                st.insert(i, ids.back());
            }
            st.seal();
            QCOMPARE(st.size(), n);
            QVERIFY(st.fingerprint(0, st.size()) == plainFingerprint(ids));
            if (n >= 4) {
                // Sub-ranges, from the prefix sums.
                const std::vector<nostr::Id> mid(ids.begin() + 1, ids.end() - 2);
                QVERIFY(st.fingerprint(1, n - 2) == plainFingerprint(mid));
            }
        }
        // The empty set: SHA-256 of 32 zero bytes and the varint 0.
        uint8_t zero[33] = {};
        uint8_t digest[32];
        SHA256(zero, sizeof zero, digest);
        NegVectorStorage empty;
        empty.seal();
        const Fingerprint fp = empty.fingerprint(0, 0);
        QVERIFY(std::equal(fp.begin(), fp.end(), digest));
    }

    void storageSortsAndDeduplicates() {
        NegVectorStorage st;
        nostr::Id a{}, b{};
        a[0] = 2;
        b[0] = 1;
        st.insert(5, a);
        st.insert(5, b);
        st.insert(5, a);
        st.insert(1, a);
        st.seal();
        QCOMPARE(st.size(), size_t(3));
        QCOMPARE(st.at(0).timestamp, uint64_t(1));
        QVERIFY(st.at(1).id == b);
        QVERIFY(st.at(2).id == a);
        NegItem bound;
        bound.timestamp = 5;
        bound.id[0] = 2;
        QCOMPARE(st.lowerBound(0, 3, bound), size_t(2));
    }

    void reconciliationFindsTheSymmetricDifference_data() {
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("overlapPercent");
        QTest::addColumn<int>("timestampSpread");
        QTest::addColumn<int>("frameLimit");
        for (int items : {0, 1, 5, 31, 32, 33, 200, 3000})
            for (int overlap : {0, 50, 100})
                for (int limit : {0, 4096})
                    QTest::addRow("n%d-o%d-l%d", items, overlap, limit) << items << overlap << 1000 << limit;
        for (int overlap : {0, 1, 37, 99, 100})
            for (int limit : {0, 4096, 65536})
                QTest::addRow("n20000-o%d-l%d-equalts", overlap, limit) << 20000 << overlap << 3 << limit;
        QTest::addRow("n100000-o99-l4096") << 100000 << 99 << 100000 << 4096;
        QTest::addRow("n100000-o99-l0") << 100000 << 99 << 1000000 << 0;
        QTest::addRow("n100000-o0-l4096") << 100000 << 0 << 50 << 4096;
        QTest::addRow("n100000-o100-l65536") << 100000 << 100 << 1 << 65536;
    }

    void reconciliationFindsTheSymmetricDifference() {
        QFETCH(int, items);
        QFETCH(int, overlapPercent);
        QFETCH(int, timestampSpread);
        QFETCH(int, frameLimit);
        std::mt19937_64 rng(uint64_t(items) * 1000003 + uint64_t(overlapPercent) * 101 + uint64_t(frameLimit));
        NegVectorStorage client, server;
        std::set<nostr::Id> onlyClient, onlyServer;
        // `items` records in all: overlapPercent % on both sides, the rest split between them.
        for (int i = 0; i < items; ++i) {
            const nostr::Id id = randomId(rng);
            const uint64_t ts = 1700000000 + rng() % uint64_t(timestampSpread);
            if (int(rng() % 100) < overlapPercent) {
                client.insert(ts, id);
                server.insert(ts, id);
            } else if (rng() % 2) {
                client.insert(ts, id);
                onlyClient.insert(id);
            } else {
                server.insert(ts, id);
                onlyServer.insert(id);
            }
        }
        client.seal();
        server.seal();
        const Outcome out = reconcile(client, server, size_t(frameLimit));
        QVERIFY(out.rounds <= 10000);
        QCOMPARE(out.have.size(), onlyClient.size());
        QCOMPARE(out.need.size(), onlyServer.size());
        QCOMPARE(out.haveReports, onlyClient.size()); // each id reported once
        QCOMPARE(out.needReports, onlyServer.size());
        QVERIFY(out.have == onlyClient);
        QVERIFY(out.need == onlyServer);
        if (frameLimit) QVERIFY2(out.biggestMessage <= size_t(frameLimit), std::to_string(out.biggestMessage).c_str());
    }

    void identicalSetsEndInOneRound() {
        std::mt19937_64 rng(4);
        NegVectorStorage a, b;
        for (int i = 0; i < 5000; ++i) {
            const nostr::Id id = randomId(rng);
            a.insert(uint64_t(i / 10), id);
            b.insert(uint64_t(i / 10), id);
        }
        a.seal();
        b.seal();
        const Outcome out = reconcile(a, b, 0);
        QCOMPARE(out.rounds, 1);
        QVERIFY(out.have.empty() && out.need.empty());
    }

    void versionDowngradeAnswer() {
        NegVectorStorage st;
        st.seal();
        Negentropy server(st);
        QCOMPARE(server.reconcile(bytes({0x62})), bytes({0x61}));
        QCOMPARE(server.reconcile(bytes({0x62, 0x00, 0x00, 0x00})), bytes({0x61}));
        QVERIFY_THROWS_EXCEPTION(NegentropyError, server.reconcile(bytes({0x60})));
        QVERIFY_THROWS_EXCEPTION(NegentropyError, server.reconcile(std::string()));
        Negentropy client(st);
        QCOMPARE(client.initiate().substr(0, 1), bytes({0x61}));
        std::vector<nostr::Id> have, need;
        QVERIFY_THROWS_EXCEPTION(NegentropyError, client.reconcile(bytes({0x62}), have, need));
    }

    void malformedMessagesThrow() {
        NegVectorStorage st;
        std::mt19937_64 rng(5);
        for (int i = 0; i < 100; ++i) st.insert(uint64_t(i), randomId(rng));
        st.seal();
        const std::string fp16(16, 'x');
        const std::vector<std::string> bad = {
            bytes({0x61, 0x00}),                              // bound without prefix length
            bytes({0x61, 0x00, 0x00}),                        // no mode
            bytes({0x61, 0x00, 0x00, 0x03}),                  // mode 3
            bytes({0x61, 0x00, 0x00, 0x01}) + "short",        // truncated fingerprint
            bytes({0x61, 0x00, 0x00, 0x02, 0x02}) + std::string(40, 'a'), // truncated id list
            bytes({0x61, 0x00, 0x00, 0x02, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}), // huge count
            bytes({0x61, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x00, 0x00}), // huge varint
            bytes({0x61, 0x00, 0x21}) + std::string(33, 'a') + bytes({0x00}), // prefix > 32
            // out of order: (t=5, id ff..) then (t=5, id 01..)
            bytes({0x61, 0x06, 0x01, 0xff, 0x00, 0x01, 0x01, 0x01, 0x00}),
            // a range after infinity
            bytes({0x61, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00}),
        };
        for (const std::string& m : bad) {
            Negentropy server(st, 4096);
            QVERIFY_THROWS_EXCEPTION(NegentropyError, server.reconcile(m));
            Negentropy client(st, 4096);
            client.initiate();
            std::vector<nostr::Id> have, need;
            QVERIFY_THROWS_EXCEPTION(NegentropyError, client.reconcile(m, have, need));
        }
    }

    void randomBytesNeverCrash() {
        NegVectorStorage st;
        std::mt19937_64 rng(6);
        for (int i = 0; i < 1000; ++i) st.insert(uint64_t(rng() % 50), randomId(rng));
        st.seal();
        Negentropy seed(st);
        const std::string valid = seed.initiate();
        int thrown = 0, answered = 0;
        for (int i = 0; i < 20000; ++i) {
            std::string m;
            if (i % 2) {
                m = valid;
                for (int k = 0; k < 1 + int(rng() % 4); ++k) m[size_t(rng() % m.size())] = char(rng());
                if (rng() % 3 == 0) m.resize(size_t(rng() % m.size()));
            } else {
                m.push_back(char(0x61));
                for (size_t k = rng() % 64; k > 0; --k) m.push_back(char(rng()));
            }
            Negentropy server(st, 4096);
            try {
                const std::string answer = server.reconcile(m);
                QVERIFY(answer.size() <= 4096);
                ++answered;
            } catch (const NegentropyError&) {
                ++thrown;
            }
        }
        QVERIFY(thrown > 0 && answered > 0);
    }

    void hex() {
        QCOMPARE(negToHex(bytes({0x00, 0x61, 0xff})), std::string("0061ff"));
        QCOMPARE(negFromHex("0061FF"), bytes({0x00, 0x61, 0xff}));
        QVERIFY_THROWS_EXCEPTION(NegentropyError, negFromHex("abc"));
        QVERIFY_THROWS_EXCEPTION(NegentropyError, negFromHex("zz"));
        QVERIFY_THROWS_EXCEPTION(NegentropyError, negFromHex("0g"));
    }
};

QTEST_APPLESS_MAIN(TestNegentropy)
#include "TestNegentropy.moc"
