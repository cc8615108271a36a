#include "store/ImportExport.h"

#include "nostr/EventParser.h"
#include "nostr/Verify.h"
#include "store/EventWriter.h"
#include "store/Statement.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace roost::store {

namespace {

constexpr const char* kExportOldestFirst =
    "SELECT json FROM events WHERE created_at BETWEEN ?1 AND ?2 ORDER BY created_at, id";
constexpr const char* kExportNewestFirst =
    "SELECT json FROM events INDEXED BY events_by_created WHERE created_at BETWEEN ?1 AND ?2 "
    "ORDER BY created_at DESC, id";

bool isBlank(const std::string& line) {
    return line.find_first_not_of(" \t\r") == std::string::npos;
}

} // namespace

ImportReport importJsonl(Database& db, std::istream& in, bool verify, size_t batchSize,
                         const std::function<void(const ImportRejection&)>& onReject) {
    batchSize = std::max<size_t>(batchSize, 1);
    ImportReport report;
    EventWriter writer(db);
    std::vector<nostr::Event> batch;
    std::vector<uint64_t> batchLines;
    std::vector<const nostr::Event*> pointers;

    auto reject = [&](uint64_t line, std::string reason) {
        ++report.rejected;
        if (onReject)
            onReject(ImportRejection{line, std::move(reason)});
    };
    auto flush = [&] {
        pointers.clear();
        for (const nostr::Event& event : batch)
            pointers.push_back(&event);
        const std::vector<WriteResult> results = writer.writeBatch(pointers);
        for (size_t i = 0; i < results.size(); ++i) {
            switch (results[i].status) {
            case WriteStatus::Stored:
                ++report.added;
                break;
            case WriteStatus::Duplicate:
            case WriteStatus::Superseded:
                ++report.duplicates;
                break;
            case WriteStatus::Rejected:
                reject(batchLines[i], results[i].reason);
                break;
            }
        }
        batch.clear();
        batchLines.clear();
    };

    std::string line;
    uint64_t lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back(); // CRLF files
        if (isBlank(line))
            continue;
        nostr::Event event;
        try {
            event = nostr::parseEvent(line);
        } catch (const nostr::ParseError& e) {
            reject(lineNumber, e.what());
            continue;
        } catch (const std::exception& e) {
            // A line is user input: whatever the parser throws refuses that line, not the import.
            reject(lineNumber, std::string("invalid: ") + e.what());
            continue;
        }
        if (verify) {
            if (std::optional<std::string> problem = nostr::verifyEvent(event)) {
                reject(lineNumber, std::move(*problem));
                continue;
            }
        }
        batch.push_back(std::move(event));
        batchLines.push_back(lineNumber);
        if (batch.size() >= batchSize)
            flush();
    }
    if (!batch.empty())
        flush();
    return report;
}

uint64_t exportJsonl(Database& db, std::ostream& out, int64_t since, int64_t until, bool newestFirst) {
    Transaction read(db, false);
    Statement rows(db, newestFirst ? kExportNewestFirst : kExportOldestFirst);
    rows.bind(1, since).bind(2, until);
    uint64_t written = 0;
    while (rows.step()) {
        const std::string_view json = rows.columnBytes(0);
        out.write(json.data(), std::streamsize(json.size()));
        out.put('\n');
        if (!out)
            throw StoreError("export: cannot write the output stream");
        ++written;
    }
    read.commit();
    return written;
}

} // namespace roost::store
