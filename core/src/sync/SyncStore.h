#pragma once
// The local side of a sync: our store file, opened like `roost import` opens it (safe next to a
// running relay: SQLite WAL, BEGIN IMMEDIATE with a busy timeout), and the same admission rules
// the relay applies to a client's EVENT.
#include "nostr/Event.h"
#include "nostr/Filter.h"
#include "policy/AccessPolicy.h"
#include "roost/RelayConfig.h"
#include "store/Database.h"
#include "store/EventWriter.h"
#include "sync/Negentropy.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace roost::sync {

/// Our store for one sync run. Not thread-safe: use it from the thread that runs the session.
class SyncStore {
public:
    /// Opens (creating when needed) `<config.dataDir>/roost.db`. Throws store::StoreError.
    explicit SyncStore(const RelayConfig& config);

    /// The (created_at, id) records of every stored event matching `filter` (its limit ignored),
    /// read in batches of a few thousand rows (only 40 bytes per event are kept), sealed.
    /// Throws store::StoreError.
    void collect(const nostr::Filter& filter, NegVectorStorage& out);

    /// Why a downloaded event must not be stored, with its NIP-01 prefix, or nullopt: the checks
    /// of an EVENT from a client with no authentication that do not depend on the connection
    /// (banned author "blocked:", allowed/denied kinds "blocked:", too many tags / too long
    /// content / created_at too far in the future "invalid:", expired (NIP-40) "invalid:", kind
    /// 22242 "invalid:"), then id and signature ("invalid: ..."). Tombstones (NIP-09 deletions,
    /// NIP-62, banned ids) are the writer's job (write()).
    std::optional<std::string> admit(const nostr::Event& event, int64_t now) const;

    /// Stores admitted events in one transaction through store::EventWriter (duplicates,
    /// replacement, tombstones, NIP-09 deletions carried by kind 5). Throws store::StoreError;
    /// then nothing of this batch was stored.
    std::vector<store::WriteResult> write(std::span<const nostr::Event* const> events);

    /// The id and stored wire JSON of the events with these ids (those still stored; any order).
    /// Throws store::StoreError.
    std::vector<std::pair<nostr::Id, std::string>> eventJsons(std::span<const nostr::Id> ids);

private:
    RelayConfig m_config;
    std::shared_ptr<const policy::AccessRules> m_rules;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::EventWriter> m_writer;
};

} // namespace roost::sync
