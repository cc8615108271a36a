#include "relay/Ingester.h"

#include "nostr/Hex.h"
#include "nostr/Messages.h"
#include "nostr/Verify.h"
#include "nostr/Canonical.h"
#include "policy/EventLimits.h"
#include "policy/InviteCodes.h"
#include "policy/KnownKeys.h"
#include "policy/Membership.h"
#include "policy/RateLimiter.h"
#include "relay/FilterItems.h"
#include "relay/LiveConfig.h"
#include "relay/Metrics.h"
#include "relay/Listener.h"
#include "relay/ReqMonitor.h"
#include "relay/ReqWorker.h"
#include "relay/Writer.h"

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <span>

namespace roost::relay {

namespace {

int64_t systemNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

Ingester::Ingester(int index, const Hub& hub, std::function<int64_t()> now)
    : RoleThread("roost-ingest" + std::to_string(index)), m_index(index), m_hub(hub),
      m_now(now ? std::move(now) : systemNow) {}

Ingester::~Ingester() { join(); }

void Ingester::run() {
    std::vector<Msg> batch;
    for (;;) {
        batch.clear();
        m_inbox.popBatch(batch, 256);
        for (Msg& msg : batch) {
            if (auto* text = std::get_if<ClientText>(&msg)) {
                m_credit = text->credit.get() ? text->credit : nullptr;
                m_creditBytes = int64_t(text->text.size());
                handleText(text->conn, text->text);
                m_credit.reset();
                if (text->credit) release(text->conn, *text->credit, int64_t(text->text.size()));
            } else if (auto* opened = std::get_if<ConnectionOpened>(&msg)) {
                ConnState& state = m_connections[opened->conn];
                state.ip = opened->ip;
                state.access = std::move(opened->access);
                state.host = policy::urlHost(opened->host);
                state.local = std::move(opened->local);
                // NIP-42: the challenge is valid for the whole connection.
                const quint64 r[2] = {QRandomGenerator::system()->generate64(), QRandomGenerator::system()->generate64()};
                const std::string hex = nostr::toHex(std::span(reinterpret_cast<const uint8_t*>(r), sizeof r));
                std::copy_n(hex.begin(), state.challenge.size(), state.challenge.begin());
                if (rulesFor(m_hub.config->get()).authEnabled)
                    m_hub.listener->post(Listener::SendFrames{opened->conn, {nostr::makeAuthChallengeMessage(state.challengeText())}});
            } else if (std::holds_alternative<ConfigChanged>(msg)) {
                recheckSubscriptions();
            } else if (auto* closed = std::get_if<ConnectionClosed>(&msg)) {
                if (auto it = m_connections.find(closed->conn); it != m_connections.end()) {
                    // Its queued REQ scans, COUNTs and negentropy messages are void from now on.
                    it->second.reads->closed.store(true, std::memory_order_release);
                    freeFilterItems(it->second.subscriptions.clear());
                    m_connections.erase(it);
                }
                m_hub.reqWorkerFor(closed->conn).post(ReqWorker::ConnectionClosed{closed->conn});
            } else {
                return;
            }
        }
    }
}

void Ingester::release(ConnId conn, InputCredit& credit, int64_t bytes) { releaseInput(m_hub, conn, credit, bytes); }

void Ingester::freeFilterItems(uint64_t n) {
    if (!n || !m_hub.filterItems) return;
    m_hub.filterItems->open.fetch_sub(n, std::memory_order_relaxed);
    m_hub.filterItems->freedSinceTrim.fetch_add(n, std::memory_order_relaxed);
}

ReadTicket Ingester::takeReadSlot(ConnId conn, ConnState& state, const std::string& subId, const RelayConfig& config, bool neg) {
    ReadTicket ticket = ReadTicket::take(state.reads, config.limits.maxPendingReads);
    if (!ticket.ok()) {
        const std::string reason = "rate-limited: too many queries of this connection are still running (max " +
                                   std::to_string(config.limits.maxPendingReads) + "), wait for their answers";
        m_hub.listener->post(Listener::SendFrames{
            conn, {neg ? nostr::makeNegErrMessage(subId, reason) : nostr::makeClosedMessage(subId, reason)}});
    }
    return ticket;
}

const policy::AccessRules& Ingester::rulesFor(const std::shared_ptr<const RelayConfig>& config) {
    if (config != m_rulesConfig) {
        m_rules = policy::compileAccess(*config);
        m_rulesConfig = config;
    }
    return *m_rules;
}

void Ingester::handleAuth(ConnId conn, ConnState& state, const nostr::Event& event, const policy::AccessRules& rules) {
    auto bad = policy::verifyAuthEvent(event, state.challengeText(), rules, m_now(), {state.host, state.local, {}});
    if (!bad && std::find(state.authenticated.begin(), state.authenticated.end(), event.pubkey) == state.authenticated.end()) {
        state.authenticated.push_back(event.pubkey);
        publishAccess(state, rules);
    }
    m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeOkMessage(event.id, !bad, bad.value_or(""))}});
}

void Ingester::publishAccess(ConnState& state, const policy::AccessRules& rules) {
    if (!state.access) return;
    state.access->level.store(int(policy::levelOf(state.authenticated, rules, *m_hub.known->get())), std::memory_order_relaxed);
    state.access->subscriptions.store(uint32_t(state.subscriptions.size()), std::memory_order_relaxed);
    auto keys = std::make_shared<std::vector<std::string>>();
    for (const nostr::PubKey& k : state.authenticated) keys->push_back(nostr::toHex(k));
    state.access->setPubkeys(std::move(keys));
}

void Ingester::recheckSubscriptions() {
    const policy::AccessRules& rules = rulesFor(m_hub.config->get());
    const auto known = m_hub.known->get();
    for (auto& [conn, state] : m_connections) {
        if (!state.authenticated.empty()) publishAccess(state, rules);
        if (state.subscriptions.empty()) continue;
        const auto denied = policy::checkVerb(policy::Verb::Req, policy::levelOf(state.authenticated, rules, *known), rules);
        if (!denied) continue;
        std::vector<std::string> frames;
        for (const std::string& subId : state.subscriptions) {
            frames.push_back(nostr::makeClosedMessage(subId, *denied));
            m_hub.reqWorkerFor(conn).post(ReqWorker::CloseSub{conn, subId});
        }
        freeFilterItems(state.subscriptions.clear());
        if (state.access) state.access->subscriptions.store(0, std::memory_order_relaxed);
        m_hub.listener->post(Listener::SendFrames{conn, std::move(frames)});
    }
}

void Ingester::handleMembership(ConnId conn, const nostr::Event& event, const ConnState& state) {
    auto answer = [&](bool ok, const std::string& reason) {
        m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeOkMessage(event.id, ok, reason)}});
    };
    if (auto bad = nostr::verifyEvent(event)) return answer(false, *bad);
    const int64_t now = m_now();
    if (event.createdAt < now - 600 || event.createdAt > now + 600)
        return answer(false, "invalid: created_at must be within 10 minutes of now");
    const policy::AccessRules& rules = rulesFor(m_hub.config->get());
    const bool member = std::binary_search(rules.members.begin(), rules.members.end(), event.pubkey);
    if (event.kind == 28934) {
        std::string_view claim;
        for (const nostr::Tag& t : event.tags)
            if (t.size() >= 2 && t[0] == "claim") claim = t[1];
        const auto status = m_hub.relayKey ? policy::inviteStatus(*m_hub.relayKey, claim, now, policy::inviteRulesOf(*m_hub.config->get()))
                                           : policy::InviteStatus::Invalid;
        if (status != policy::InviteStatus::Valid) return answer(false, policy::inviteRefusal(status));
        if (member) return answer(true, "duplicate: you are already a member of this relay");
    } else if (!member) {
        return answer(true, "duplicate: you are not a member of this relay");
    }
    if (!m_hub.membership) return answer(false, "error: membership changes are not available on this relay");
    std::string claim;
    for (const nostr::Tag& t : event.tags)
        if (t.size() >= 2 && t[0] == "claim") claim = t[1];
    m_hub.membership(conn, event.id, event.pubkey, event.kind == 28934, std::move(claim));
}

void Ingester::sendInviteIfAsked(ConnId conn, const ConnState& state, const std::string& subId,
                                 const std::vector<nostr::Filter>& filters) {
    if (!m_hub.relayKey) return;
    const policy::AccessRules& rules = rulesFor(m_hub.config->get());
    if (policy::levelOf(state.authenticated, rules, *m_hub.known->get()) < policy::AccessLevel::Member) return;
    const int64_t now = m_now();
    if (!policy::asksForInvite(filters, nostr::publicKeyOf(*m_hub.relayKey), now)) return;
    const nostr::Event invite = policy::makeInvite(*m_hub.relayKey, now, *m_hub.config->get());
    m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeEventMessage(subId, nostr::serializeEvent(invite))}});
}

bool Ingester::admitQuery(ConnId conn, const ConnState& state, policy::Verb verb, const std::string& subId,
                          std::vector<nostr::Filter>& filters, const std::shared_ptr<const RelayConfig>& config) {
    const policy::AccessRules& rules = rulesFor(config);
    auto denied = policy::checkVerb(verb, policy::levelOf(state.authenticated, rules, *m_hub.known->get()), rules);
    if (!denied) denied = restrictPrivateKinds(filters, state);
    if (denied) m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeClosedMessage(subId, *denied)}});
    return !denied;
}

// DESIGN.md: direct messages (kinds 4, 14, 1059) go only to an authenticated party. Every filter
// that could select them gets the connection's keys as its private readers. Returns the refusal
// when a filter asks for nothing but direct messages before any AUTH.
std::optional<std::string> Ingester::restrictPrivateKinds(std::vector<nostr::Filter>& filters, const ConnState& state) {
    std::vector<nostr::PubKey> readers = state.authenticated;
    std::sort(readers.begin(), readers.end());
    for (nostr::Filter& f : filters) {
        const bool onlyPrivate = f.kinds && !f.kinds->empty() && std::all_of(f.kinds->begin(), f.kinds->end(), nostr::isPrivateKind);
        if (onlyPrivate && readers.empty())
            return std::string("auth-required: direct messages are only served to their parties");
        if (!f.kinds || std::any_of(f.kinds->begin(), f.kinds->end(), nostr::isPrivateKind)) f.privateReaders = readers;
    }
    return std::nullopt;
}

void Ingester::replyNotice(ConnId conn, std::string_view reason) {
    m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeNoticeMessage(reason)}});
}

bool Ingester::withinRate(const ConnState& state, const RelayConfig& config, std::string_view verb) {
    const AccessConfig& a = config.access;
    if (a.messagesPerSecond <= 0 && a.eventsPerSecond <= 0 && a.reqsPerSecond <= 0) return true;
    if (state.ip.isEmpty() || a.unlimitedIps.contains(state.ip)) return true;
    const policy::RateClass cls = verb == "EVENT" ? policy::RateClass::Event
                                  : (verb == "REQ" || verb == "COUNT" || verb == "NEG-OPEN") ? policy::RateClass::Req
                                                                        : policy::RateClass::Message;
    return m_hub.rateLimiter->allow(state.ip, cls, {a.messagesPerSecond, a.eventsPerSecond, a.reqsPerSecond, a.burstSeconds});
}

std::optional<std::string> Ingester::checkVanishTarget(const nostr::Event& event, const ConnState& state,
                                                       const policy::AccessRules& rules) const {
    for (const nostr::Tag& tag : event.tags) {
        if (tag.size() < 2 || tag[0] != "relay") continue;
        if (tag[1] == "ALL_RELAYS") return std::nullopt;
        const std::string host = policy::urlHost(tag[1]);
        if (!host.empty() && (host == rules.publicUrlHost || host == state.host)) return std::nullopt;
    }
    return std::string("invalid: this request to vanish does not name this relay");
}

void Ingester::replyParseError(ConnId conn, const nostr::ParseContext& context, std::string_view reason) {
    if (context.negentropy && !context.subscriptionId.empty())
        m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeNegErrMessage(context.subscriptionId, reason)}});
    else if (context.hasEventId)
        m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeOkMessage(context.eventId, false, reason)}});
    else if (!context.subscriptionId.empty())
        m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeClosedMessage(context.subscriptionId, reason)}});
    else
        replyNotice(conn, reason);
}

std::string_view Ingester::verbOf(const nostr::ClientMessage& message) {
    return std::visit([](const auto& m) -> std::string_view {
        using M = std::decay_t<decltype(m)>;
        if constexpr (std::is_same_v<M, nostr::EventMessage>) return "EVENT";
        else if constexpr (std::is_same_v<M, nostr::ReqMessage>) return "REQ";
        else if constexpr (std::is_same_v<M, nostr::CloseMessage>) return "CLOSE";
        else if constexpr (std::is_same_v<M, nostr::CountMessage>) return "COUNT";
        else if constexpr (std::is_same_v<M, nostr::AuthMessage>) return "AUTH";
        else if constexpr (std::is_same_v<M, nostr::NegOpenMessage>) return "NEG-OPEN";
        else if constexpr (std::is_same_v<M, nostr::NegMsgMessage>) return "NEG-MSG";
        else if constexpr (std::is_same_v<M, nostr::NegCloseMessage>) return "NEG-CLOSE";
        else return m.verb;
    }, message);
}

void Ingester::refuseRateLimited(ConnId conn, const nostr::ClientMessage& message) {
    static constexpr std::string_view kSlowDown = "rate-limited: slow down";
    if (auto* ev = std::get_if<nostr::EventMessage>(&message))
        m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeOkMessage(ev->event.id, false, kSlowDown)}});
    else if (auto* req = std::get_if<nostr::ReqMessage>(&message))
        m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeClosedMessage(req->subscriptionId, kSlowDown)}});
    else if (auto* count = std::get_if<nostr::CountMessage>(&message))
        m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeClosedMessage(count->subscriptionId, kSlowDown)}});
    else if (auto* open = std::get_if<nostr::NegOpenMessage>(&message))
        m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeNegErrMessage(open->subscriptionId, kSlowDown)}});
    else if (auto* neg = std::get_if<nostr::NegMsgMessage>(&message))
        m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeNegErrMessage(neg->subscriptionId, kSlowDown)}});
    else
        replyNotice(conn, kSlowDown);
}

void Ingester::handleText(ConnId conn, const std::string& text) {
    const std::shared_ptr<const RelayConfig> config = m_hub.config->get();
    const RelayLimits& limits = config->limits;
    ConnState& state = m_connections[conn];
    nostr::MessageLimits msgLimits;
    msgLimits.filter.maxLimit = limits.maxLimit;
    msgLimits.maxSubidLength = limits.maxSubidLength;
    msgLimits.maxFilters = limits.maxFilters;

    nostr::ParseContext context;
    nostr::ClientMessage message;
    try {
        message = nostr::parseClientMessage(text, msgLimits, &context);
    } catch (const nostr::ParseError& e) {
        return replyParseError(conn, context, e.what());
    }

    const std::string_view verb = verbOf(message);
    m_hub.metrics->countIn(verb);
    if (!withinRate(state, *config, verb)) return refuseRateLimited(conn, message);

    std::visit([&](auto& m) { handle(conn, state, m, config); }, message);
}

void Ingester::handle(ConnId conn, ConnState& state, nostr::EventMessage& message,
                      const std::shared_ptr<const RelayConfig>& config) {
    handleEvent(conn, state, message.event, config);
}

void Ingester::handle(ConnId conn, ConnState& state, nostr::ReqMessage& message,
                      const std::shared_ptr<const RelayConfig>& config) {
    handleReq(conn, state, message, config);
}

void Ingester::handle(ConnId conn, ConnState& state, nostr::CloseMessage& message,
                      const std::shared_ptr<const RelayConfig>&) {
    handleClose(conn, state, message);
}

void Ingester::handle(ConnId conn, ConnState& state, nostr::CountMessage& message,
                      const std::shared_ptr<const RelayConfig>& config) {
    handleCount(conn, state, message, config);
}

void Ingester::handle(ConnId conn, ConnState& state, nostr::AuthMessage& message,
                      const std::shared_ptr<const RelayConfig>& config) {
    handleAuth(conn, state, message.event, rulesFor(config));
}

void Ingester::handle(ConnId conn, ConnState& state, nostr::NegOpenMessage& message,
                      const std::shared_ptr<const RelayConfig>& config) {
    handleNegOpen(conn, state, message, config);
}

void Ingester::handle(ConnId conn, ConnState& state, nostr::NegMsgMessage& message, const std::shared_ptr<const RelayConfig>& config) {
    handleNegMsg(conn, state, message, config);
}

void Ingester::handle(ConnId conn, ConnState&, nostr::NegCloseMessage& message, const std::shared_ptr<const RelayConfig>&) {
    handleNegClose(conn, message);
}

void Ingester::handle(ConnId conn, ConnState&, nostr::UnknownMessage& message, const std::shared_ptr<const RelayConfig>&) {
    handleUnknown(conn, message);
}

void Ingester::handleEvent(ConnId conn, ConnState& state, nostr::Event& event,
                           const std::shared_ptr<const RelayConfig>& config) {
    auto refuse = [&](const std::string& reason) {
        m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeOkMessage(event.id, false, reason)}});
    };
    const AccessConfig& access = config->access;
    if (access.maintenance) return refuse("blocked: the relay is in maintenance mode, try again later");
    if (rulesFor(config).nip43 && (event.kind == 28934 || event.kind == 28936)) return handleMembership(conn, event, state);
    // NIP-62: a request to vanish is honoured whatever the author's access level or kind lists.
    const bool vanish = event.kind == 62;
    if (vanish) {
        if (auto wrongRelay = checkVanishTarget(event, state, rulesFor(config))) return refuse(*wrongRelay);
    } else if (auto denied = policy::checkEvent(event, state.authenticated, rulesFor(config), *m_hub.known->get())) {
        return refuse(*denied);
    }
    if (auto bad = policy::checkStorable(event, *config, m_now(), {.kindLists = !vanish})) return refuse(*bad);
    if (auto bad = nostr::verifyEvent(event)) return refuse(*bad);

    if (nostr::classifyKind(event.kind) == nostr::KindClass::Ephemeral) {
        m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeOkMessage(event.id, true, "")}});
        ReqMonitor::NewEvent live{0, std::make_shared<const nostr::Event>(std::move(event))};
        // Like a stored event's bytes until its commit, an ephemeral event's stay charged to the
        // connection until the ReqMonitor has delivered it.
        if (m_credit) {
            m_credit->pendingBytes += m_creditBytes;
            live.conn = conn;
            live.credit = m_credit;
            live.creditBytes = m_creditBytes;
        }
        m_hub.monitor->post(std::move(live));
        return;
    }
    // The message's bytes stay charged to the connection until the Writer has committed the
    // event, so a client cannot queue more than its input credit of unsaved events.
    Writer::Write write{conn, std::move(event)};
    // Hold for review: a writer below access/hold_below is committed to the review queue
    // (a request to vanish is honoured at once: it only removes the author's own events).
    const policy::AccessRules& rules = rulesFor(config);
    write.hold = !vanish && rules.holdBelow > policy::AccessLevel::Anonymous &&
                 policy::levelOf(state.authenticated, rules, *m_hub.known->get()) < rules.holdBelow;
    if (m_credit) {
        m_credit->pendingBytes += m_creditBytes;
        write.credit = m_credit;
        write.creditBytes = m_creditBytes;
    }
    m_hub.writer->post(std::move(write));
}

void Ingester::handleReq(ConnId conn, ConnState& state, nostr::ReqMessage& req,
                         const std::shared_ptr<const RelayConfig>& config) {
    const RelayLimits& limits = config->limits;
    if (!admitQuery(conn, state, policy::Verb::Req, req.subscriptionId, req.filters, config)) return;
    if (rulesFor(config).nip43) sendInviteIfAsked(conn, state, req.subscriptionId, req.filters);
    auto& subs = state.subscriptions;
    auto refuse = [&](const std::string& reason) {
        m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeClosedMessage(req.subscriptionId, reason)}});
    };
    if (!subs.contains(req.subscriptionId) && subs.size() >= limits.maxSubscriptions)
        return refuse("blocked: too many subscriptions (max_subscriptions is " + std::to_string(limits.maxSubscriptions) + ")");
    // The filters stay in memory while the subscription is open (its live stage): their size is
    // bounded per connection and relay-wide. A REQ replacing a subscription frees the old size.
    const uint64_t items = filterItems(req.filters);
    const uint64_t replaced = subs.itemsOf(req.subscriptionId);
    if (subs.totalItems - replaced + items > limits.maxFilterItems)
        return refuse("blocked: the filters of this connection's subscriptions are too big (max_filter_items is " +
                      std::to_string(limits.maxFilterItems) + "; this REQ has " + std::to_string(items) + ")");
    ReadTicket ticket = takeReadSlot(conn, state, req.subscriptionId, *config);
    if (!ticket.ok()) return;
    if (m_hub.filterItems) {
        auto& open = m_hub.filterItems->open;
        uint64_t now = open.load(std::memory_order_relaxed);
        uint64_t next = 0;
        do {
            next = now - std::min(now, replaced) + items;
            if (items > replaced && next > limits.maxFilterItemsTotal)
                return refuse("blocked: the relay holds too many subscription filters right now (max_filter_items_total is " +
                              std::to_string(limits.maxFilterItemsTotal) + "), try again later");
        } while (!open.compare_exchange_weak(now, next, std::memory_order_relaxed));
        if (replaced > items) m_hub.filterItems->freedSinceTrim.fetch_add(replaced - items, std::memory_order_relaxed);
    }
    subs.insert(req.subscriptionId, items);
    if (state.access) state.access->subscriptions.store(uint32_t(subs.size()), std::memory_order_relaxed);
    m_hub.reqWorkerFor(conn).post(
        ReqWorker::StartReq{conn, std::move(req.subscriptionId), std::move(req.filters), std::move(ticket)});
}

void Ingester::handleClose(ConnId conn, ConnState& state, nostr::CloseMessage& close) {
    freeFilterItems(state.subscriptions.erase(close.subscriptionId));
    if (state.access) state.access->subscriptions.store(uint32_t(state.subscriptions.size()), std::memory_order_relaxed);
    m_hub.reqWorkerFor(conn).post(ReqWorker::CloseSub{conn, std::move(close.subscriptionId)});
}

void Ingester::handleCount(ConnId conn, ConnState& state, nostr::CountMessage& count,
                           const std::shared_ptr<const RelayConfig>& config) {
    if (!admitQuery(conn, state, policy::Verb::Count, count.subscriptionId, count.filters, config)) return;
    ReadTicket ticket = takeReadSlot(conn, state, count.subscriptionId, *config);
    if (!ticket.ok()) return;
    m_hub.reqWorkerFor(conn).post(
        ReqWorker::Count{conn, std::move(count.subscriptionId), std::move(count.filters), std::move(ticket)});
}

void Ingester::handleNegOpen(ConnId conn, ConnState& state, nostr::NegOpenMessage& open,
                             const std::shared_ptr<const RelayConfig>& config) {
    auto refuse = [&](std::string_view reason) {
        m_hub.listener->post(Listener::SendFrames{conn, {nostr::makeNegErrMessage(open.subscriptionId, reason)}});
    };
    if (!config->negentropy.enabled) return refuse("blocked: negentropy (NIP-77) is switched off on this relay");
    // Exactly what a REQ must pass: the read level, then the direct-message restriction.
    const policy::AccessRules& rules = rulesFor(config);
    if (auto denied = policy::checkVerb(policy::Verb::Req, policy::levelOf(state.authenticated, rules, *m_hub.known->get()), rules))
        return refuse(*denied);
    std::vector<nostr::Filter> filters{std::move(open.filter)};
    if (auto denied = restrictPrivateKinds(filters, state)) return refuse(*denied);
    ReadTicket ticket = takeReadSlot(conn, state, open.subscriptionId, *config, true);
    if (!ticket.ok()) return;
    m_hub.reqWorkerFor(conn).post(ReqWorker::NegOpen{conn, std::move(open.subscriptionId), std::move(filters.front()),
                                                     std::move(open.message), std::move(ticket)});
}

void Ingester::handleNegMsg(ConnId conn, ConnState& state, nostr::NegMsgMessage& msg, const std::shared_ptr<const RelayConfig>& config) {
    if (!config->negentropy.enabled) {
        m_hub.listener->post(Listener::SendFrames{
            conn, {nostr::makeNegErrMessage(msg.subscriptionId, "blocked: negentropy (NIP-77) is switched off on this relay")}});
        return;
    }
    ReadTicket ticket = takeReadSlot(conn, state, msg.subscriptionId, *config, true);
    if (!ticket.ok()) return;
    m_hub.reqWorkerFor(conn).post(ReqWorker::NegMsg{conn, std::move(msg.subscriptionId), std::move(msg.message), std::move(ticket)});
}

void Ingester::handleNegClose(ConnId conn, nostr::NegCloseMessage& close) {
    m_hub.reqWorkerFor(conn).post(ReqWorker::NegClose{conn, std::move(close.subscriptionId)});
}

void Ingester::handleUnknown(ConnId conn, const nostr::UnknownMessage& unknown) {
    replyNotice(conn, "invalid: unknown message type \"" + unknown.verb.substr(0, 32) + "\"");
}

} // namespace roost::relay
