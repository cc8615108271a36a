#include "relay/NegSessions.h"

#include "nostr/Messages.h"
#include "store/Database.h"
#include "store/FilterScan.h"

#include <algorithm>

namespace roost::relay {

std::string NegSessions::open(store::Database& db, const NegentropyConfig& config, ConnId conn,
                              const std::string& subId, const nostr::Filter& filter, const std::string& hex,
                              int64_t now) {
    // NIP-77: a NEG-OPEN on an open id first closes that session.
    m_sessions.erase({conn, subId});
    if (countFor(conn) >= config.maxSessions)
        return nostr::makeNegErrMessage(subId, "blocked: too many open negentropy sessions (negentropy/max_sessions is " +
                                                   std::to_string(config.maxSessions) + ")");
    std::string binary;
    try {
        binary = sync::negFromHex(hex);
    } catch (const sync::NegentropyError& e) {
        return nostr::makeNegErrMessage(subId, std::string("invalid: ") + e.what());
    }
    // Check the message before reading the store: a malformed one (NEG-ERR) or one of another
    // protocol version (the one-byte downgrade answer) costs no index walk.
    try {
        sync::NegVectorStorage empty;
        empty.seal();
        sync::Negentropy probe(empty);
        const std::string probeAnswer = probe.reconcile(binary);
        if (!binary.empty() && uint8_t(binary[0]) != 0x61) return nostr::makeNegMsgMessage(subId, sync::negToHex(probeAnswer));
    } catch (const sync::NegentropyError& e) {
        return nostr::makeNegErrMessage(subId, std::string("invalid: ") + e.what());
    }
    std::vector<store::RecordKey> rows;
    try {
        rows = store::matchingRecords(db, filter, config.maxRecords, now);
    } catch (const store::StoreError&) {
        return nostr::makeNegErrMessage(subId, "error: the store could not be read");
    }
    if (rows.size() > config.maxRecords)
        return nostr::makeNegErrMessage(subId, "blocked: this query selects more than " +
                                                   std::to_string(config.maxRecords) + " events",
                                        config.maxRecords);
    Session session;
    session.storage = std::make_unique<sync::NegVectorStorage>();
    session.storage->reserve(rows.size());
    for (const store::RecordKey& row : rows)
        if (row.createdAt >= 0) session.storage->insert(uint64_t(row.createdAt), row.id);
    rows = {};
    session.storage->seal();
    session.negentropy = std::make_unique<sync::Negentropy>(*session.storage, std::max<size_t>(4096, config.maxFrameSize));
    std::string answer;
    try {
        answer = session.negentropy->reconcile(binary);
    } catch (const sync::NegentropyError& e) {
        return nostr::makeNegErrMessage(subId, std::string("invalid: ") + e.what());
    }
    session.lastActive = Clock::now();
    m_sessions.emplace(std::make_pair(conn, subId), std::move(session));
    return nostr::makeNegMsgMessage(subId, sync::negToHex(answer));
}

std::string NegSessions::message(const NegentropyConfig&, ConnId conn, const std::string& subId, const std::string& hex) {
    const auto it = m_sessions.find({conn, subId});
    if (it == m_sessions.end())
        return nostr::makeNegErrMessage(subId, "closed: no open negentropy session with this id");
    try {
        const std::string answer = it->second.negentropy->reconcile(sync::negFromHex(hex));
        it->second.lastActive = Clock::now();
        return nostr::makeNegMsgMessage(subId, sync::negToHex(answer));
    } catch (const sync::NegentropyError& e) {
        m_sessions.erase(it); // after NEG-ERR the session is closed (NIP-77)
        return nostr::makeNegErrMessage(subId, std::string("invalid: ") + e.what());
    }
}

void NegSessions::close(ConnId conn, const std::string& subId) { m_sessions.erase({conn, subId}); }

void NegSessions::closeConnection(ConnId conn) {
    auto it = m_sessions.lower_bound({conn, std::string()});
    while (it != m_sessions.end() && it->first.first == conn) it = m_sessions.erase(it);
}

size_t NegSessions::countFor(ConnId conn) const {
    size_t n = 0;
    for (auto it = m_sessions.lower_bound({conn, std::string()}); it != m_sessions.end() && it->first.first == conn; ++it)
        ++n;
    return n;
}

std::vector<NegSessions::Reply> NegSessions::expire(Clock::time_point now, std::chrono::seconds idleTimeout) {
    std::vector<Reply> out;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (now - it->second.lastActive >= idleTimeout) {
            out.push_back({it->first.first,
                           nostr::makeNegErrMessage(it->first.second, "closed: the negentropy session was idle for " +
                                                                          std::to_string(idleTimeout.count()) + " s")});
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}

std::optional<NegSessions::Clock::time_point> NegSessions::nextDeadline(std::chrono::seconds idleTimeout) const {
    std::optional<Clock::time_point> first;
    for (const auto& [key, session] : m_sessions)
        if (!first || session.lastActive + idleTimeout < *first) first = session.lastActive + idleTimeout;
    return first;
}

} // namespace roost::relay
