// The store commands of the Relay facade (queries, moderation, bans): the GUI and NIP-86 share
// them. Reads run on a ReqWorker's connection, changes on the Writer's, never on the caller's.
#include "relay/RelayImpl.h"

#include "nostr/Filter.h"
#include "nostr/Hex.h"
#include "relay/ReqWorker.h"
#include "relay/Writer.h"
#include "store/EventWriter.h"
#include "store/FilterScan.h"
#include "store/HeldEvents.h"
#include "nostr/EventParser.h"
#include "store/Reports.h"
#include "store/Statement.h"
#include "store/StoreStats.h"
#include "store/Tombstones.h"

#include <QDateTime>

#include <optional>

namespace roost::relay {

namespace {

/// Parses one filter object; on failure stores the parser's message in `error`.
std::optional<nostr::Filter> parseOneFilter(const QByteArray& json, QString& error) {
    nostr::FilterLimits limits;
    limits.maxLimit = UINT32_MAX;
    try {
        return nostr::parseFilter(std::string_view(json.constData(), size_t(json.size())), limits);
    } catch (const nostr::ParseError& e) {
        error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

std::optional<nostr::Id> parseId(const QString& hex, QString& error) {
    nostr::Id id{};
    if (nostr::fromHex(hex.trimmed().toLower().toStdString(), id)) return id;
    error = QStringLiteral("invalid: an event id is 64 hex characters");
    return std::nullopt;
}

/// Calls done(Result{}, error) on `context`'s thread, later (never from inside the caller).
template <class Result> void failLater(QObject* context, std::function<void(Result, QString)> done, QString error) {
    QMetaObject::invokeMethod(context, [done = std::move(done), error] { done(Result{}, error); }, Qt::QueuedConnection);
}

} // namespace

template <class Result, class Work>
void RelayImpl::runStoreJob(bool onWriter, Work work, std::function<void(Result, QString)> done) {
    if (!m_running || !m_writer || m_reqWorkers.empty())
        return failLater<Result>(this, std::move(done), QStringLiteral("the relay is not running"));
    // The answer is posted to this object: teardown joins every engine thread before the
    // RelayImpl goes away, and Qt drops events queued for a deleted receiver.
    auto job = [this, work = std::move(work), done = std::move(done)](store::Database& db) mutable {
        Result result{};
        QString error;
        try {
            result = work(db);
        } catch (const store::StoreError& e) {
            error = QStringLiteral("error: ") + QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(this, [done = std::move(done), result = std::move(result), error] { done(result, error); },
                                  Qt::QueuedConnection);
    };
    if (onWriter) m_writer->post(Writer::Run{std::move(job)});
    else m_reqWorkers[m_nextReader++ % m_reqWorkers.size()]->post(ReqWorker::Run{std::move(job)});
}

void RelayImpl::queryEvents(const QByteArray& filterJson, int limit, std::function<void(QList<QByteArray>, QString)> done) {
    QString error;
    auto filter = parseOneFilter(filterJson, error);
    if (!filter) return failLater<QList<QByteArray>>(this, std::move(done), error);
    const uint32_t cap = uint32_t(std::max(0, limit));
    filter->limit = std::min(filter->limit.value_or(cap), cap);
    runStoreJob<QList<QByteArray>>(false, [f = std::move(*filter)](store::Database& db) {
        QList<QByteArray> out;
        for (const store::StoredEvent& e : store::queryEvents(db, {f}, UINT32_MAX))
            out.append(QByteArray::fromStdString(e.json));
        return out;
    }, std::move(done));
}

void RelayImpl::countEvents(const QByteArray& filterJson, std::function<void(quint64, QString)> done) {
    QString error;
    auto filter = parseOneFilter(filterJson, error);
    if (!filter) return failLater<quint64>(this, std::move(done), error);
    runStoreJob<quint64>(false, [f = std::move(*filter)](store::Database& db) { return quint64(store::countEvents(db, {f})); },
                         std::move(done));
}

void RelayImpl::deleteEvents(const QByteArray& filterJson, std::function<void(quint64, QString)> done) {
    QString error;
    auto filter = parseOneFilter(filterJson, error);
    if (!filter) return failLater<quint64>(this, std::move(done), error);
    runStoreJob<quint64>(true, [f = std::move(*filter)](store::Database& db) {
        if (!f.ids) return quint64(store::EventWriter(db).deleteMatching({f}));
        // Events picked one by one (the window's Delete) stay deleted: a tombstone for each.
        nostr::Filter unlimited = f;
        unlimited.limit.reset();
        std::vector<nostr::Id> ids;
        for (const store::StoredEvent& e : store::queryEvents(db, {unlimited}, UINT32_MAX)) ids.push_back(e.id);
        const int64_t now = QDateTime::currentSecsSinceEpoch();
        quint64 deleted = 0;
        store::EventWriter writer(db);
        for (const nostr::Id& id : ids) deleted += writer.banEvent(id, "deleted by the operator", now) ? 1 : 0;
        return deleted;
    }, std::move(done));
}

void RelayImpl::banEvent(const QString& idHex, const QString& reason, std::function<void(bool, QString)> done) {
    QString error;
    const auto id = parseId(idHex, error);
    if (!id) return failLater<bool>(this, std::move(done), error);
    runStoreJob<bool>(true, [id = *id, reason = reason.toStdString()](store::Database& db) {
        store::EventWriter(db).banEvent(id, reason, QDateTime::currentSecsSinceEpoch());
        return true;
    }, std::move(done));
}

void RelayImpl::unbanEvent(const QString& idHex, std::function<void(bool, QString)> done) {
    QString error;
    const auto id = parseId(idHex, error);
    if (!id) return failLater<bool>(this, std::move(done), error);
    runStoreJob<bool>(true, [id = *id](store::Database& db) {
        store::EventWriter(db).unbanEvent(id);
        return true;
    }, std::move(done));
}

void RelayImpl::listBannedEvents(std::function<void(QList<BannedEventInfo>, QString)> done) {
    runStoreJob<QList<BannedEventInfo>>(false, [](store::Database& db) {
        QList<BannedEventInfo> out;
        for (const store::BannedEvent& b : store::bannedEvents(db))
            out.append({QString::fromStdString(nostr::toHex(b.id)), QString::fromStdString(b.reason), b.bannedAt});
        return out;
    }, std::move(done));
}

void RelayImpl::storeSummary(std::function<void(StoreSummary, QString)> done) {
    runStoreJob<StoreSummary>(false, [](store::Database& db) {
        const store::StoreStats stats = store::computeStats(db);
        StoreSummary out;
        out.events = stats.events;
        out.fileBytes = stats.fileBytes;
        for (const auto& [kind, n] : stats.byKind) out.eventsByKind.insert(kind, n);
        return out;
    }, std::move(done));
}

void RelayImpl::listReports(int limit, std::function<void(QList<ReportInfo>, QString)> done) {
    runStoreJob<QList<ReportInfo>>(false, [limit](store::Database& db) {
        QList<ReportInfo> out;
        // Events held for review first: they wait for a decision, reports only for a look.
        for (const store::HeldEvent& h : store::heldEvents(db, size_t(std::max(0, limit)))) {
            ReportInfo info{QString::fromStdString(nostr::toHex(h.id)), true, QStringLiteral("held for review"), 1,
                            {QString::fromStdString(nostr::toHex(h.pubkey))}, h.heldAt, true, QByteArray::fromStdString(h.json)};
            out.append(info);
        }
        if (out.size() >= limit) return out;
        for (const store::ReportEntry& r : store::reportQueue(db, size_t(std::max(0, limit)))) {
            ReportInfo info{QString::fromStdString(nostr::toHex(r.target)), r.isEvent, QString::fromStdString(r.reportType),
                            r.count, {}, r.lastAt, false, {}};
            for (const nostr::Id& k : r.reporters) info.reporters << QString::fromStdString(nostr::toHex(k));
            out.append(info);
        }
        return out;
    }, std::move(done));
}

void RelayImpl::approveHeld(const QString& idHex, std::function<void(bool, QString)> done) {
    QString error;
    const auto id = parseId(idHex, error);
    if (!id) return failLater<bool>(this, std::move(done), error);
    if (!m_running || !m_writer) return failLater<bool>(this, std::move(done), QStringLiteral("the relay is not running"));
    // On the Writer: read the held event, then queue it as an internal write; it leaves the
    // queue in the commit that stores it, and `done` is answered after that commit.
    auto answer = [this, done = std::move(done)](bool published, const QString& why) {
        QMetaObject::invokeMethod(this, [done, published, why] { done(published, why); }, Qt::QueuedConnection);
    };
    Writer* writer = m_writer.get();
    m_writer->post(Writer::Run{[id = *id, answer, writer](store::Database& db) {
        std::optional<store::HeldEvent> held;
        try {
            held = store::findHeld(db, id);
        } catch (const store::StoreError& e) {
            return answer(false, QStringLiteral("error: ") + QString::fromUtf8(e.what()));
        }
        if (!held) return answer(false, QString());
        nostr::Event event;
        try {
            event = nostr::parseEvent(held->json);
        } catch (const nostr::ParseError& e) {
            return answer(false, QString::fromUtf8(e.what()));
        }
        Writer::Write write{0, std::move(event)};
        write.fromHold = true;
        write.committed = [answer](const store::WriteResult& r) {
            answer(r.accepted(), r.accepted() ? QString() : QString::fromStdString(r.reason));
        };
        writer->post(std::move(write));
    }});
}

void RelayImpl::rejectHeld(const QString& idHex, std::function<void(bool, QString)> done) {
    QString error;
    const auto id = parseId(idHex, error);
    if (!id) return failLater<bool>(this, std::move(done), error);
    runStoreJob<bool>(true, [id = *id](store::Database& db) { return store::dropHeld(db, id); }, std::move(done));
}

void RelayImpl::dismissReports(const QString& targetHex, std::function<void(quint64, QString)> done) {
    QString error;
    const auto target = parseId(targetHex, error);
    if (!target) return failLater<quint64>(this, std::move(done), QStringLiteral("invalid: a target is 64 hex characters"));
    runStoreJob<quint64>(true, [target = *target](store::Database& db) {
        store::Transaction txn(db, true);
        const uint64_t removed = store::dismissReports(db, target);
        txn.commit();
        return quint64(removed);
    }, std::move(done));
}

} // namespace roost::relay
