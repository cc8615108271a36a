#include "sync/LiveLink.h"

#include "nostr/Canonical.h"
#include "nostr/Verify.h"
#include "sync/AuthEvent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace roost::sync {

namespace {
constexpr int kConnectTimeoutMs = 10000;
constexpr int kTrafficEveryMs = 1000;
constexpr int64_t kOverlapSeconds = 60; // the live REQ starts a little before the run ended
} // namespace

LiveLink::LiveLink(const RelayConfig& config, const QUrl& url, const std::string& filterJson, SyncDirection direction,
                   QObject* parent)
    : QObject(parent), m_config(config), m_url(url), m_filterJson(filterJson), m_direction(direction),
      m_client(this), m_connectTimer(this), m_trafficTimer(this) {
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { fail("timeout: no live connection within 10 s"); });
    m_trafficTimer.setInterval(kTrafficEveryMs);
    connect(&m_trafficTimer, &QTimer::timeout, this, &LiveLink::flushTraffic);
    connect(&m_client, &RelayClient::opened, this, [this] {
        m_connectTimer.stop();
        m_open = true;
        m_trafficTimer.start();
        if (m_direction != SyncDirection::Up) sendLiveReq();
        emit opened();
    });
    connect(&m_client, &RelayClient::disconnected, this,
            [this](const QString& reason) { fail("connection lost: " + reason.toStdString()); });
    m_client.setMessageHandler([this](RelayMessage&& m) { onMessage(std::move(m)); });
}

LiveLink::~LiveLink() = default;

void LiveLink::sendLiveReq() {
    QJsonObject filter = QJsonDocument::fromJson(QByteArray::fromStdString(m_filterJson)).object();
    filter.remove(QStringLiteral("limit"));
    const qint64 since = QDateTime::currentSecsSinceEpoch() - kOverlapSeconds;
    if (filter.value(QStringLiteral("since")).toInteger(0) < since) filter.insert(QStringLiteral("since"), since);
    m_subId = "live";
    m_client.send(QJsonDocument(QJsonArray{QStringLiteral("REQ"), QString::fromStdString(m_subId), filter})
                      .toJson(QJsonDocument::Compact)
                      .toStdString());
}

void LiveLink::open() {
    try {
        nostr::FilterLimits limits;
        limits.maxLimit = std::numeric_limits<uint32_t>::max();
        m_filter = nostr::parseFilter(m_filterJson, limits);
        m_filter.limit.reset();
        if (m_direction != SyncDirection::Up) m_store = std::make_unique<SyncStore>(m_config);
    } catch (const std::exception& e) {
        QTimer::singleShot(0, this, [this, why = std::string(e.what())] { fail("cannot start the live link: " + why); });
        return;
    }
    m_client.open(m_url);
    m_connectTimer.start(kConnectTimeoutMs);
}

void LiveLink::close() {
    m_dead = true;
    m_open = false;
    m_connectTimer.stop();
    m_trafficTimer.stop();
    flushTraffic();
    m_client.close();
}

void LiveLink::push(const nostr::Event& event, const std::string& json) {
    if (!m_open || m_dead || m_direction == SyncDirection::Down) return;
    if (!m_filter.matches(event)) return;
    if (m_unanswered.size() + m_waitingForAuth.size() >= kMaxUnanswered) return;
    if (m_unanswered.count(event.id)) return;
    m_unanswered.emplace(event.id, json);
    m_client.send("[\"EVENT\"," + json + "]");
}

void LiveLink::onMessage(RelayMessage&& message) {
    if (m_dead) return;
    if (auto* ev = std::get_if<RelayEvent>(&message)) {
        if (ev->subscriptionId != m_subId || !ev->problem.empty() || !m_store) return;
        const nostr::Event& event = ev->event;
        if (!m_filter.matches(event)) return; // only what we asked for
        if (m_store->admit(event, QDateTime::currentSecsSinceEpoch())) return;
        try {
            const nostr::Event* one[] = {&event};
            const auto results = m_store->write(one);
            if (!results.empty() && results.front().status == store::WriteStatus::Stored) ++m_down;
        } catch (const std::exception& e) {
            fail(std::string("cannot write the event store: ") + e.what());
        }
    } else if (auto* ok = std::get_if<RelayOk>(&message)) {
        if (m_authId && ok->eventId == *m_authId) return onAuthAnswer(*ok);
        const auto it = m_unanswered.find(ok->eventId);
        if (it == m_unanswered.end()) return;
        if (!ok->accepted && reasonPrefix(ok->message) == "auth-required" && !m_authenticated) {
            // Sent again once our AUTH is accepted.
            m_waitingForAuth.emplace_back(it->first, std::move(it->second));
            m_unanswered.erase(it);
            requestAuth();
            return;
        }
        m_unanswered.erase(it);
        if (ok->accepted) ++m_up;
    } else if (auto* closed = std::get_if<RelayClosed>(&message)) {
        if (closed->subscriptionId != m_subId) return;
        if (reasonPrefix(closed->message) == "auth-required" && !m_authenticated) {
            m_reqWaitingForAuth = true;
            requestAuth();
            return;
        }
        fail("the peer closed our live REQ: " + closed->message);
    } else if (auto* auth = std::get_if<RelayAuth>(&message)) {
        m_challenge = auth->challenge;
    }
}

void LiveLink::requestAuth() {
    if (m_authId) return; // one AUTH at a time: what waits is resent when it is answered
    if (m_authTried) return fail("auth-required: the peer still refuses after our AUTH");
    if (m_challenge.empty()) return fail("auth-required: the peer wants NIP-42 AUTH but sent no challenge");
    std::string error;
    const std::optional<nostr::Event> auth = makeAuthEvent(m_config, m_url, m_challenge, &error);
    if (!auth) return fail("auth-required: " + error);
    m_authTried = true;
    m_authId = auth->id;
    m_client.send("[\"AUTH\"," + nostr::serializeEvent(*auth) + "]");
}

void LiveLink::onAuthAnswer(const RelayOk& ok) {
    m_authId.reset();
    if (!ok.accepted) return fail("the peer refused our AUTH: " + ok.message);
    m_authenticated = true;
    if (m_reqWaitingForAuth) {
        m_reqWaitingForAuth = false;
        sendLiveReq();
    }
    auto waiting = std::move(m_waitingForAuth);
    m_waitingForAuth.clear();
    for (auto& [id, json] : waiting)
        if (m_unanswered.emplace(id, json).second) m_client.send("[\"EVENT\"," + json + "]");
}

void LiveLink::fail(const std::string& reason) {
    if (m_dead) return;
    close();
    emit lost(reason);
}

void LiveLink::flushTraffic() {
    const uint64_t in = m_client.bytesIn(), out = m_client.bytesOut();
    if (m_down == 0 && m_up == 0 && in == m_reportedIn && out == m_reportedOut) return;
    emit traffic(m_down, m_up, in - m_reportedIn, out - m_reportedOut);
    m_down = m_up = 0;
    m_reportedIn = in;
    m_reportedOut = out;
}

} // namespace roost::sync
