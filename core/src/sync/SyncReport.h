#pragma once
// What one sync run did and is doing: the progress figures and the final accounting
// (`roost sync` output, the facade's signals).
#include "store/EventWriter.h"

#include <QMetaType>

#include <cstdint>
#include <map>
#include <string>

namespace roost::sync {

/// Which way events travel: Down = from the remote into our store, Up = ours to the remote.
enum class SyncDirection { Down, Up, Both };

/// Figures reported while a sync runs (cumulative since start).
struct SyncProgress {
    std::string phase;        ///< "connecting", "reconciling", "paging", "downloading", "uploading", "done"
    uint64_t idsLearned = 0;  ///< have + need ids known so far
    uint64_t need = 0;        ///< ids the remote has and we lack (known so far)
    uint64_t have = 0;        ///< ids we have and the remote lacks (known so far)
    uint64_t down = 0;        ///< events received from the remote (any outcome)
    uint64_t downTotal = 0;   ///< events we intend to download (0 while unknown)
    uint64_t up = 0;          ///< events the remote answered OK for (any outcome)
    uint64_t upTotal = 0;     ///< events we intend to upload (0 while unknown)
    uint64_t bytesIn = 0;     ///< WebSocket message payload bytes received
    uint64_t bytesOut = 0;    ///< WebSocket message payload bytes sent
};

/// The accounting of one sync run. Rejections are counted by their full NIP-01 reason text
/// (truncated to 120 bytes), e.g. "blocked: this event is deleted".
struct SyncReport {
    bool usedNegentropy = false; ///< NIP-77 reconciled the sets (false: REQ fallback)
    std::string fallbackReason;  ///< why the REQ fallback was used ("" when it was not)
    uint64_t have = 0;           ///< ids we have and the remote lacks
    uint64_t need = 0;           ///< ids the remote has and we lack
    uint64_t downloaded = 0;     ///< events received, verified and stored (added + duplicate)
    uint64_t added = 0;          ///< newly stored here
    uint64_t duplicate = 0;      ///< already stored here, or superseded by a newer version
    uint64_t uploaded = 0;       ///< events the remote accepted (OK true, including duplicates)
    uint64_t uploadDuplicate = 0;///< of those, answered "duplicate:"
    uint64_t rateLimited = 0;    ///< `rate-limited:` answers (each followed by a backoff and a resend)
    std::map<std::string, uint64_t> rejectedDown; ///< reason -> events we refused to store
    std::map<std::string, uint64_t> rejectedUp;   ///< reason -> events the remote refused
    uint64_t bytesIn = 0;
    uint64_t bytesOut = 0;
    double seconds = 0;
    bool authenticated = false;       ///< we sent NIP-42 AUTH and the remote accepted it
    bool truncatedTimestamps = false; ///< REQ paging skipped a second holding more events than one page
    std::string error;                ///< why the run failed ("" = success; "cancelled" when cancelled)

    /// Counts one EventWriter outcome of a downloaded event.
    void countWrite(const store::WriteResult& result);
    /// Counts a downloaded event refused before the writer (verification, policy).
    void rejectDown(const std::string& reason);
    /// Counts the remote's final OK for one uploaded event.
    void countUpload(bool accepted, const std::string& message);
    /// Total events refused in each direction.
    uint64_t rejectedDownTotal() const;
    uint64_t rejectedUpTotal() const;
    /// The summary printed by `roost sync`: one `key: value` per line (have, need, downloaded,
    /// added, duplicate, uploaded, rejected down/up with one indented line per reason, bytes
    /// in/out, seconds, method, rate limited, authenticated).
    std::string toText() const;
};

} // namespace roost::sync

Q_DECLARE_METATYPE(roost::sync::SyncProgress)
Q_DECLARE_METATYPE(roost::sync::SyncReport)
