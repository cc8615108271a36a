#include "sync/ReqPager.h"

#include <algorithm>
#include <set>

namespace roost::sync {

ReqPager::ReqPager(int64_t since, int64_t until, uint32_t pageSize)
    : m_since(since), m_until(until), m_pageSize(std::max<uint32_t>(pageSize, 1)) {
    if (m_until < m_since) m_done = true;
}

std::vector<bool> ReqPager::acceptPage(std::span<const NegItem> page) {
    std::vector<bool> isNew(page.size(), false);
    if (m_done) return isNew;
    if (page.empty()) {
        m_done = true;
        return isNew;
    }
    int64_t oldest = std::numeric_limits<int64_t>::max();
    size_t fresh = 0;
    bool withinUntil = false;
    std::set<nostr::Id> inPage;
    for (size_t i = 0; i < page.size(); ++i) {
        const int64_t t = int64_t(page[i].timestamp);
        if (t > m_until) continue; // the remote ignored `until`: never count it as progress
        withinUntil = true;
        oldest = std::min(oldest, t);
        const bool seen = t == m_until && std::binary_search(m_boundaryIds.begin(), m_boundaryIds.end(), page[i].id);
        // The same id twice in one page counts once.
        if (!seen && inPage.insert(page[i].id).second) {
            isNew[i] = true;
            ++fresh;
        }
    }
    if (!withinUntil) {
        m_ignoresUntil = true;
        m_done = true;
        return isNew;
    }
    if (fresh == 0) {
        // Nothing new: the boundary second is exhausted (or holds more than a page). Step past it.
        if (oldest == m_until && page.size() >= m_pageSize) m_truncated = true;
        if (oldest == std::numeric_limits<int64_t>::min()) {
            m_done = true;
            return isNew;
        }
        m_until = oldest - 1;
        m_boundaryIds.clear();
    } else {
        if (oldest < m_until) {
            m_until = oldest;
            m_boundaryIds.clear();
        }
        for (size_t i = 0; i < page.size(); ++i)
            if (int64_t(page[i].timestamp) == m_until) m_boundaryIds.push_back(page[i].id);
        std::sort(m_boundaryIds.begin(), m_boundaryIds.end());
        m_boundaryIds.erase(std::unique(m_boundaryIds.begin(), m_boundaryIds.end()), m_boundaryIds.end());
    }
    if (m_until < m_since) m_done = true;
    return isNew;
}

} // namespace roost::sync
