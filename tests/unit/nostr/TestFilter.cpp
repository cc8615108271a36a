// unit.nostr.Filter: compiling filters (errors, clamping, sorting) and matching every field.
#include "nostr/Filter.h"
#include "nostr/Hex.h"

#include <QTest>

#include <algorithm>

using namespace roost::nostr;

namespace {
Id bytes(uint8_t n) {
    Id b{};
    b.fill(n);
    return b;
}
std::string hex(uint8_t n) { return toHex(bytes(n)); }

// JSON written with single quotes (moc cannot read raw string literals in this file).
std::string j(std::string text) {
    std::replace(text.begin(), text.end(), '\'', '"');
    return text;
}

Event sample() {
    Event e;
    e.id = bytes(1);
    e.pubkey = bytes(2);
    e.kind = 7;
    e.createdAt = 100;
    e.tags = {{"e", hex(3), "wss://relay"}, {"p", hex(4)}, {"t", "nostr"}, {"T", "Upper"}, {"x"}, {"tt", "nostr2"},
              {"r", "second", "nostr"}};
    return e;
}

void expectError(const std::string& json, const char* prefix) {
    try {
        parseFilter(json);
        QFAIL(qPrintable(QStringLiteral("accepted %1").arg(QString::fromStdString(json))));
    } catch (const ParseError& e) {
        QVERIFY2(std::string_view(e.what()).starts_with(prefix), e.what());
    }
}
} // namespace

class TestFilter : public QObject {
    Q_OBJECT
private slots:
    void parseErrors() {
        expectError(j("{'foo':1}"), "unsupported:");
        expectError(j("{'#ee':['x']}"), "unsupported:");
        expectError(j("{'#1':['x']}"), "unsupported:");
        expectError(j("{'kinds':'1'}"), "invalid:");
        expectError(j("{'kinds':[1.5]}"), "invalid:");
        expectError(j("{'kinds':[70000]}"), "invalid:");
        expectError(j("{'ids':['abc']}"), "invalid:");
        expectError(j("{'authors':['") + std::string(64, 'A') + j("']}"), "invalid:");
        expectError(j("{'since':'now'}"), "invalid:");
        expectError(j("{'limit':-1}"), "invalid:");
        expectError(j("{'#t':[1]}"), "invalid:");
        // NIP-01: #e/#p values are event ids / public keys, refused like ids/authors when malformed.
        expectError(j("{'#e':['z']}"), "invalid: \"#e\" values must be 64 lowercase hex");
        expectError(j("{'#p':['") + std::string(64, 'A') + j("']}"), "invalid: \"#p\" values must be 64 lowercase hex");
        expectError(j("{'#p':['") + std::string(63, 'a') + j("']}"), "invalid:");
        QCOMPARE(parseFilter(j("{'#E':['z'],'#P':['x']}")).tags.size(), size_t(2)); // other letters keep any string
        expectError(j("[]"), "invalid:");
        expectError(j("{'kinds':[1]"), "invalid:");
    }

    void compilesSortedAndClamped() {
        FilterLimits limits;
        limits.maxLimit = 50;
        const Filter f = parseFilter(j("{'kinds':[7,1,7],'#t':['b','a','b'],'#d':['z'],'limit':1000,'since':5,'until':9}"), limits);
        QCOMPARE(*f.kinds, (std::vector<uint32_t>{1, 7}));
        QCOMPARE(f.tags.size(), size_t(2));
        QCOMPARE(f.tags[0].letter, 'd');
        QCOMPARE(f.tags[1].values, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(*f.limit, 50u);
        QCOMPARE(f.since, int64_t(5));
        QCOMPARE(f.until, int64_t(9));
        QVERIFY(!f.ids && !f.authors);
    }

    void matchesEachField() {
        const Event e = sample();
        auto m = [&](const std::string& json) { return parseFilter(json).matches(e); };
        QVERIFY(m("{}"));
        QVERIFY(m(j("{'ids':['") + hex(1) + j("']}")));
        QVERIFY(!m(j("{'ids':['") + hex(9) + j("']}")));
        QVERIFY(m(j("{'authors':['") + hex(9) + j("','") + hex(2) + j("']}")));
        QVERIFY(!m(j("{'authors':['") + hex(1) + j("']}")));
        QVERIFY(m(j("{'kinds':[1,7]}")));
        QVERIFY(!m(j("{'kinds':[1]}")));
        QVERIFY(m(j("{'since':100,'until':100}"))); // both bounds inclusive
        QVERIFY(!m(j("{'since':101}")));
        QVERIFY(!m(j("{'until':99}")));
        QVERIFY(m(j("{'#e':['") + hex(3) + j("']}")));
        QVERIFY(m(j("{'#p':['") + hex(4) + j("'],'#t':['nostr']}"))); // tag letters ANDed
        QVERIFY(!m(j("{'#p':['") + hex(4) + j("'],'#t':['other']}")));
        QVERIFY(m(j("{'#T':['Upper']}")));
        QVERIFY(!m(j("{'#t':['Upper']}"))); // letters are case-sensitive
        QVERIFY(!m(j("{'#x':['']}")));       // a tag with only a name has no value
        QVERIFY(!m(j("{'#r':['nostr']}")));  // only tag[1] is matched
        QVERIFY(m(j("{'#r':['second']}")));
        QVERIFY(!m("{\"#r\":[\"wss:\\/\\/relay\"]}")); // JSON escapes the slashes: moc misreads // in raw strings
        QVERIFY(!m(j("{'kinds':[]}")));      // an empty list matches nothing
        QVERIFY(parseFilter(j("{'kinds':[]}")).matchesNothing());
        QVERIFY(parseFilter(j("{'since':5,'until':4}")).matchesNothing());
        QVERIFY(!parseFilter(j("{'limit':0}")).matchesNothing()); // live events still match
    }

    void privateKindsOnlyForTheirParties() {
        Event dm;
        dm.kind = 4;
        dm.pubkey = bytes(2);
        dm.tags = {{"p", hex(4)}};
        Filter f = parseFilter("{}");
        QVERIFY(f.matches(dm)); // no restriction compiled in: plain NIP-01
        f.privateReaders = std::vector<PubKey>{};
        QVERIFY(!f.matches(dm));
        f.privateReaders = std::vector<PubKey>{bytes(2)}; // the author
        QVERIFY(f.matches(dm));
        f.privateReaders = std::vector<PubKey>{bytes(4)}; // the recipient
        QVERIFY(f.matches(dm));
        f.privateReaders = std::vector<PubKey>{bytes(5)};
        QVERIFY(!f.matches(dm));
        Event note = dm;
        note.kind = 1; // not a private kind: the restriction does not apply
        QVERIFY(f.matches(note));
        QVERIFY(isPrivateKind(4) && isPrivateKind(14) && isPrivateKind(1059) && !isPrivateKind(1));
    }

    void matchesAnyIsOr() {
        const Event e = sample();
        const std::vector<Filter> filters{parseFilter(j("{'kinds':[1]}")), parseFilter(j("{'#t':['nostr']}"))};
        QVERIFY(matchesAny(filters, e));
        QVERIFY(!matchesAny({parseFilter(j("{'kinds':[1]}"))}, e));
        QVERIFY(!matchesAny({}, e));
    }
};

QTEST_APPLESS_MAIN(TestFilter)
#include "TestFilter.moc"
