#include "sync/RelayListFetch.h"

#include "nostr/Hex.h"
#include "nostr/Verify.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <variant>

namespace roost::sync {

namespace {

const char* const kSub = "relay-list";

// NIP-01: of two versions of a replaceable event the one with the greater created_at wins; on a
// tie the lower id.
bool newer(const nostr::Event& a, const std::optional<nostr::Event>& b) {
    if (!b) return true;
    if (a.createdAt != b->createdAt) return a.createdAt > b->createdAt;
    return a.id < b->id;
}

void addUnique(QStringList& list, const QString& url) {
    if (!url.isEmpty() && !list.contains(url) && list.size() < kMaxWriteRelays) list << url;
}

} // namespace

QString normalizeRelayUrl(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) || url.host().isEmpty())
        return {};
    QUrl out = url;
    out.setScheme(scheme);
    out.setHost(url.host().toLower());
    out.setFragment(QString());
    QString s = out.toString(QUrl::FullyEncoded);
    if (out.path() == QLatin1String("/") && !out.hasQuery()) s.chop(1);
    return s;
}

QStringList writeRelaysOfRelayList(const nostr::Event& event) {
    QStringList out;
    for (const nostr::Tag& tag : event.tags) {
        if (tag.size() < 2 || tag[0] != "r") continue;
        if (tag.size() >= 3 && !tag[2].empty() && tag[2] != "write") continue; // "read" only
        addUnique(out, normalizeRelayUrl(QString::fromStdString(tag[1])));
    }
    return out;
}

QStringList writeRelaysOfContactList(const nostr::Event& event) {
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(event.content));
    if (!doc.isObject()) return out;
    const QJsonObject relays = doc.object();
    for (auto it = relays.begin(); it != relays.end(); ++it) {
        const QJsonValue write = it.value().toObject().value(QStringLiteral("write"));
        if (write.isBool() && !write.toBool()) continue;
        addUnique(out, normalizeRelayUrl(it.key()));
    }
    return out;
}

RelayListFetch::RelayListFetch(const nostr::PubKey& key, const QStringList& bootstrapRelays, int timeoutMs,
                               QObject* parent)
    : QObject(parent), m_key(key), m_urls(bootstrapRelays), m_timeoutMs(timeoutMs) {}

RelayListFetch::~RelayListFetch() { cancel(); }

void RelayListFetch::start() {
    const std::string key = nostr::toHex(m_key);
    const std::string req = std::string("[\"REQ\",\"") + kSub + "\",{\"authors\":[\"" + key +
                            "\"],\"kinds\":[10002],\"limit\":1},{\"authors\":[\"" + key +
                            "\"],\"kinds\":[3],\"limit\":1}]";
    for (const QString& raw : m_urls) {
        auto b = std::make_unique<Bootstrap>();
        b->url = normalizeRelayUrl(raw);
        Bootstrap* bp = b.get();
        m_bootstraps.push_back(std::move(b));
        if (bp->url.isEmpty()) {
            bp->url = raw;
            done(*bp, QStringLiteral("not a ws:// or wss:// URL"));
            continue;
        }
        bp->client = std::make_unique<RelayClient>();
        bp->timer = std::make_unique<QTimer>();
        bp->timer->setSingleShot(true);
        connect(bp->timer.get(), &QTimer::timeout, this, [this, bp] { done(*bp, QStringLiteral("no answer in time")); });
        connect(bp->client.get(), &RelayClient::opened, this, [bp, req] { bp->client->send(req); });
        connect(bp->client.get(), &RelayClient::disconnected, this,
                [this, bp](const QString& reason) { done(*bp, reason); });
        bp->client->setMessageHandler([this, bp](RelayMessage&& message) {
            if (auto* ev = std::get_if<RelayEvent>(&message)) {
                if (ev->subscriptionId == kSub && ev->problem.empty()) onEvent(ev->event);
            } else if (auto* eose = std::get_if<RelayEose>(&message)) {
                if (eose->subscriptionId == kSub) {
                    ++m_result.bootstrapAnswered;
                    done(*bp, QString());
                }
            } else if (auto* closed = std::get_if<RelayClosed>(&message)) {
                if (closed->subscriptionId == kSub) done(*bp, QString::fromStdString(closed->message));
            }
        });
        bp->timer->start(m_timeoutMs);
        bp->client->open(QUrl(bp->url));
    }
    m_started = true;
    finishIfDone();
}

void RelayListFetch::cancel() {
    m_finished = true;
    for (auto& b : m_bootstraps) {
        if (b->timer) b->timer->stop();
        if (b->client) b->client->close();
    }
}

void RelayListFetch::onEvent(const nostr::Event& event) {
    if (event.pubkey != m_key || (event.kind != 10002 && event.kind != 3)) return;
    std::optional<nostr::Event>& slot = event.kind == 10002 ? m_relayList : m_contacts;
    if (!newer(event, slot) || nostr::verifyEvent(event)) return;
    slot = event;
}

void RelayListFetch::done(Bootstrap& b, const QString& failure) {
    if (b.done) return;
    b.done = true;
    if (b.timer) b.timer->stop();
    if (b.client) b.client->close();
    if (!failure.isEmpty()) m_result.failures << QStringLiteral("%1: %2").arg(b.url, failure);
    finishIfDone();
}

void RelayListFetch::finishIfDone() {
    if (m_finished || !m_started) return;
    for (const auto& b : m_bootstraps)
        if (!b->done) return;
    m_finished = true;
    if (m_relayList) {
        m_result.writeRelays = writeRelaysOfRelayList(*m_relayList);
        if (!m_result.writeRelays.isEmpty()) m_result.source = QStringLiteral("kind 10002");
    }
    if (m_result.writeRelays.isEmpty() && m_contacts) {
        m_result.writeRelays = writeRelaysOfContactList(*m_contacts);
        if (!m_result.writeRelays.isEmpty()) m_result.source = QStringLiteral("kind 3");
    }
    emit finished(m_result);
}

} // namespace roost::sync
