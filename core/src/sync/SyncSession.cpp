#include "sync/SyncSession.h"

#include "sync/AuthEvent.h"
#include "nostr/Canonical.h"
#include "nostr/Hex.h"
#include "nostr/Verify.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <limits>

namespace roost::sync {

namespace {

std::string compact(const QJsonArray& array) {
    return QJsonDocument(array).toJson(QJsonDocument::Compact).toStdString();
}

QJsonArray hexIds(std::span<const nostr::Id> ids) {
    QJsonArray out;
    for (const nostr::Id& id : ids) out.append(QString::fromStdString(nostr::toHex(id)));
    return out;
}

int64_t nowSeconds() {
    return QDateTime::currentSecsSinceEpoch();
}

bool containsId(const NegVectorStorage& set, const NegItem& item) {
    const size_t at = set.lowerBound(0, set.size(), item);
    return at < set.size() && set.at(at) == item;
}

} // namespace

SyncSession::SyncSession(const RelayConfig& config, SyncOptions options, QObject* parent)
    : QObject(parent), m_config(config), m_options(std::move(options)), m_idle(this), m_backoff(this), m_client(this) {
    // Every member QObject is a child, so moveToThread() takes them along.
    m_idle.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &SyncSession::onIdle);
    connect(&m_backoff, &QTimer::timeout, this, [this] {
        // A remote that refills its bucket slowly still takes some events each round: the
        // rate-limited events are given up only after rounds in a row that moved nothing.
        m_roundsWithoutProgress = m_progressSinceResend ? 0 : m_roundsWithoutProgress + 1;
        m_progressSinceResend = false;
        auto waiting = std::move(m_upWaiting);
        m_upWaiting.clear();
        for (auto& [id, flight] : waiting) {
            send("[\"EVENT\"," + flight.json + "]");
            m_upInFlight.emplace(id, std::move(flight));
        }
        arm(m_options.idleTimeoutMs);
    });
    connect(&m_client, &RelayClient::opened, this, &SyncSession::onOpened);
    connect(&m_client, &RelayClient::disconnected, this, [this](const QString& reason) {
        if (m_phase == Phase::Connecting)
            finish("cannot connect to " + m_options.url.toString().toStdString() + ": " + reason.toStdString());
        else
            finish("connection lost: " + reason.toStdString());
    });
    m_client.setMessageHandler([this](RelayMessage&& m) { onMessage(std::move(m)); });
}

SyncSession::~SyncSession() = default;

void SyncSession::start() {
    m_elapsed.start();
    const QString scheme = m_options.url.scheme();
    if (!m_options.url.isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")))
        return finish("the remote URL must start with ws:// or wss://");
    const QJsonDocument filterDoc = QJsonDocument::fromJson(QByteArray::fromStdString(m_options.filterJson));
    if (!filterDoc.isObject()) return finish("bad filter: not a JSON object");
    m_filterObject = filterDoc.object();
    m_filterObject.remove(QStringLiteral("limit")); // the whole matching set is reconciled
    try {
        nostr::FilterLimits limits;
        limits.maxLimit = std::numeric_limits<uint32_t>::max();
        m_filter = nostr::parseFilter(m_options.filterJson, limits);
        m_filter.limit.reset();
    } catch (const nostr::ParseError& e) {
        return finish(std::string("bad filter: ") + e.what());
    }
    emitProgress("reading the local store");
    try {
        m_store = std::make_unique<SyncStore>(m_config);
        m_store->collect(m_filter, m_local);
    } catch (const std::exception& e) {
        return finish(std::string("cannot read the event store: ") + e.what());
    }
    m_phase = Phase::Connecting;
    emitProgress("connecting");
    // NIP-11 first: whether the remote speaks NIP-77 and how big its pages and frames may be.
    m_nam = new QNetworkAccessManager(this);
    QNetworkRequest request(nip11Url(m_options.url));
    request.setRawHeader("Accept", "application/nostr+json");
    request.setTransferTimeout(m_options.connectTimeoutMs);
    QNetworkReply* reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_finished) return;
        onInfo(reply->error() == QNetworkReply::NoError ? parseRemoteInfo(reply->readAll()) : RemoteInfo{});
    });
}

void SyncSession::cancel() {
    finish("cancelled");
}

void SyncSession::onInfo(const RemoteInfo& info) {
    m_info = info;
    if (m_info.maxLimit > 0) {
        m_options.pageSize = std::min(m_options.pageSize, m_info.maxLimit);
        m_options.idBatch = std::min(m_options.idBatch, m_info.maxLimit);
    }
    m_options.pageSize = std::max<uint32_t>(m_options.pageSize, 1);
    m_options.idBatch = std::max<uint32_t>(m_options.idBatch, 1);
    m_client.open(m_options.url);
    arm(m_options.connectTimeoutMs);
}

void SyncSession::onOpened() {
    if (m_finished) return;
    m_idle.stop();
    if (!m_options.negentropy) return fallback("negentropy switched off (--no-negentropy)");
    if (m_info.known && !m_info.nip77) return fallback("the remote's NIP-11 does not list NIP-77");
    openNegentropy();
}

size_t SyncSession::frameSizeLimit() const {
    // Hex doubles the size; leave room for the JSON around the message.
    if (m_info.maxMessageLength == 0) return 32768;
    const size_t room = m_info.maxMessageLength > 1024 ? (m_info.maxMessageLength - 512) / 2 : 0;
    return std::max<size_t>(room, 4096);
}

void SyncSession::openNegentropy() {
    m_phase = Phase::Reconciling;
    m_have.clear();
    m_need.clear();
    m_neg = std::make_unique<Negentropy>(m_local, frameSizeLimit());
    m_negSub = "neg" + std::to_string(++m_counter);
    QJsonArray open{QStringLiteral("NEG-OPEN"), QString::fromStdString(m_negSub), m_filterObject,
                    QString::fromStdString(negToHex(m_neg->initiate()))};
    send(compact(open));
    emitProgress("reconciling");
    arm(m_options.negTimeoutMs);
}

void SyncSession::fallback(const std::string& reason) {
    if (m_phase == Phase::Reconciling && !m_negSub.empty())
        send(compact(QJsonArray{QStringLiteral("NEG-CLOSE"), QString::fromStdString(m_negSub)}));
    m_negSub.clear();
    m_neg.reset();
    m_have.clear();
    m_need.clear();
    m_report.usedNegentropy = false;
    m_report.fallbackReason = reason;
    m_report.have = m_report.need = 0;
    m_plan.clear();
    if (wantDown())
        m_plan.push_back([this] {
            m_phase = Phase::Paging;
            m_pager.emplace(m_filter.since, m_filter.until, m_options.pageSize);
            pageNext();
        });
    if (wantUp())
        m_plan.push_back([this] {
            m_phase = Phase::Learning;
            m_learnPos = 0;
            learnNext();
        });
    runNext();
}

void SyncSession::afterReconcile() {
    m_report.usedNegentropy = true;
    m_report.have = m_have.size();
    m_report.need = m_need.size();
    m_neg.reset();
    m_negSub.clear();
    m_idle.stop();
    emitProgress("reconciled");
    m_plan.clear();
    if (!m_options.dryRun && wantDown() && !m_need.empty())
        m_plan.push_back([this] {
            m_phase = Phase::Downloading;
            m_downIds = std::move(m_need);
            m_need.clear();
            m_downPos = 0;
            m_progress.downTotal = m_downIds.size();
            downloadNextBatch();
        });
    if (!m_options.dryRun && wantUp() && !m_have.empty())
        m_plan.push_back([this] {
            std::vector<nostr::Id> ids = std::move(m_have);
            m_have.clear();
            m_progress.upTotal = ids.size();
            uploadIds(std::move(ids), [this] { runNext(); });
        });
    runNext();
}

void SyncSession::runNext() {
    if (m_finished) return;
    if (m_plan.empty()) return finish("");
    auto step = std::move(m_plan.front());
    m_plan.erase(m_plan.begin());
    step();
}

void SyncSession::onMessage(RelayMessage&& message) {
    if (m_finished) return;
    if (m_idle.isActive()) m_idle.start(); // any answer shows the remote is alive
    if (auto* m = std::get_if<RelayAuth>(&message)) {
        m_challenge = m->challenge;
    } else if (auto* m = std::get_if<RelayNegMsg>(&message)) {
        if (m_phase != Phase::Reconciling || m->subscriptionId != m_negSub) return;
        std::optional<std::string> next;
        try {
            next = m_neg->reconcile(negFromHex(m->hex), m_have, m_need);
        } catch (const NegentropyError& e) {
            return fallback(std::string("malformed NEG-MSG: ") + e.what());
        }
        m_progress.have = m_have.size();
        m_progress.need = m_need.size();
        m_progress.idsLearned = m_have.size() + m_need.size();
        if (next) {
            send(compact(QJsonArray{QStringLiteral("NEG-MSG"), QString::fromStdString(m_negSub),
                                    QString::fromStdString(negToHex(*next))}));
            emitProgress("reconciling");
            arm(m_options.negTimeoutMs);
        } else {
            send(compact(QJsonArray{QStringLiteral("NEG-CLOSE"), QString::fromStdString(m_negSub)}));
            afterReconcile();
        }
    } else if (auto* m = std::get_if<RelayNegErr>(&message)) {
        if (m_phase != Phase::Reconciling || m->subscriptionId != m_negSub) return;
        if (reasonPrefix(m->reason) == "auth-required") {
            m_idle.stop();
            return requestAuth([this] { openNegentropy(); });
        }
        fallback("NEG-ERR: " + m->reason);
    } else if (auto* m = std::get_if<RelayNotice>(&message)) {
        // A relay without NIP-77 answers NEG-OPEN with a NOTICE.
        if (m_phase == Phase::Reconciling) fallback("NOTICE on NEG-OPEN: " + m->message);
    } else if (auto* m = std::get_if<RelayEvent>(&message)) {
        if (m->subscriptionId != m_reqSub || m_reqSub.empty()) return;
        if (m_phase == Phase::Downloading || m_phase == Phase::Paging) ++m_progress.down;
        if (!m->problem.empty()) return m_report.rejectDown(m->problem);
        // Memory stays bounded whatever the remote sends: a batch holds what we asked for.
        if (m_collected.size() >= size_t(m_reqExpected) + 16) return m_report.rejectDown("invalid: more events than asked for");
        m_collected.push_back(std::move(m->event));
    } else if (auto* m = std::get_if<RelayEose>(&message)) {
        if (m->subscriptionId != m_reqSub || m_reqSub.empty()) return;
        send(compact(QJsonArray{QStringLiteral("CLOSE"), QString::fromStdString(m_reqSub)}));
        m_reqSub.clear();
        m_idle.stop();
        auto next = std::move(m_onEose);
        m_onEose = nullptr;
        next();
    } else if (auto* m = std::get_if<RelayClosed>(&message)) {
        if (m->subscriptionId != m_reqSub || m_reqSub.empty()) return;
        m_reqSub.clear();
        m_idle.stop();
        if (reasonPrefix(m->message) == "auth-required") return requestAuth(m_reqRetry);
        finish("the remote closed our REQ: " + m->message);
    } else if (auto* m = std::get_if<RelayOk>(&message)) {
        if (m_authId && m->eventId == *m_authId) {
            m_authId.reset();
            m_idle.stop();
            if (!m->accepted) return finish("the remote refused our AUTH: " + m->message);
            m_report.authenticated = true;
            auto retry = std::move(m_afterAuth);
            m_afterAuth = nullptr;
            if (retry) retry();
            return;
        }
        onUploadOk(*m);
    }
}

void SyncSession::onIdle() {
    if (m_finished) return;
    switch (m_phase) {
    case Phase::Connecting:
        return finish("timeout: no connection to " + m_options.url.toString().toStdString() + " within " +
                      std::to_string(m_options.connectTimeoutMs / 1000) + " s");
    case Phase::Reconciling:
        return fallback("no answer to NEG-OPEN/NEG-MSG within " + std::to_string(m_options.negTimeoutMs / 1000) + " s");
    default:
        return finish("timeout: the remote did not answer for " + std::to_string(m_options.idleTimeoutMs / 1000) + " s");
    }
}

void SyncSession::sendReq(const QJsonObject& filter, uint32_t expected, std::function<void()> onEose) {
    m_reqSub = "sync" + std::to_string(++m_counter);
    m_reqExpected = expected;
    m_collected.clear();
    m_onEose = onEose;
    m_reqRetry = [this, filter, expected, onEose] { sendReq(filter, expected, onEose); };
    send(compact(QJsonArray{QStringLiteral("REQ"), QString::fromStdString(m_reqSub), filter}));
    arm(m_options.idleTimeoutMs);
}

void SyncSession::downloadNextBatch() {
    if (m_downPos >= m_downIds.size()) {
        m_downIds.clear();
        m_downIds.shrink_to_fit();
        return runNext();
    }
    const size_t end = std::min(m_downIds.size(), m_downPos + m_options.idBatch);
    m_requested.assign(m_downIds.begin() + ptrdiff_t(m_downPos), m_downIds.begin() + ptrdiff_t(end));
    std::sort(m_requested.begin(), m_requested.end());
    m_downPos = end;
    QJsonObject filter{{QStringLiteral("ids"), hexIds(m_requested)},
                       {QStringLiteral("limit"), qint64(m_requested.size())}};
    emitProgress("downloading");
    sendReq(filter, uint32_t(m_requested.size()), [this] {
        writeCollected(true, false);
        downloadNextBatch();
    });
}

void SyncSession::writeCollected(bool onlyRequested, bool onlyUnknown) {
    if (m_finished) return;
    std::vector<nostr::Event> events = std::move(m_collected);
    m_collected.clear();
    std::vector<const nostr::Event*> admitted;
    admitted.reserve(events.size());
    std::vector<nostr::Id> seen;
    const int64_t now = nowSeconds();
    for (const nostr::Event& ev : events) {
        if (onlyRequested && !std::binary_search(m_requested.begin(), m_requested.end(), ev.id)) {
            m_report.rejectDown("invalid: not an event we asked for");
            continue;
        }
        if (!onlyRequested && !m_filter.matches(ev)) {
            m_report.rejectDown("invalid: does not match the filter");
            continue;
        }
        if (onlyUnknown && containsId(m_local, NegItem{uint64_t(ev.createdAt), ev.id})) continue;
        if (std::find(seen.begin(), seen.end(), ev.id) != seen.end()) continue; // sent twice
        seen.push_back(ev.id);
        if (auto problem = m_store->admit(ev, now)) {
            m_report.rejectDown(*problem);
            continue;
        }
        admitted.push_back(&ev);
    }
    if (m_options.dryRun || admitted.empty()) return;
    try {
        for (const store::WriteResult& r : m_store->write(admitted)) m_report.countWrite(r);
    } catch (const std::exception& e) {
        finish(std::string("cannot write to the event store: ") + e.what());
    }
}

void SyncSession::pageNext() {
    if (m_finished) return;
    if (m_pager->done()) {
        m_report.truncatedTimestamps = m_pager->truncated();
        if (m_pager->remoteIgnoresUntil()) return finish("the remote ignores `until`: cannot page through it");
        return runNext();
    }
    QJsonObject filter = m_filterObject;
    if (m_pager->nextUntil() != std::numeric_limits<int64_t>::max())
        filter.insert(QStringLiteral("until"), qint64(m_pager->nextUntil()));
    filter.insert(QStringLiteral("limit"), qint64(m_pager->pageSize()));
    emitProgress("paging");
    sendReq(filter, m_pager->pageSize(), [this] {
        std::vector<NegItem> items;
        items.reserve(m_collected.size());
        for (const nostr::Event& ev : m_collected) items.push_back(NegItem{uint64_t(ev.createdAt), ev.id});
        const std::vector<bool> fresh = m_pager->acceptPage(items);
        std::vector<nostr::Event> keep;
        for (size_t i = 0; i < m_collected.size(); ++i) {
            if (!fresh[i]) continue;
            if (!containsId(m_local, items[i])) {
                ++m_report.need;
                m_progress.need = m_report.need;
                keep.push_back(std::move(m_collected[i]));
            }
        }
        m_progress.idsLearned = m_report.have + m_report.need;
        m_collected = std::move(keep);
        writeCollected(false, false);
        pageNext();
    });
}

void SyncSession::learnNext() {
    if (m_finished) return;
    if (m_learnPos >= m_local.size()) return runNext();
    const size_t end = std::min(m_local.size(), m_learnPos + m_options.idBatch);
    m_requested.clear();
    for (size_t i = m_learnPos; i < end; ++i) m_requested.push_back(m_local.at(i).id);
    std::sort(m_requested.begin(), m_requested.end());
    m_learnPos = end;
    QJsonObject filter{{QStringLiteral("ids"), hexIds(m_requested)},
                       {QStringLiteral("limit"), qint64(m_requested.size())}};
    emitProgress("learning");
    sendReq(filter, uint32_t(m_requested.size()), [this] {
        std::vector<nostr::Id> got;
        for (const nostr::Event& ev : m_collected) got.push_back(ev.id);
        m_collected.clear();
        std::sort(got.begin(), got.end());
        std::vector<nostr::Id> missing;
        std::set_difference(m_requested.begin(), m_requested.end(), got.begin(), got.end(), std::back_inserter(missing));
        m_report.have += missing.size();
        m_progress.have = m_report.have;
        m_progress.idsLearned = m_report.have + m_report.need;
        if (m_options.dryRun || missing.empty()) return learnNext();
        m_progress.upTotal += missing.size();
        uploadIds(std::move(missing), [this] {
            m_phase = Phase::Learning;
            learnNext();
        });
    });
}

void SyncSession::uploadIds(std::vector<nostr::Id> ids, std::function<void()> done) {
    m_phase = Phase::Uploading;
    m_upIds = std::move(ids);
    m_upPos = 0;
    m_upDone = std::move(done);
    m_backoffMs = 250;
    m_roundsWithoutProgress = 0;
    m_progressSinceResend = false;
    emitProgress("uploading");
    pumpUpload();
}

void SyncSession::pumpUpload() {
    if (m_finished) return;
    // While some events wait out a rate limit, nothing new is sent.
    while (m_upWaiting.empty() && m_upInFlight.size() < m_options.uploadWindow) {
        if (m_upReady.empty() && m_upPos < m_upIds.size()) {
            const size_t end = std::min(m_upIds.size(), m_upPos + m_options.idBatch);
            try {
                auto loaded = m_store->eventJsons(std::span(m_upIds).subspan(m_upPos, end - m_upPos));
                // An id gone meanwhile (replaced by a newer version we just downloaded, deleted) is skipped.
                m_progress.upTotal -= std::min<uint64_t>(m_progress.upTotal, (end - m_upPos) - loaded.size());
                for (auto& entry : loaded) m_upReady.push_back(std::move(entry));
            } catch (const std::exception& e) {
                return finish(std::string("cannot read the event store: ") + e.what());
            }
            m_upPos = end;
            continue;
        }
        if (m_upReady.empty()) break;
        auto [id, json] = std::move(m_upReady.front());
        m_upReady.pop_front();
        send("[\"EVENT\"," + json + "]");
        m_upInFlight.emplace(id, InFlight{std::move(json), 0});
    }
    if (!m_upInFlight.empty()) return arm(m_options.idleTimeoutMs);
    if (!m_upWaiting.empty()) return; // the backoff timer resends them
    if (m_upReady.empty() && m_upPos >= m_upIds.size()) {
        m_idle.stop();
        m_upIds.clear();
        auto done = std::move(m_upDone);
        m_upDone = nullptr;
        emitProgress("uploaded");
        if (done) done();
    }
}

void SyncSession::onUploadOk(const RelayOk& ok) {
    auto it = m_upInFlight.find(ok.eventId);
    if (it == m_upInFlight.end()) return;
    const std::string_view prefix = reasonPrefix(ok.message);
    if (!ok.accepted && prefix == "rate-limited" && m_roundsWithoutProgress < m_options.maxRateLimitRetries) {
        ++it->second.attempts;
        ++m_report.rateLimited;
        m_upWaiting.emplace_back(it->first, std::move(it->second));
        m_upInFlight.erase(it);
        if (!m_backoff.isActive()) {
            m_backoff.start(m_backoffMs);
            m_backoffMs = std::min(m_backoffMs * 2, 8000);
        }
        if (m_upInFlight.empty()) m_idle.stop();
        return;
    }
    // auth-required: AUTH once, then resend. Events sent before the AUTH was accepted come back
    // with auth-required too: they wait and are resent with the others.
    const bool authPending = m_authTried && m_authId.has_value();
    if (!ok.accepted && prefix == "auth-required" && it->second.attempts < m_options.maxRateLimitRetries &&
        (!m_authTried || authPending || m_report.authenticated)) {
        ++it->second.attempts;
        m_upWaiting.emplace_back(it->first, std::move(it->second));
        m_upInFlight.erase(it);
        if (!m_authTried)
            requestAuth([this] {
                if (!m_backoff.isActive()) m_backoff.start(0);
            });
        else if (m_report.authenticated && !m_backoff.isActive())
            m_backoff.start(0);
        if (m_upInFlight.empty() && !m_authId) m_idle.stop();
        return;
    }
    if (ok.accepted) m_backoffMs = 250;
    m_progressSinceResend = true;
    m_report.countUpload(ok.accepted, ok.message);
    ++m_progress.up;
    m_upInFlight.erase(it);
    if (m_progress.up % 100 == 0) emitProgress("uploading");
    pumpUpload();
}

void SyncSession::requestAuth(std::function<void()> retry) {
    if (m_authTried) return finish("auth-required: the remote still refuses after our AUTH");
    if (m_challenge.empty()) return finish("auth-required: the remote wants NIP-42 AUTH but sent no challenge");
    std::string error;
    const std::optional<nostr::Event> auth = makeAuthEvent(m_config, m_options.url, m_challenge, &error);
    if (!auth) return finish("auth-required: " + error);
    m_authTried = true;
    m_authId = auth->id;
    m_afterAuth = std::move(retry);
    send("[\"AUTH\"," + nostr::serializeEvent(*auth) + "]");
    arm(m_options.idleTimeoutMs);
}

void SyncSession::send(const std::string& text) {
    m_client.send(text);
}

void SyncSession::arm(int ms) {
    m_idle.start(ms);
}

void SyncSession::emitProgress(const char* phase) {
    m_progress.phase = phase;
    m_progress.bytesIn = m_client.bytesIn();
    m_progress.bytesOut = m_client.bytesOut();
    emit progress(m_progress);
}

void SyncSession::finish(const std::string& error) {
    if (m_finished) return;
    m_finished = true;
    m_phase = Phase::Done;
    m_idle.stop();
    m_backoff.stop();
    m_report.error = error;
    m_report.bytesIn = m_client.bytesIn();
    m_report.bytesOut = m_client.bytesOut();
    m_report.seconds = m_elapsed.isValid() ? double(m_elapsed.nsecsElapsed()) / 1e9 : 0;
    m_client.close();
    emitProgress("done");
    emit finished(m_report);
}

} // namespace roost::sync
