#include "roost/Tools.h"

#include "nostr/Filter.h"
#include "roost/Nip19.h"
#include "roost/RelayConfig.h"
#include "store/Database.h"
#include "store/EventWriter.h"
#include "store/FilterScan.h"
#include "store/ImportExport.h"
#include "store/StoreStats.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <istream>
#include <ostream>

namespace roost::tools {

namespace {

std::unique_ptr<store::Database> openStore(const QString& dataDir, std::ostream& err) {
    const QString dir = dataDir.isEmpty() ? defaultDataDir() : dataDir;
    if (!QDir().mkpath(dir)) {
        err << "roost: cannot create data directory " << dir.toStdString() << "\n";
        return nullptr;
    }
    try {
        return store::Database::open(QDir(dir).filePath(QStringLiteral("roost.db")).toStdString());
    } catch (const store::StoreError& e) {
        err << "roost: cannot open the event store: " << e.what() << "\n";
        return nullptr;
    }
}

// A person's filter may name keys as npub and events as note (NIP-19): "authors" and "#p"
// values starting with "npub1" (or "nostr:npub1"), "ids" and "#e" values starting with
// "note1", become hex. Returns false with `error` for such a value that does not decode.
// Anything that is not a JSON object is returned unchanged (the parser reports it).
bool hexFromNip19(QString& json, QString& error) {
    QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject()) return true;
    QJsonObject o = doc.object();
    const struct { const char* field; const char* hrp; } fields[] = {
        {"authors", "npub"}, {"#p", "npub"}, {"ids", "note"}, {"#e", "note"}};
    bool changed = false;
    for (const auto& f : fields) {
        const QString field = QLatin1String(f.field);
        if (!o.value(field).isArray()) continue;
        QJsonArray values = o.value(field).toArray();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString v = values[i].toString();
            QString bare = v.trimmed();
            if (bare.startsWith(QLatin1String("nostr:"))) bare = bare.mid(6);
            if (!bare.startsWith(QLatin1String(f.hrp) + QLatin1Char('1'))) continue;
            const auto hex = nip19::hexFromInput(bare, QLatin1String(f.hrp));
            if (!hex) {
                error = QStringLiteral("%1: \"%2\" is not a valid %3").arg(field, v, QLatin1String(f.hrp));
                return false;
            }
            values[i] = *hex;
            changed = true;
        }
        o.insert(field, values);
    }
    if (changed) json = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return true;
}

bool parseFilterArg(QString json, nostr::Filter& filter, std::ostream& err) {
    nostr::FilterLimits limits;
    limits.maxLimit = std::numeric_limits<uint32_t>::max();
    QString nip19Error;
    if (!hexFromNip19(json, nip19Error)) {
        err << "roost: bad filter: " << nip19Error.toStdString() << "\n";
        return false;
    }
    try {
        filter = nostr::parseFilter(json.toStdString(), limits);
        return true;
    } catch (const nostr::ParseError& e) {
        err << "roost: bad filter: " << e.what() << "\n";
        return false;
    }
}

} // namespace

int runImport(const QString& dataDir, bool verify, std::istream& in, std::ostream& out, std::ostream& err) {
    auto db = openStore(dataDir, err);
    if (!db) return 1;
    try {
        const store::ImportReport report = store::importJsonl(*db, in, verify, 1000, [&](const store::ImportRejection& r) {
            err << "line " << r.line << ": " << r.reason << "\n";
        });
        out << "added " << report.added << ", duplicate " << report.duplicates << ", rejected " << report.rejected
            << "\n";
    } catch (const store::StoreError& e) {
        err << "roost: import failed: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

int runExport(const QString& dataDir, int64_t since, int64_t until, bool reverse, std::ostream& out,
              std::ostream& err) {
    auto db = openStore(dataDir, err);
    if (!db) return 1;
    try {
        store::exportJsonl(*db, out, since, until, reverse);
    } catch (const store::StoreError& e) {
        err << "roost: export failed: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

int runScan(const QString& dataDir, const QString& filterJson, std::ostream& out, std::ostream& err) {
    nostr::Filter filter;
    if (!parseFilterArg(filterJson, filter, err)) return 2;
    auto db = openStore(dataDir, err);
    if (!db) return 1;
    try {
        for (const auto& ev : store::queryEvents(*db, {filter}, std::numeric_limits<uint32_t>::max()))
            out << ev.json << "\n";
    } catch (const store::StoreError& e) {
        err << "roost: scan failed: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

int runDelete(const QString& dataDir, const QString& filterJson, bool confirmed, std::ostream& out,
              std::ostream& err) {
    nostr::Filter filter;
    if (!parseFilterArg(filterJson, filter, err)) return 2;
    auto db = openStore(dataDir, err);
    if (!db) return 1;
    try {
        const auto matches = store::queryEvents(*db, {filter}, std::numeric_limits<uint32_t>::max());
        out << matches.size() << " events match\n";
        if (!confirmed) {
            if (!matches.empty()) out << "nothing deleted: add --yes to delete them\n";
            return 0;
        }
        std::vector<uint64_t> seqs;
        seqs.reserve(matches.size());
        for (const auto& ev : matches) seqs.push_back(ev.seq);
        out << "deleted " << store::EventWriter(*db).deleteBySeq(seqs) << "\n";
    } catch (const store::StoreError& e) {
        err << "roost: delete failed: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

int runStats(const QString& dataDir, std::ostream& out, std::ostream& err) {
    auto db = openStore(dataDir, err);
    if (!db) return 1;
    try {
        const store::StoreStats s = store::computeStats(*db);
        out << "events: " << s.events << "\n"
            << "database bytes: " << s.fileBytes << "\n"
            << "max seq: " << s.maxSeq << "\n";
        for (const auto& [kind, n] : s.byKind) out << "kind " << kind << ": " << n << "\n";
    } catch (const store::StoreError& e) {
        err << "roost: stats failed: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

} // namespace roost::tools
