#include "relay/LiveIndex.h"

#include <algorithm>

namespace roost::relay {

namespace {

template <class Map, class K>
void unlink(Map& map, const K& key, const void* sub, uint32_t filter) {
    auto it = map.find(key);
    if (it == map.end()) return;
    auto& refs = it->second;
    std::erase_if(refs, [&](const auto& r) { return r.sub == sub && r.filter == filter; });
    if (refs.empty()) map.erase(it);
}

} // namespace

std::string LiveIndex::subKey(ConnId conn, const std::string& subId) {
    std::string key(reinterpret_cast<const char*>(&conn), sizeof conn);
    key += subId;
    return key;
}

// A filter sits under the values of one field only: the most selective one it has. The other
// fields are checked by Filter::matches on the few candidates that field selects.
void LiveIndex::indexFilter(Sub* sub, uint32_t i, bool insert) {
    const nostr::Filter& f = sub->filters[i];
    Key key = Key::None;
    if (f.ids) key = Key::Id;
    else if (f.authors) key = Key::Author;
    else if (!f.tags.empty()) key = Key::Tag;
    else if (f.kinds) key = Key::Kind;
    if (insert) sub->keys.push_back(key);
    else key = sub->keys[i];

    const Ref ref{sub, i};
    switch (key) {
    case Key::Id:
        for (const auto& id : *f.ids) {
            if (insert) m_byId[id].push_back(ref);
            else unlink(m_byId, id, sub, i);
        }
        break;
    case Key::Author:
        for (const auto& a : *f.authors) {
            if (insert) m_byAuthor[a].push_back(ref);
            else unlink(m_byAuthor, a, sub, i);
        }
        break;
    case Key::Tag: {
        // The tag condition with the fewest values.
        const auto& cond = *std::min_element(f.tags.begin(), f.tags.end(), [](const auto& x, const auto& y) {
            return x.values.size() < y.values.size();
        });
        for (const auto& v : cond.values) {
            std::string k(1, cond.letter);
            k += v;
            if (insert) m_byTag[k].push_back(ref);
            else unlink(m_byTag, k, sub, i);
        }
        break;
    }
    case Key::Kind:
        for (uint32_t k : *f.kinds) {
            if (insert) m_byKind[k].push_back(ref);
            else unlink(m_byKind, k, sub, i);
        }
        break;
    case Key::None:
        if (insert) m_unindexed.push_back(ref);
        else std::erase_if(m_unindexed, [&](const Ref& r) { return r.sub == sub && r.filter == i; });
        break;
    }
}

void LiveIndex::add(ConnId conn, const std::string& subId, std::vector<nostr::Filter> filters, uint64_t snapshotSeq) {
    remove(conn, subId);
    auto sub = std::make_unique<Sub>();
    sub->conn = conn;
    sub->subId = subId;
    sub->filters = std::move(filters);
    sub->snapshotSeq = snapshotSeq;
    for (uint32_t i = 0; i < sub->filters.size(); ++i) indexFilter(sub.get(), i, true);
    m_byConn[conn].push_back(subId);
    m_subs.emplace(subKey(conn, subId), std::move(sub));
}

void LiveIndex::remove(ConnId conn, const std::string& subId) {
    auto it = m_subs.find(subKey(conn, subId));
    if (it == m_subs.end()) return;
    Sub* sub = it->second.get();
    for (uint32_t i = 0; i < sub->filters.size(); ++i) indexFilter(sub, i, false);
    auto conns = m_byConn.find(conn);
    if (conns != m_byConn.end()) {
        std::erase(conns->second, subId);
        if (conns->second.empty()) m_byConn.erase(conns);
    }
    m_subs.erase(it);
}

void LiveIndex::removeConnection(ConnId conn) {
    auto conns = m_byConn.find(conn);
    if (conns == m_byConn.end()) return;
    const std::vector<std::string> subIds = conns->second;
    for (const auto& subId : subIds) remove(conn, subId);
}

void LiveIndex::match(const nostr::Event& event, uint64_t seq, std::vector<Target>& out) {
    const uint64_t stamp = ++m_stamp;
    auto visit = [&](const std::vector<Ref>& refs) {
        for (const Ref& r : refs) {
            Sub* s = r.sub;
            if (s->stamp == stamp) continue;
            if (seq != 0 && seq <= s->snapshotSeq) continue;
            if (!s->filters[r.filter].matches(event)) continue;
            s->stamp = stamp;
            out.emplace_back(s->conn, s->subId);
        }
    };
    if (!m_byId.empty())
        if (auto it = m_byId.find(event.id); it != m_byId.end()) visit(it->second);
    if (auto it = m_byAuthor.find(event.pubkey); it != m_byAuthor.end()) visit(it->second);
    if (auto it = m_byKind.find(event.kind); it != m_byKind.end()) visit(it->second);
    if (!m_byTag.empty()) {
        std::string k;
        for (const auto& tag : event.tags) {
            if (tag.size() < 2 || tag[0].size() != 1) continue;
            k.assign(1, tag[0][0]);
            k += tag[1];
            if (auto it = m_byTag.find(k); it != m_byTag.end()) visit(it->second);
        }
    }
    visit(m_unindexed);
}

bool LiveIndex::matchesSubscription(ConnId conn, const std::string& subId, const nostr::Event& event) const {
    auto it = m_subs.find(subKey(conn, subId));
    if (it == m_subs.end()) return false;
    for (const auto& f : it->second->filters)
        if (f.matches(event)) return true;
    return false;
}

} // namespace roost::relay
