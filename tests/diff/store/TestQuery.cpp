// diff.store.Query: queryEvents / countEvents / paused FilterScans against a brute-force model
// (nostr::Filter::matches over every stored event, NIP-01 order, per-filter limit, union in
// filter order) on a random store and random REQs. ROOST_DIFF_SEED and ROOST_DIFF_REQS override
// the seed and the number of REQs; the seed is printed with every failure.
#include "StoreTestSupport.h"

#include "nostr/EventParser.h"
#include "nostr/Filter.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <set>
#include <sstream>
#include <unordered_set>

using namespace roost;
using namespace roost::testsupport;

namespace {

constexpr int64_t kBase = 1700000000;
constexpr int kAuthors = 50;
constexpr int kEvents = 3000;
constexpr int kSeconds = 400; // 3000 events over 400 seconds: many equal created_at values

uint64_t envOr(const char* name, uint64_t fallback) {
    const QByteArray value = qgetenv(name);
    bool ok = false;
    const qulonglong parsed = value.toULongLong(&ok);
    return ok ? parsed : fallback;
}

class Generator {
public:
    explicit Generator(uint64_t seed) : m_rng(seed) {
        for (int a = 1; a <= kAuthors + 5; ++a)
            m_pubkeys.push_back(nostr::publicKeyOf(testKey(uint8_t(a))));
        for (int i = 0; i < 12; ++i) {
            nostr::Id id{};
            for (auto& b : id)
                b = uint8_t(m_rng());
            m_hexPool.push_back(nostr::toHex(id));
        }
    }

    uint64_t below(uint64_t n) { return n ? m_rng() % n : 0; }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    template <class T> const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

    /// Authors are skewed: a few write most events, as on a real relay.
    uint8_t author() { return uint8_t(1 + std::min<uint64_t>(below(kAuthors), below(kAuthors))); }
    uint32_t kind() { return pick(m_kinds); }
    std::string eValue() { return chance(0.6) || m_eventIds.empty() ? pick(m_hexPool) : pick(m_eventIds); }
    std::string pValue() { return nostr::toHex(m_pubkeys[below(m_pubkeys.size())]); }
    std::string tValue() { return pick(m_words); }
    std::string dValue() { return pick(m_dValues); }

    nostr::Event event() {
        const uint8_t key = author();
        const uint32_t kind = this->kind();
        std::vector<nostr::Tag> tags;
        if (nostr::classifyKind(kind) == nostr::KindClass::Addressable && chance(0.85))
            tags.push_back({"d", dValue()});
        const uint64_t count = below(5);
        for (uint64_t i = 0; i < count; ++i) {
            switch (below(9)) {
            case 0:
            case 1:
                tags.push_back({"e", eValue()});
                break;
            case 2:
            case 3:
                tags.push_back({"p", pValue()});
                break;
            case 4:
            case 5:
                tags.push_back({"t", tValue()});
                break;
            case 6:
                tags.push_back({"t", tValue(), tValue()});
                break; // only tag[1] is indexed
            case 7:
                tags.push_back(chance(0.5) ? nostr::Tag{"t"} : nostr::Tag{"title", tValue()});
                break;
            default:
                tags.push_back({"E", eValue()});
                break;
            }
        }
        if (!tags.empty() && chance(0.1))
            tags.push_back(tags.front()); // the same tag twice
        nostr::Event e = signedEvent(key, kind, kBase + int64_t(below(kSeconds)), std::move(tags),
                                     "note " + std::to_string(below(1000000)));
        m_eventIds.push_back(nostr::toHex(e.id));
        m_allIds.push_back(e.id);
        return e;
    }

    /// A sorted, unique list of 1..maxCount values from `make`.
    template <class T, class F> std::vector<T> list(uint64_t maxCount, F make) {
        std::vector<T> values;
        const uint64_t count = 1 + below(maxCount);
        for (uint64_t i = 0; i < count; ++i)
            values.push_back(make());
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        return values;
    }

    nostr::Filter filter(const std::vector<nostr::Id>& storedIds) {
        nostr::Filter f;
        if (chance(0.12)) {
            f.ids = list<nostr::Id>(6, [&] {
                if (chance(0.7) && !storedIds.empty())
                    return pick(storedIds);
                if (chance(0.8))
                    return pick(m_allIds); // replaced or ephemeral: not stored
                nostr::Id id{};
                for (auto& b : id)
                    b = uint8_t(m_rng());
                return id;
            });
        }
        if (chance(0.4)) {
            const uint64_t most = chance(0.1) ? kAuthors + 5 : 6;
            f.authors = list<nostr::PubKey>(most, [&] { return m_pubkeys[below(m_pubkeys.size())]; });
        }
        if (chance(0.4))
            f.kinds = list<uint32_t>(4, [&] { return chance(0.9) ? kind() : 9; });
        if (chance(0.4)) {
            const std::vector<char> letters = list<char>(2, [&] { return "epdtE"[below(5)]; });
            for (char letter : letters) {
                nostr::TagCondition tag;
                tag.letter = letter;
                tag.values = list<std::string>(4, [&]() -> std::string {
                    switch (letter) {
                    case 'e':
                    case 'E':
                        return eValue();
                    case 'p':
                        return pValue();
                    case 'd':
                        return dValue();
                    default:
                        return tValue();
                    }
                });
                f.tags.push_back(std::move(tag));
            }
        }
        if (chance(0.03))
            f.kinds = std::vector<uint32_t>(); // present but empty: matches nothing
        if (chance(0.3))
            f.since = kBase + int64_t(below(kSeconds));
        if (chance(0.3))
            f.until = chance(0.5) && f.since > kBase ? f.since + int64_t(below(60))
                                                     : kBase + int64_t(below(kSeconds));
        if (chance(0.75))
            f.limit = chance(0.1) ? uint32_t(below(3)) : uint32_t(below(80));
        return f;
    }

private:
    std::mt19937_64 m_rng;
    std::vector<nostr::PubKey> m_pubkeys;
    std::vector<std::string> m_hexPool;
    std::vector<std::string> m_eventIds;
    std::vector<nostr::Id> m_allIds;
    const std::vector<uint32_t> m_kinds = {1, 1,    1, 1, 1, 1,     1,     7,     7,     7,
                                           6, 1111, 0, 0, 3, 10002, 30023, 30023, 30000, 20001};
    const std::vector<std::string> m_words = {"nostr", "roost", "a", "b", "c", "zap", "", "Nostr"};
    const std::vector<std::string> m_dValues = {"", "a", "b", "c"};
};

std::string describe(const nostr::Filter& f) {
    std::ostringstream s;
    s << "{";
    if (f.ids) {
        s << "ids:[";
        for (const auto& id : *f.ids)
            s << nostr::toHex(id).substr(0, 8) << " ";
        s << "] ";
    }
    if (f.authors) {
        s << "authors:[";
        for (const auto& a : *f.authors)
            s << nostr::toHex(a).substr(0, 8) << " ";
        s << "] ";
    }
    if (f.kinds) {
        s << "kinds:[";
        for (uint32_t k : *f.kinds)
            s << k << " ";
        s << "] ";
    }
    for (const auto& tag : f.tags) {
        s << "#" << tag.letter << ":[";
        for (const auto& v : tag.values)
            s << "'" << v.substr(0, 8) << "' ";
        s << "] ";
    }
    if (f.since != INT64_MIN)
        s << "since:" << f.since - kBase << " ";
    if (f.until != INT64_MAX)
        s << "until:" << f.until - kBase << " ";
    if (f.limit)
        s << "limit:" << *f.limit;
    s << "}";
    return s.str();
}

struct Model {
    struct Row {
        nostr::Event event;
        uint64_t seq;
    };
    std::vector<Row> rows; // every stored event, NIP-01 order

    std::vector<std::string> query(const std::vector<nostr::Filter>& filters, uint32_t defaultLimit,
                                   uint64_t snapshot) const {
        std::vector<std::string> ids;
        std::unordered_set<uint64_t> seen;
        for (const nostr::Filter& f : filters) {
            const uint64_t limit = f.limit.value_or(defaultLimit);
            uint64_t taken = 0;
            for (const Row& row : rows) {
                if (taken >= limit)
                    break;
                if (row.seq > snapshot || !f.matches(row.event))
                    continue;
                ++taken;
                if (seen.insert(row.seq).second)
                    ids.push_back(nostr::toHex(row.event.id));
            }
        }
        return ids;
    }
    uint64_t count(const std::vector<nostr::Filter>& filters) const {
        uint64_t n = 0;
        for (const Row& row : rows)
            if (nostr::matchesAny(filters, row.event))
                ++n;
        return n;
    }
};

} // namespace

class TestQuery : public QObject {
    Q_OBJECT
private slots:
    void randomReqsMatchBruteForce() {
        const uint64_t seed = envOr("ROOST_DIFF_SEED", 20240611);
        const uint64_t reqs = envOr("ROOST_DIFF_REQS", 2500);
        const QByteArray seedNote = "seed " + QByteArray::number(qulonglong(seed)) +
                                    " (rerun with ROOST_DIFF_SEED=" + QByteArray::number(qulonglong(seed)) +
                                    ")";
        Generator gen(seed);
        TempStore tmp;
        auto db = tmp.open();

        // Batches of random sizes, so replacements happen inside and across transactions.
        std::vector<nostr::Event> batch;
        for (int i = 0; i < kEvents; ++i) {
            batch.push_back(gen.event());
            if (gen.chance(0.02) || i + 1 == kEvents) {
                writeEvents(*db, batch);
                batch.clear();
            }
        }
        std::vector<uint64_t> doomed;
        for (int i = 0; i < 40; ++i)
            doomed.push_back(1 + gen.below(db->maxSeq()));
        store::EventWriter(*db).deleteBySeq(doomed);

        Model model;
        std::vector<nostr::Id> storedIds;
        for (const store::StoredEvent& stored : store::eventsAfter(*db, 0, SIZE_MAX)) {
            model.rows.push_back({nostr::parseEvent(stored.json), stored.seq});
            storedIds.push_back(stored.id);
        }
        std::sort(model.rows.begin(), model.rows.end(), [](const Model::Row& a, const Model::Row& b) {
            return a.event.createdAt != b.event.createdAt ? a.event.createdAt > b.event.createdAt
                                                          : a.event.id < b.event.id;
        });
        QVERIFY2(model.rows.size() > 1500, seedNote);
        std::set<int64_t> seconds;
        for (const Model::Row& row : model.rows)
            seconds.insert(row.event.createdAt);
        qInfo("%s: %zu stored events over %zu distinct created_at values", seedNote.constData(),
              model.rows.size(), seconds.size());

        uint64_t compared = 0, nonEmpty = 0, paused = 0, snapshots = 0, rowsRead = 0;
        for (uint64_t r = 0; r < reqs; ++r) {
            std::vector<nostr::Filter> filters;
            const uint64_t filterCount = 1 + gen.below(3);
            for (uint64_t i = 0; i < filterCount; ++i)
                filters.push_back(gen.filter(storedIds));
            const uint32_t defaultLimit = std::vector<uint32_t>{5, 20, 500}[gen.below(3)];
            const uint64_t snapshot = gen.chance(0.15) ? gen.below(db->maxSeq() + 1) : UINT64_MAX;
            snapshots += snapshot != UINT64_MAX;

            auto context = [&] {
                std::string s = seedNote.toStdString() + ", REQ #" + std::to_string(r) + " defaultLimit " +
                                std::to_string(defaultLimit) + " snapshot " +
                                (snapshot == UINT64_MAX ? std::string("all") : std::to_string(snapshot)) +
                                ":";
                for (const auto& f : filters)
                    s += " " + describe(f);
                return s;
            };

            const std::vector<std::string> want = model.query(filters, defaultLimit, snapshot);
            const std::vector<std::string> got =
                idsOf(store::queryEvents(*db, filters, defaultLimit, snapshot));
            if (got != want) {
                qWarning("%s", context().c_str());
                QCOMPARE(got, want); // fails, printing both lists
            }
            ++compared;
            nonEmpty += !want.empty();

            if (snapshot == UINT64_MAX) {
                const uint64_t count = store::countEvents(*db, filters);
                if (count != model.count(filters))
                    QFAIL((context() + " count " + std::to_string(count) +
                           " != " + std::to_string(model.count(filters)))
                              .c_str());
            }

            if (gen.chance(0.2)) {
                // The first filter again, paused after every few results.
                store::FilterScan scan(*db, filters[0], snapshot, defaultLimit);
                std::vector<store::StoredEvent> out;
                const size_t step = 1 + gen.below(4);
                while (!scan.next(out, step)) {
                }
                rowsRead += scan.rowsExamined();
                if (idsOf(out) != model.query({filters[0]}, defaultLimit, snapshot))
                    QFAIL((context() + " (paused FilterScan of the first filter)").c_str());
                ++paused;
            }
        }
        qInfo("%s: %llu REQs compared (%llu with results, %llu at an older snapshot), %llu paused scans "
              "reading %llu index rows",
              seedNote.constData(), qulonglong(compared), qulonglong(nonEmpty), qulonglong(snapshots),
              qulonglong(paused), qulonglong(rowsRead));
        QVERIFY(compared >= 2000 || reqs < 2000);
        QVERIFY2(nonEmpty > compared / 4, "the random filters select too little to test anything");
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "TestQuery.moc"
