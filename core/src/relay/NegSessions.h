#pragma once
// The NIP-77 negentropy sessions of one ReqWorker thread: NEG-OPEN builds a session's storage
// from the store, NEG-MSG continues it, NEG-CLOSE / a closed connection / the idle timeout free
// it (DESIGN.md §Threads, §Negentropy). Not thread-safe: owned and used by one ReqWorker.
#include "nostr/Filter.h"
#include "relay/Hub.h"
#include "roost/RelayConfig.h"
#include "sync/Negentropy.h"

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace roost::store { class Database; }

namespace roost::relay {

/// The open NIP-77 sessions of one ReqWorker, keyed by (connection, subscription id): each holds
/// the (created_at, id) records of the events its filter matched (at most
/// negentropy/max_records, else NEG-ERR "blocked: ...") and answers NEG-MSG with hex messages
/// no longer than negentropy/max_frame_size bytes of binary. Not thread-safe (NIP-77).
class NegSessions {
public:
    using Clock = std::chrono::steady_clock;
    /// One frame for one connection.
    struct Reply { ConnId conn; std::string frame; };

    /// NEG-OPEN: replaces an open session with the same id, checks the per-connection session
    /// limit, decodes `hex`, selects the (created_at, id) of every stored event matching `filter`
    /// (filter carries the connection's DM restriction; expired events are left out) and answers
    /// the initial message. Returns the NEG-MSG, or a NEG-ERR ("blocked: ..." with the maximum
    /// record count as 4th element when the filter selects more than max_records; "invalid: ..."
    /// for a malformed message; "error: ..." when the store fails).
    std::string open(store::Database& db, const NegentropyConfig& config, ConnId conn, const std::string& subId,
                     const nostr::Filter& filter, const std::string& hex, int64_t now);
    /// NEG-MSG: the session's next answer, or NEG-ERR ("closed: ..." when there is no such session,
    /// "invalid: ..." when the message is malformed; the session is then closed).
    std::string message(const NegentropyConfig& config, ConnId conn, const std::string& subId, const std::string& hex);
    /// NEG-CLOSE: frees the session (no reply).
    void close(ConnId conn, const std::string& subId);
    /// Frees every session of a connection.
    void closeConnection(ConnId conn);
    /// Closes the sessions idle for `idleTimeout` seconds or more, returning their NEG-ERR "closed:".
    std::vector<Reply> expire(Clock::time_point now, std::chrono::seconds idleTimeout);
    /// When the next session falls idle (nullopt: no session).
    std::optional<Clock::time_point> nextDeadline(std::chrono::seconds idleTimeout) const;
    bool empty() const { return m_sessions.empty(); }
    size_t size() const { return m_sessions.size(); }
    /// Sessions open for `conn`.
    size_t countFor(ConnId conn) const;

private:
    struct Session {
        std::unique_ptr<sync::NegVectorStorage> storage; // heap: `negentropy` points into it
        std::unique_ptr<sync::Negentropy> negentropy;
        Clock::time_point lastActive;
    };
    std::map<std::pair<ConnId, std::string>, Session> m_sessions;
};

} // namespace roost::relay
