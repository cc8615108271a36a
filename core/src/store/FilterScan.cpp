#include "store/FilterScan.h"

#include "nostr/EventParser.h"
#include "store/IndexScan.h"
#include "store/Statement.h"

#include <algorithm>
#include <ctime>
#include <unordered_set>

namespace roost::store {

namespace {

constexpr const char* kExpiredSeqs = "SELECT seq FROM events WHERE expiration IS NOT NULL AND expiration <= ?1";
constexpr const char* kRowBySeq = "SELECT pubkey, kind, json, expiration FROM events WHERE seq = ?1";
constexpr const char* kEventsAfter =
    "SELECT seq, created_at, id, json FROM events WHERE seq > ?1 ORDER BY seq LIMIT ?2";

// One next() call pulls at most this many candidates (or 4 per requested result), so a filter
// whose candidates mostly fail its residual conditions still yields to the caller regularly.
constexpr size_t kCandidatesPerCall = 4096;

template <class T> void normalize(std::optional<std::vector<T>>& list) {
    if (!list)
        return;
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
}

/// The filter with every list sorted and unique, whatever the caller built by hand, so the
/// checks below can binary-search.
nostr::Filter normalized(const nostr::Filter& filter) {
    nostr::Filter f = filter;
    normalize(f.ids);
    normalize(f.authors);
    normalize(f.kinds);
    normalize(f.privateReaders);
    for (nostr::TagCondition& tag : f.tags) {
        std::sort(tag.values.begin(), tag.values.end());
        tag.values.erase(std::unique(tag.values.begin(), tag.values.end()), tag.values.end());
    }
    return f;
}

/// True when no stored event can match, regardless of `limit` (an empty list, since > until).
bool selectsNothing(const nostr::Filter& f) {
    if ((f.ids && f.ids->empty()) || (f.authors && f.authors->empty()) || (f.kinds && f.kinds->empty()))
        return true;
    for (const nostr::TagCondition& tag : f.tags)
        if (tag.values.empty())
            return true;
    return f.since > f.until;
}

} // namespace

ScanIndex planIndex(const nostr::Filter& filter) {
    if (filter.ids)
        return ScanIndex::Ids;
    if (!filter.tags.empty())
        return ScanIndex::Tag;
    if (filter.authors && filter.kinds)
        return ScanIndex::AuthorKind;
    if (filter.authors)
        return ScanIndex::Author;
    if (filter.kinds)
        return ScanIndex::Kind;
    return ScanIndex::CreatedAt;
}

namespace {

/// One filter's candidates checked against the whole filter, in result order, up to its limit.
class MatchingScan {
public:
    enum class Step { Match, Skip, Done };

    MatchingScan(Database& database, const nostr::Filter& f, uint64_t snapshotSeq, uint64_t maxResults,
                 bool fetchJson)
        : db(database), filter(normalized(f)), index(planIndex(filter)), limit(maxResults),
          wantJson(fetchJson), empty(selectsNothing(filter) || limit == 0),
          scan(db, filter, index, snapshotSeq) {
        // `scan` points into `filter`, so a MatchingScan never moves (copying is deleted below).
        for (const nostr::TagCondition& tag : filter.tags)
            if (index != ScanIndex::Tag || &tag != &scannedTag(filter))
                residualTags = true;
        // Author, Kind, AuthorKind and CreatedAt walks return only rows that match the filter.
        exactIndex = index != ScanIndex::Ids && index != ScanIndex::Tag && !filter.privateReaders;
        residual = index == ScanIndex::Ids || residualTags || filter.privateReaders ||
                   (index == ScanIndex::Tag && (filter.authors || filter.kinds));
    }

    MatchingScan(const MatchingScan&) = delete;
    MatchingScan& operator=(const MatchingScan&) = delete;

    /// Pulls one candidate: Match (then `row`/`json` are set), Skip, or Done.
    Step step(ScanRow& row, std::string& json) {
        if (empty || emitted >= limit)
            return Step::Done;
        // Without residual conditions every candidate is a result, so reading more rows per
        // cursor than results still wanted would be wasted.
        const uint64_t wanted = residual ? UINT32_MAX : limit - emitted;
        if (!scan.next(row, uint32_t(std::min<uint64_t>(wanted, UINT32_MAX))))
            return Step::Done;
        // A Tag walk yields an event once per matching value, and those copies are adjacent.
        if (haveLast && row.id == lastId)
            return Step::Skip;
        haveLast = true;
        lastId = row.id;
        if (!check(row, json))
            return Step::Skip;
        ++emitted;
        return Step::Match;
    }

    /// Checks a candidate against the whole filter and reads its JSON when wanted. The row can
    /// have been deleted since its index entry was read (a paused scan): then it is skipped.
    bool check(const ScanRow& row, std::string& json) {
        if (exactIndex && !wantJson)
            return true;
        Statement read(db, kRowBySeq);
        read.bind(1, seqToSql(row.seq));
        if (!read.step())
            return false;
        // NIP-40: an expired event is never served, even before Cron has deleted it.
        if (!read.isNull(3) && read.columnInt(3) <= now)
            return false;
        if (filter.authors) {
            nostr::PubKey pubkey{};
            read.columnArray(0, pubkey);
            if (!std::binary_search(filter.authors->begin(), filter.authors->end(), pubkey))
                return false;
        }
        if (filter.kinds &&
            !std::binary_search(filter.kinds->begin(), filter.kinds->end(), uint32_t(read.columnInt(1))))
            return false;
        // Direct messages only for their parties: that needs the tags, so the JSON.
        if (residualTags || (filter.privateReaders && nostr::isPrivateKind(uint32_t(read.columnInt(1))))) {
            // Only here is the stored JSON parsed: the tag table cannot answer a second letter.
            try {
                if (!filter.matches(nostr::parseEvent(read.columnBytes(2))))
                    return false;
            } catch (const nostr::ParseError&) {
                return false;
            }
        }
        if (wantJson)
            json.assign(read.columnBytes(2));
        return true;
    }

    uint64_t rowsExamined() const { return scan.rowsExamined(); }
    bool limitReached() const { return emitted >= limit; }

private:
    Database& db;
    const nostr::Filter filter;
    const ScanIndex index;
    const uint64_t limit;
    const bool wantJson;
    const bool empty;
    const int64_t now = int64_t(std::time(nullptr)); // Unix seconds, for NIP-40 expiration
    bool residualTags = false; // a tag condition the walked index does not answer
    bool exactIndex = false;   // every candidate matches the filter
    bool residual = false;     // some candidates may fail the filter
    IndexScan scan;
    uint64_t emitted = 0;
    bool haveLast = false;
    nostr::Id lastId{};
};

} // namespace

struct FilterScan::State {
    State(Database& database, const nostr::Filter& filter, uint64_t snapshotSeq, uint64_t limit)
        : db(database), scan(database, filter, snapshotSeq, limit, true) {}
    Database& db;
    MatchingScan scan;
    bool done = false;
};

FilterScan::FilterScan(Database& db, const nostr::Filter& filter, uint64_t snapshotSeq, uint32_t defaultLimit)
    : m(std::make_unique<State>(db, filter, snapshotSeq, filter.limit.value_or(defaultLimit))) {}

FilterScan::~FilterScan() = default;

bool FilterScan::next(std::vector<StoredEvent>& out, size_t maxEvents) {
    if (m->done)
        return true;
    // One read transaction per call: one consistent view for the call, and one WAL read lock
    // instead of one per statement. Nothing stays open once the call returns.
    Transaction read(m->db, false);
    const size_t budget = std::max(kCandidatesPerCall, maxEvents > SIZE_MAX / 4 ? SIZE_MAX : maxEvents * 4);
    size_t produced = 0;
    ScanRow row;
    std::string json;
    for (size_t pulled = 0; produced < maxEvents && pulled < budget; ++pulled) {
        const MatchingScan::Step step = m->scan.step(row, json);
        if (step == MatchingScan::Step::Done) {
            m->done = true;
            break;
        }
        if (step == MatchingScan::Step::Match) {
            out.push_back(StoredEvent{row.seq, row.createdAt, row.id, std::move(json)});
            json.clear();
            ++produced;
        }
    }
    // An exact count of results means the next call would only find the limit reached.
    if (m->scan.limitReached())
        m->done = true;
    read.commit();
    return m->done;
}

uint64_t FilterScan::rowsExamined() const {
    return m->scan.rowsExamined();
}

std::vector<StoredEvent> queryEvents(Database& db, const std::vector<nostr::Filter>& filters,
                                     uint32_t defaultLimit, uint64_t snapshotSeq) {
    Transaction read(db, false);
    std::vector<StoredEvent> results;
    std::unordered_set<uint64_t> seen;
    std::vector<StoredEvent> part;
    for (const nostr::Filter& filter : filters) {
        FilterScan scan(db, filter, snapshotSeq, defaultLimit);
        part.clear();
        while (!scan.next(part, SIZE_MAX)) {
        }
        for (StoredEvent& event : part)
            if (filters.size() == 1 || seen.insert(event.seq).second)
                results.push_back(std::move(event));
    }
    read.commit();
    return results;
}

uint64_t countEvents(Database& db, const std::vector<nostr::Filter>& filters) {
    Transaction read(db, false);
    uint64_t count = 0;
    std::unordered_set<uint64_t> seen;
    // NIP-40: a pure index walk never reads the expiration column, so the expired rows that
    // Cron has not yet removed (a few at most) are looked up once and skipped.
    std::unordered_set<uint64_t> expired;
    {
        Statement q(db, kExpiredSeqs);
        q.bind(1, int64_t(std::time(nullptr)));
        while (q.step()) expired.insert(uint64_t(q.columnInt(0)));
    }
    ScanRow row;
    std::string json;
    for (const nostr::Filter& filter : filters) {
        MatchingScan scan(db, filter, UINT64_MAX, UINT64_MAX, false);
        for (;;) {
            const MatchingScan::Step step = scan.step(row, json);
            if (step == MatchingScan::Step::Done)
                break;
            if (step == MatchingScan::Step::Match && !expired.contains(row.seq) &&
                (filters.size() == 1 || seen.insert(row.seq).second))
                ++count;
        }
    }
    read.commit();
    return count;
}

struct CountScan::State {
    State(Database& database, std::vector<nostr::Filter> f, uint64_t snapshot)
        : db(database), filters(std::move(f)), snapshotSeq(snapshot) {}
    Database& db;
    const std::vector<nostr::Filter> filters;
    const uint64_t snapshotSeq;
    size_t filterIndex = 0;
    std::unique_ptr<MatchingScan> scan;
    std::unordered_set<uint64_t> seen;
    std::unordered_set<uint64_t> expired;
    bool started = false;
    bool done = false;
    uint64_t count = 0;
};

CountScan::CountScan(Database& db, std::vector<nostr::Filter> filters, uint64_t snapshotSeq)
    : m(std::make_unique<State>(db, std::move(filters), snapshotSeq)) {}

CountScan::~CountScan() = default;

uint64_t CountScan::count() const { return m->count; }

bool CountScan::next(size_t maxCandidates) {
    if (m->done)
        return true;
    Transaction read(m->db, false);
    if (!m->started) {
        // As in countEvents(): the expired rows Cron has not removed yet are looked up once.
        Statement q(m->db, kExpiredSeqs);
        q.bind(1, int64_t(std::time(nullptr)));
        while (q.step()) m->expired.insert(uint64_t(q.columnInt(0)));
        m->started = true;
    }
    ScanRow row;
    std::string json;
    const bool several = m->filters.size() > 1;
    for (size_t pulled = 0; pulled < std::max<size_t>(1, maxCandidates) && m->filterIndex < m->filters.size(); ++pulled) {
        if (!m->scan)
            m->scan = std::make_unique<MatchingScan>(m->db, m->filters[m->filterIndex], m->snapshotSeq, UINT64_MAX, false);
        const MatchingScan::Step step = m->scan->step(row, json);
        if (step == MatchingScan::Step::Done) {
            m->scan.reset();
            ++m->filterIndex;
        } else if (step == MatchingScan::Step::Match && !m->expired.contains(row.seq) &&
                   (!several || m->seen.insert(row.seq).second)) {
            ++m->count;
        }
    }
    m->done = m->filterIndex >= m->filters.size();
    read.commit();
    if (m->done) {
        m->seen = {}; // the answer is known: give the memory back now
        m->expired = {};
    }
    return m->done;
}

std::vector<RecordKey> matchingRecords(Database& db, const nostr::Filter& filter, uint64_t maxRecords, int64_t now) {
    Transaction read(db, false);
    std::unordered_set<uint64_t> expired;
    {
        Statement q(db, kExpiredSeqs);
        q.bind(1, now);
        while (q.step()) expired.insert(uint64_t(q.columnInt(0)));
    }
    std::vector<RecordKey> rows;
    const uint64_t limit = filter.limit ? uint64_t(*filter.limit) : UINT64_MAX;
    MatchingScan scan(db, filter, UINT64_MAX, limit, false);
    ScanRow row;
    std::string json;
    while (rows.size() <= maxRecords) {
        const MatchingScan::Step step = scan.step(row, json);
        if (step == MatchingScan::Step::Done) break;
        if (step == MatchingScan::Step::Match && !expired.contains(row.seq)) rows.push_back({row.createdAt, row.id});
    }
    read.commit();
    return rows;
}

std::vector<StoredEvent> eventsAfter(Database& db, uint64_t afterSeq, size_t maxEvents) {
    std::vector<StoredEvent> events;
    Statement after(db, kEventsAfter);
    after.bind(1, seqToSql(afterSeq)).bind(2, int64_t(std::min<size_t>(maxEvents, INT64_MAX)));
    while (after.step()) {
        StoredEvent& event = events.emplace_back();
        event.seq = uint64_t(after.columnInt(0));
        event.createdAt = after.columnInt(1);
        after.columnArray(2, event.id);
        event.json.assign(after.columnBytes(3));
    }
    return events;
}

} // namespace roost::store
