// unit.store.ImportExport: JSONL import (counts, verification, line numbers and reasons) and
// export (stored JSON unchanged, order, since/until), on the shared real-events corpus.
#include "SharedData.h"
#include "StoreTestSupport.h"

#include "nostr/EventParser.h"
#include "store/ImportExport.h"
#include "store/StoreStats.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

#include <simdjson.h>

#include <ctime>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace roost;
using namespace roost::testsupport;

namespace {

const QString kSharedData = QStringLiteral(ROOST_SHARED_DATA);

std::vector<std::string> readLines(const QString& path) {
    std::vector<std::string> lines;
    std::ifstream in(path.toStdString());
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::string exportAll(store::Database& db, bool newestFirst = false, int64_t since = INT64_MIN,
                      int64_t until = INT64_MAX) {
    std::ostringstream out;
    const uint64_t written = store::exportJsonl(db, out, since, until, newestFirst);
    const std::string text = out.str();
    if (written != uint64_t(std::count(text.begin(), text.end(), '\n')))
        return "count mismatch";
    return text;
}

/// The key that NIP-01 replacement groups by: "" for regular events (never replaced).
std::string replacementKey(const nostr::Event& e) {
    const auto cls = nostr::classifyKind(e.kind);
    if (cls == nostr::KindClass::Replaceable)
        return nostr::toHex(e.pubkey) + ":" + std::to_string(e.kind);
    if (cls == nostr::KindClass::Addressable)
        return nostr::toHex(e.pubkey) + ":" + std::to_string(e.kind) + ":" + std::string(nostr::dTagValue(e));
    return {};
}

/// The NIP-09 deletion requests in `lines`, as a model independent of the store: ids deleted
/// by their own author, and per replacement key the created_at up to which versions are deleted.
struct DeletionModel {
    std::set<std::pair<std::string, std::string>> ids; // (hex id, hex pubkey of the requester)
    std::map<std::string, int64_t> addresses;          // replacementKey -> until

    explicit DeletionModel(const std::vector<std::string>& lines) {
        for (const std::string& line : lines) {
            const nostr::Event e = nostr::parseEvent(line);
            if (e.kind != 5) continue;
            const std::string author = nostr::toHex(e.pubkey);
            for (const nostr::Tag& t : e.tags) {
                if (t.size() < 2) continue;
                if (t[0] == "e") ids.insert({t[1], author});
                const size_t c1 = t[1].find(':'), c2 = c1 == std::string::npos ? c1 : t[1].find(':', c1 + 1);
                if (t[0] != "a" || c2 == std::string::npos || t[1].substr(c1 + 1, c2 - c1 - 1) != author) continue;
                const uint32_t kind = uint32_t(std::stoul(t[1].substr(0, c1)));
                const auto cls = nostr::classifyKind(kind);
                const std::string key = cls == nostr::KindClass::Replaceable   ? author + ":" + std::to_string(kind)
                                        : cls == nostr::KindClass::Addressable ? author + ":" + t[1].substr(0, c1) + ":" + t[1].substr(c2 + 1)
                                                                               : std::string();
                if (!key.empty()) addresses[key] = std::max(addresses.count(key) ? addresses[key] : INT64_MIN, e.createdAt);
            }
        }
    }
    bool deletes(const nostr::Event& e) const {
        if (e.kind != 5 && e.kind != 62 && ids.count({hex(e.id), nostr::toHex(e.pubkey)})) return true;
        const auto it = addresses.find(replacementKey(e));
        return it != addresses.end() && !replacementKey(e).empty() && e.createdAt <= it->second;
    }
};

/// What a store must hold after importing `lines` (a model of NIP-01 §Kinds and NIP-09,
/// independent of EventWriter): every regular event, and per replaceable/addressable key the
/// newest version, lowest id on equal created_at, minus what a deletion request of the same
/// author covers. Ephemeral events are never stored. Keyed by hex id.
std::map<std::string, std::string> expectedStore(const std::vector<std::string>& lines) {
    std::map<std::string, std::string> byId;
    std::map<std::string, nostr::Event> winners;
    for (const std::string& line : lines) {
        const nostr::Event e = nostr::parseEvent(line);
        if (nostr::classifyKind(e.kind) == nostr::KindClass::Ephemeral)
            continue;
        const std::string key = replacementKey(e);
        if (key.empty()) {
            byId[hex(e.id)] = nostr::serializeEvent(e);
            continue;
        }
        auto it = winners.find(key);
        if (it == winners.end() || e.createdAt > it->second.createdAt ||
            (e.createdAt == it->second.createdAt && e.id < it->second.id))
            winners[key] = e;
    }
    for (const auto& [key, e] : winners)
        byId[hex(e.id)] = nostr::serializeEvent(e);
    const DeletionModel deletions(lines);
    for (auto it = byId.begin(); it != byId.end();)
        it = deletions.deletes(nostr::parseEvent(it->second)) ? byId.erase(it) : std::next(it);
    return byId;
}

} // namespace

// The slots are defined below the class: moc (Qt 6.4) loses the class when a raw string literal
// appears inside its body.
class TestImportExport : public QObject {
    Q_OBJECT
private slots:
    void importsSmallFileWithCounts();
    void realEventsRoundTrip();
    void trickyEventsAreRejectedWithLineAndReason();
};

void TestImportExport::importsSmallFileWithCounts() {
    TempStore tmp;
    auto db = tmp.open();
    const nostr::Event a = signedEvent(1, 1, 1000, {{"t", "x"}}, "line one");
    const nostr::Event profileOld = signedEvent(1, 0, 1000);
    const nostr::Event profileNew = signedEvent(1, 0, 2000);
    const nostr::Event ephemeral = signedEvent(1, 20001, 1000);
    nostr::Event forged = signedEvent(2, 1, 1000, {}, "original");
    forged.content = "changed after signing";
    const std::string text = nostr::serializeEvent(a) + "\n" +            // 1
                             "\n" +                                       // 2 blank
                             nostr::serializeEvent(profileNew) + "\r\n" + // 3 CRLF
                             nostr::serializeEvent(profileOld) + "\n" +   // 4 superseded
                             "   \n" +                                    // 5 blank
                             nostr::serializeEvent(ephemeral) + "\n" +    // 6 ephemeral
                             "not json\n" +                               // 7
                             nostr::serializeEvent(forged) + "\n" +       // 8 id mismatch
                             nostr::serializeEvent(a);                    // 9 duplicate, no final newline
    std::vector<store::ImportRejection> rejections;
    std::istringstream in(text);
    const store::ImportReport report = store::importJsonl(
        *db, in, true, 2, [&](const store::ImportRejection& r) { rejections.push_back(r); });
    QCOMPARE(report.added, uint64_t(2));
    QCOMPARE(report.duplicates, uint64_t(2));
    QCOMPARE(report.rejected, uint64_t(3));
    std::map<uint64_t, std::string> byLine;
    for (const auto& r : rejections)
        byLine[r.line] = r.reason;
    QCOMPARE(byLine.size(), size_t(3));
    QCOMPARE(byLine[6], std::string("invalid: ephemeral events are not stored"));
    QVERIFY2(byLine[7].rfind("invalid: ", 0) == 0, byLine[7].c_str());
    QCOMPARE(byLine[8], std::string("invalid: event id does not match its content"));

    // Without verification the forged event is taken as it is.
    std::istringstream again(text);
    const store::ImportReport unverified = store::importJsonl(*db, again, false, 100);
    QCOMPARE(unverified.added, uint64_t(1));
    QCOMPARE(unverified.duplicates, uint64_t(4));
    QCOMPARE(unverified.rejected, uint64_t(2));
}

void TestImportExport::realEventsRoundTrip() {
    const QString path = kSharedData + QStringLiteral("/real-events.jsonl");
    ROOST_REQUIRE_SHARED_FILE(path);
    const std::vector<std::string> lines = readLines(path);
    QVERIFY(lines.size() > 1000);
    uint64_t ephemeralLines = 0;
    for (const std::string& line : lines)
        if (nostr::classifyKind(nostr::parseEvent(line).kind) == nostr::KindClass::Ephemeral)
            ++ephemeralLines;

    TempStore tmp;
    auto db = tmp.open();
    std::vector<store::ImportRejection> rejections;
    std::ifstream in(path.toStdString());
    QElapsedTimer timer;
    timer.start();
    const store::ImportReport report = store::importJsonl(
        *db, in, true, 500, [&](const store::ImportRejection& r) { rejections.push_back(r); });
    const qint64 importMs = timer.elapsed();
    qInfo("import of %zu real events (verify on, batches of 500): added %llu, duplicates %llu, rejected %llu "
          "in %lld ms",
          lines.size(), qulonglong(report.added), qulonglong(report.duplicates), qulonglong(report.rejected),
          importMs);

    QCOMPARE(report.added + report.duplicates + report.rejected, uint64_t(lines.size()));
    // Rejected: the ephemeral lines, and lines that come after a deletion request covering them.
    const DeletionModel deletions(lines);
    uint64_t blocked = 0;
    for (const store::ImportRejection& r : rejections) {
        QVERIFY(r.line >= 1 && r.line <= lines.size());
        const nostr::Event e = nostr::parseEvent(lines[r.line - 1]);
        if (r.reason.rfind("blocked:", 0) == 0) {
            QVERIFY2(deletions.deletes(e), r.reason.c_str());
            ++blocked;
            continue;
        }
        QCOMPARE(r.reason, std::string("invalid: ephemeral events are not stored"));
        QVERIFY(nostr::classifyKind(e.kind) == nostr::KindClass::Ephemeral);
    }
    QCOMPARE(report.rejected, ephemeralLines + blocked);

    // The store holds exactly the model's events, each as serializeEvent(parseEvent(line)).
    const std::map<std::string, std::string> model = expectedStore(lines);
    timer.restart();
    const std::string exported = exportAll(*db);
    const std::vector<std::string> out = splitLines(exported);
    qInfo("export of %zu events: %lld ms", out.size(), timer.elapsed());
    // added also counts versions that a later line of the file replaced.
    QVERIFY(uint64_t(out.size()) <= report.added);
    QCOMPARE(out.size(), model.size());
    nostr::Event previous;
    for (size_t i = 0; i < out.size(); ++i) {
        const nostr::Event e = nostr::parseEvent(out[i]);
        const auto it = model.find(hex(e.id));
        QVERIFY2(it != model.end(), out[i].c_str());
        QCOMPARE(out[i], it->second);
        if (i > 0)
            QVERIFY2(previous.createdAt < e.createdAt ||
                         (previous.createdAt == e.createdAt && previous.id < e.id),
                     "export is not oldest first");
        previous = e;
    }

    // The Dashboard's numbers leave out the expired events (NIP-40) the clean-up has not removed yet.
    const int64_t statsAt = int64_t(std::time(nullptr));
    const auto expiredAll = uint64_t(std::count_if(out.begin(), out.end(), [&](const std::string& line) {
        const auto expiration = nostr::expirationOf(nostr::parseEvent(line));
        return expiration && *expiration <= statsAt;
    }));
    const store::StoreStats stats = store::computeStats(*db, statsAt);
    QCOMPARE(stats.events, uint64_t(out.size()) - expiredAll);
    QCOMPARE(stats.maxSeq, db->maxSeq());
    QVERIFY(stats.fileBytes > 0);
    uint64_t sum = 0;
    for (const auto& [kind, count] : stats.byKind)
        sum += count;
    QCOMPARE(sum, stats.events);
    // COUNT (NIP-45) leaves out the expired events (NIP-40) that the store still holds, as the stats do.
    QVERIFY(expiredAll > 0); // the real data has some: the check below is not trivially equal
    QCOMPARE(stats.byKind.at(1), store::countEvents(*db, {nostr::parseFilter(R"({"kinds":[1]})")}));

    // Importing the export again adds nothing; into a fresh store it rebuilds the same bytes.
    std::istringstream again(exported);
    const store::ImportReport second = store::importJsonl(*db, again, true, 1000);
    QCOMPARE(second.added, uint64_t(0));
    QCOMPARE(second.duplicates, uint64_t(out.size()));
    QCOMPARE(second.rejected, uint64_t(0));
    TempStore copyTmp;
    auto copy = copyTmp.open();
    std::istringstream rebuild(exported);
    QCOMPARE(store::importJsonl(*copy, rebuild, true, 1000).added, uint64_t(out.size()));
    QCOMPARE(exportAll(*copy), exported);

    // since/until are inclusive and newest first is created_at DESC, id ASC.
    const int64_t since = nostr::parseEvent(out[out.size() / 4]).createdAt;
    const int64_t until = nostr::parseEvent(out[out.size() / 2]).createdAt;
    std::vector<std::string> inRange;
    for (const std::string& line : out) {
        const int64_t t = nostr::parseEvent(line).createdAt;
        if (t >= since && t <= until)
            inRange.push_back(line);
    }
    QVERIFY(inRange.size() > 100);
    QCOMPARE(splitLines(exportAll(*db, false, since, until)), inRange);
    const std::vector<std::string> newest = splitLines(exportAll(*db, true, since, until));
    QCOMPARE(newest.size(), inRange.size());
    QCOMPARE(std::set<std::string>(newest.begin(), newest.end()),
             std::set<std::string>(inRange.begin(), inRange.end()));
    for (size_t i = 1; i < newest.size(); ++i) {
        const nostr::Event a = nostr::parseEvent(newest[i - 1]);
        const nostr::Event b = nostr::parseEvent(newest[i]);
        QVERIFY2(a.createdAt > b.createdAt || (a.createdAt == b.createdAt && a.id < b.id),
                 "newest-first export out of order");
    }
    QCOMPARE(nostr::parseEvent(newest.front()).createdAt, until);
    QCOMPARE(nostr::parseEvent(newest.back()).createdAt, since);
}

void TestImportExport::trickyEventsAreRejectedWithLineAndReason() {
    const QString path = kSharedData + QStringLiteral("/tricky-events.jsonl");
    ROOST_REQUIRE_SHARED_FILE(path);
    // Each line wraps the event with notes; import takes the event object exactly as written.
    std::string jsonl;
    std::vector<std::string> problems; // by line number - 1
    simdjson::ondemand::parser parser;
    for (const std::string& line : readLines(path)) {
        if (line.empty())
            continue;
        simdjson::padded_string padded(line);
        simdjson::ondemand::document doc = parser.iterate(padded);
        simdjson::ondemand::object object;
        std::string_view event, problem;
        QCOMPARE(doc["event"].get_object().get(object), simdjson::SUCCESS);
        QCOMPARE(object.raw_json().get(event), simdjson::SUCCESS);
        QCOMPARE(doc["problem"].get_string().get(problem), simdjson::SUCCESS);
        jsonl += std::string(event) + "\n";
        problems.emplace_back(problem);
        if (problems.size() % 40 == 0) { // blank lines still count as lines
            jsonl += "\n";
            problems.emplace_back("blank");
        }
    }
    QVERIFY(problems.size() > 100);

    TempStore tmp;
    auto db = tmp.open();
    std::map<uint64_t, std::string> reasons;
    std::istringstream in(jsonl);
    const store::ImportReport report = store::importJsonl(
        *db, in, true, 50, [&](const store::ImportRejection& r) { reasons.emplace(r.line, r.reason); });
    QCOMPARE(report.added, uint64_t(0));
    QCOMPARE(report.duplicates, uint64_t(0));
    QCOMPARE(report.rejected, uint64_t(reasons.size()));
    size_t idMismatches = 0, badSignatures = 0;
    for (size_t i = 0; i < problems.size(); ++i) {
        const uint64_t line = i + 1;
        if (problems[i] == "blank") {
            QVERIFY(!reasons.count(line));
            continue;
        }
        QVERIFY2(reasons.count(line), qPrintable(QStringLiteral("line %1 was not rejected").arg(line)));
        const std::string& reason = reasons[line];
        if (problems[i].find("id mismatch") != std::string::npos) {
            QCOMPARE(reason, std::string("invalid: event id does not match its content"));
            ++idMismatches;
        } else {
            QCOMPARE(reason, std::string("invalid: bad signature"));
            ++badSignatures;
        }
    }
    qInfo("tricky events: %zu rejected (%zu id mismatch, %zu bad signature)", reasons.size(), idMismatches,
          badSignatures);
    QCOMPARE(db->maxSeq(), uint64_t(0));
}

QTEST_GUILESS_MAIN(TestImportExport)
#include "TestImportExport.moc"
