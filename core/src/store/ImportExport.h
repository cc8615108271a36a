#pragma once
// JSONL import and export of events (the `roost import` / `roost export` subcommands).
#include "store/Database.h"

#include <cstdint>
#include <functional>
#include <istream>
#include <limits>
#include <ostream>
#include <string>

namespace roost::store {

/// One line that import refused: 1-based line number and the NIP-01 style reason.
struct ImportRejection {
    uint64_t line = 0;
    std::string reason;
};

/// Counts of an import run.
struct ImportReport {
    uint64_t added = 0;       ///< stored (a later line may still replace a replaceable one)
    uint64_t duplicates = 0;  ///< already stored, or superseded by a newer replaceable version
    uint64_t rejected = 0;
};

/// Reads one event JSON object per line from `in` (blank lines skipped, CRLF accepted), verifies
/// id and signature unless `verify` is false, and writes them in transactions of `batchSize`
/// events (EventWriter rules: duplicates, replaceable/addressable replacement). Refused lines:
/// shape errors ("invalid: ..." from nostr::parseEvent), failed verification ("invalid: event id
/// does not match its content", "invalid: bad signature") and ephemeral kinds ("invalid:
/// ephemeral events are not stored"). `onReject` is called for every rejected line (line numbers
/// are 1-based and count blank lines); ephemeral rejections are reported when their batch is
/// written. Throws StoreError on SQLite failure (batches already committed stay stored).
ImportReport importJsonl(Database& db, std::istream& in, bool verify, size_t batchSize,
                         const std::function<void(const ImportRejection&)>& onReject = {});

/// Writes every stored event with since <= created_at <= until as one JSON line (the stored wire
/// JSON, unchanged), oldest first (created_at ASC, then id ASC), or newest first when
/// `newestFirst` (created_at DESC, then id ASC). Returns the number of lines written. Reads one
/// snapshot. Throws StoreError on SQLite failure or when writing to `out` fails.
uint64_t exportJsonl(Database& db, std::ostream& out,
                     int64_t since = std::numeric_limits<int64_t>::min(),
                     int64_t until = std::numeric_limits<int64_t>::max(), bool newestFirst = false);

} // namespace roost::store
