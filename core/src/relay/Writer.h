#pragma once
// Writer thread: the only writer of the store. Batches validated events into one transaction,
// answers OK only after COMMIT, then hands stored events to the ReqMonitor (DESIGN.md §Threads).
#include "nostr/Event.h"
#include "relay/Hub.h"
#include "relay/Inbox.h"
#include "relay/RoleThread.h"

#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <variant>

namespace roost::store { class Database; struct WriteResult; }

namespace roost::relay {

class Writer final : public RoleThread {
public:
    /// A verified event from connection `conn` (conn 0: internal, no OK is sent). `creditBytes`
    /// of the connection's `credit` are returned (releaseInput) once the event is committed or
    /// refused, so unsaved events hold back the connection's reading (bounded memory).
    struct Write {
        ConnId conn;
        nostr::Event event;
        std::shared_ptr<InputCredit> credit = {};
        int64_t creditBytes = 0;
        /// Hold for review (access/hold_below): committed to the held_events queue instead
        /// of `events`; the OK is `true "held for review: ..."` (see docs/ARCHITECTURE.md).
        bool hold = false;
        /// An approved held event: once written (stored, duplicate or refused by a tombstone)
        /// it leaves the held queue, and `committed` is called on the Writer's thread.
        bool fromHold = false;
        std::function<void(const store::WriteResult&)> committed = {};
    };
    /// Run a passive WAL checkpoint (sent by Cron).
    struct Checkpoint {};
    /// Recompute the Known keys (owners or depth changed).
    struct RefreshKnown {};
    /// NIP-40: delete events whose expiration is <= now (Unix seconds) (sent by Cron).
    struct DeleteExpired { int64_t now; };
    /// A store command (moderation, bans) run on the write connection after the events queued
    /// before it are committed; the job opens its own transaction and reports its own result.
    struct Run { std::function<void(store::Database&)> job; };
    /// Commit what is queued, then exit.
    struct Stop {};
    using Msg = std::variant<Write, Checkpoint, RefreshKnown, DeleteExpired, Run, Stop>;

    /// Opens the store's write connection at `dbPath`; throws store::StoreError on failure.
    Writer(const std::string& dbPath, bool synchronousFull, const Hub& hub);
    ~Writer() override;

    void post(Msg msg) { m_inbox.push(std::move(msg)); }

private:
    void run() override;
    void commitBatch(std::vector<Write>& writes);
    /// Commits the writes marked `hold` to the held queue and answers them.
    void commitHeld(std::vector<Write>& writes);
    /// Publishes the Known keys computed from the store (see policy::KnownKeys).
    void refreshKnown();
    /// After a failed commit (a full disk, an I/O error) opens a fresh write connection: the
    /// WAL file of the old one keeps reporting its write error (store/WalWriteVfs), so without
    /// this the Writer would refuse every event until a restart even once space is back.
    void reopen();

    const Hub& m_hub;
    std::unique_ptr<store::Database> m_db;
    std::string m_dbPath;
    bool m_synchronousFull = true;
    Inbox<Msg> m_inbox;
};

} // namespace roost::relay
