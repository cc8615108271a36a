#include "store/ImportExport.h"

#include "nostr/EventParser.h"
#include "nostr/Verify.h"
#include "store/EventWriter.h"
#include "store/Statement.h"

#include <algorithm>
#include <exception>
#include <optional>
#include <string>
#include <thread>
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

    // One batch of raw lines; each is parsed and verified independently, so the batch is split
    // over the cores (Schnorr verification is most of an import's CPU), then written in order.
    struct Line {
        uint64_t number = 0;
        std::string text;
        nostr::Event event;
        std::optional<std::string> problem;
    };
    std::vector<Line> lines;
    std::vector<const nostr::Event*> pointers;
    std::vector<uint64_t> numbers;
    const size_t threads = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));

    auto reject = [&](uint64_t line, std::string reason) {
        ++report.rejected;
        if (onReject)
            onReject(ImportRejection{line, std::move(reason)});
    };
    auto check = [verify](Line& l) {
        try {
            l.event = nostr::parseEvent(l.text);
        } catch (const nostr::ParseError& e) {
            l.problem = e.what();
            return;
        } catch (const std::exception& e) {
            // A line is user input: whatever the parser throws refuses that line, not the import.
            l.problem = std::string("invalid: ") + e.what();
            return;
        }
        if (verify)
            l.problem = nostr::verifyEvent(l.event);
    };
    // Parses and verifies `batch` on all cores.
    auto checkAll = [&](std::vector<Line>& batch) {
        const size_t per = (batch.size() + threads - 1) / threads;
        std::vector<std::thread> workers;
        for (size_t begin = per; begin < batch.size(); begin += per)
            workers.emplace_back([&, begin] {
                for (size_t i = begin; i < std::min(begin + per, batch.size()); ++i) check(batch[i]);
            });
        for (size_t i = 0; i < std::min(per, batch.size()); ++i) check(batch[i]);
        for (std::thread& w : workers) w.join();
    };
    // Writes a checked batch in one transaction and reports every line's fate.
    auto write = [&](std::vector<Line>& batch) {
        pointers.clear();
        numbers.clear();
        for (Line& l : batch) {
            if (l.problem) {
                reject(l.number, std::move(*l.problem));
                continue;
            }
            pointers.push_back(&l.event);
            numbers.push_back(l.number);
        }
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
                reject(numbers[i], results[i].reason);
                break;
            }
        }
        batch.clear();
    };
    // Pipelined: while batch N is written (and fsynced), batch N+1 is parsed and verified.
    std::vector<Line> checked;
    auto flush = [&] {
        std::thread verifier([&] { checkAll(lines); });
        std::exception_ptr failure;
        try {
            if (!checked.empty()) write(checked);
        } catch (...) {
            failure = std::current_exception();
        }
        verifier.join();
        if (failure) std::rethrow_exception(failure);
        checked.swap(lines);
    };

    std::string text;
    uint64_t lineNumber = 0;
    while (std::getline(in, text)) {
        ++lineNumber;
        if (!text.empty() && text.back() == '\r')
            text.pop_back(); // CRLF files
        if (isBlank(text))
            continue;
        Line& l = lines.emplace_back();
        l.number = lineNumber;
        l.text.swap(text);
        if (lines.size() >= batchSize)
            flush();
    }
    if (!lines.empty())
        flush();
    if (!checked.empty())
        write(checked);
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
