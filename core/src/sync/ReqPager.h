#pragma once
// Downloading a filter's events with plain REQ when the remote has no NIP-77: pages walk
// backwards in time with `until` (NIP-01 has no cursor), newest first.
#include "sync/Negentropy.h"

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace roost::sync {

/// The paging state. Each page is a REQ of the filter with until = nextUntil() and
/// limit = pageSize(); feed what arrived before EOSE to acceptPage(). `until` is inclusive, so
/// the events of the oldest second of a page come again on the next page: they are recognised
/// (only the ids of that one second are remembered, so memory stays bounded by one page) and
/// not reported twice. Stops on an empty page, on a page with nothing new once the second at the
/// boundary has been exhausted, or when `until` passes `since`. When more events than one page
/// share one second, the rest of that second cannot be reached with `until`; the pager then steps
/// past it and sets truncated().
class ReqPager {
public:
    /// since/until: the filter's bounds (inclusive Unix seconds; absent = the int64 extremes).
    /// pageSize >= 1: the limit of each page (the remote's NIP-11 max_limit or less).
    ReqPager(int64_t since, int64_t until, uint32_t pageSize);

    /// True when no further page is needed.
    bool done() const { return m_done; }
    /// The `until` of the next page (inclusive).
    int64_t nextUntil() const { return m_until; }
    uint32_t pageSize() const { return m_pageSize; }
    /// True when a second with more events than pageSize() was skipped.
    bool truncated() const { return m_truncated; }
    /// True when the remote sent events newer than the `until` it was asked for (it ignores
    /// `until`); paging stops then.
    bool remoteIgnoresUntil() const { return m_ignoresUntil; }

    /// Takes one page (records in any order) and returns, per record, whether it is new (not
    /// returned by an earlier page). Advances nextUntil() or sets done().
    std::vector<bool> acceptPage(std::span<const NegItem> page);

private:
    int64_t m_since;
    int64_t m_until;
    uint32_t m_pageSize;
    bool m_done = false;
    bool m_truncated = false;
    bool m_ignoresUntil = false;
    std::vector<nostr::Id> m_boundaryIds; ///< ids already returned with created_at == m_until, sorted
};

} // namespace roost::sync
