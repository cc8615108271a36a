#pragma once
// Inserting validated events in one transaction: duplicates, replaceable and addressable
// replacement (NIP-01 §Kinds). Used by the Writer thread and by import.
#include "nostr/Event.h"
#include "nostr/Filter.h"
#include "store/Database.h"

#include <span>
#include <string>
#include <vector>

namespace roost::store {

/// What happened to one event of a batch.
enum class WriteStatus {
    Stored,     ///< inserted (and, for replaceable/addressable, older versions removed)
    Duplicate,  ///< the same id is already stored
    Superseded, ///< replaceable/addressable and a newer version (or equal created_at with a lower id) is stored
    Rejected,   ///< not storable here (ephemeral kinds; a tombstone: "blocked: ...", see Tombstones.h)
};

/// Outcome of one event: status, the assigned sequence number when Stored, and the
/// NIP-01 OK reason text ("" for a fresh store, "duplicate: ..." etc).
struct WriteResult {
    WriteStatus status = WriteStatus::Rejected;
    uint64_t seq = 0;
    std::string reason;
    /// The value to put in OK's 3rd field: true for Stored and Duplicate (the event is on disk).
    bool accepted() const { return status == WriteStatus::Stored || status == WriteStatus::Duplicate; }
};

/// Deletes the event with `seq` and its tag rows inside the caller's transaction; no tombstone.
/// Returns false when no such event exists. Throws StoreError.
bool deleteStoredEvent(Database& db, uint64_t seq);

/// Writes batches of already-verified events. A stored kind 5 applies its NIP-09 deletions and
/// a stored kind 62 its NIP-62 request to vanish in the same transaction (see Tombstones.h). Events inside one batch are applied in order, so
/// a later replaceable event in the same batch replaces an earlier one.
class EventWriter {
public:
    /// Writes through `db` (the writer connection), which must outlive the EventWriter.
    explicit EventWriter(Database& db);

    /// Inserts `events` in ONE transaction (BEGIN IMMEDIATE ... COMMIT). Returns one result per
    /// event, in order. Throws StoreError when the transaction fails; then nothing was stored.
    std::vector<WriteResult> writeBatch(std::span<const nostr::Event* const> events);

    /// NIP-40: deletes every event whose expiration tag is <= `now` (Unix seconds), in one
    /// transaction. Returns how many were deleted.
    uint64_t deleteExpired(int64_t now);

    /// Deletes the events with these sequence numbers (and their tag rows) in one transaction.
    /// Returns how many were deleted.
    uint64_t deleteBySeq(std::span<const uint64_t> seqs);

    /// Deletes every stored event matching any of `filters` (their limits ignored), with no
    /// tombstone (moderation: the events may be published again). Returns how many.
    uint64_t deleteMatching(const std::vector<nostr::Filter>& filters);

    /// NIP-86 banevent / allowevent in one transaction each (see Tombstones.h); a ban also removes
    /// the event from the moderation queue (Reports.h). Throw StoreError.
    bool banEvent(const nostr::Id& id, const std::string& reason, int64_t now);
    bool unbanEvent(const nostr::Id& id);

private:
    Database& m_db;
};

} // namespace roost::store
