#include "Scenarios.h"

#include "nostr/Canonical.h"
#include "nostr/EventParser.h"
#include "nostr/Hex.h"
#include "nostr/Verify.h"

#include <openssl/sha.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>

namespace roost::bench {

namespace {

/// Zipf-like weights 1/(rank+1)^s over n items, sampled through the cumulative sum.
class Zipf {
public:
    Zipf(size_t n, double s) {
        double sum = 0;
        for (size_t i = 0; i < n; ++i) m_cdf.push_back(sum += 1.0 / std::pow(double(i + 1), s));
        for (double& c : m_cdf) c /= sum;
    }
    size_t sample(Rng& rng) const {
        return std::min<size_t>(std::lower_bound(m_cdf.begin(), m_cdf.end(), rng.unit()) - m_cdf.begin(),
                                m_cdf.size() - 1);
    }

private:
    std::vector<double> m_cdf;
};

const char* const kWords[] = {
    "nostr", "relay", "zap", "note", "bitcoin", "freedom", "the", "a", "is", "and", "of", "to", "gm", "pv",
    "coffee", "morning", "build", "ship", "keys", "signal", "client", "protocol", "social", "open", "today",
    "café", "naïve", "straße", "日本語", "こんにちは", "привет", "мир", "ñandú", "🚀", "⚡", "🤙", "💜", "🌍",
    "😂", "中文", "한국어", "العربية", "ελληνικά", "emoji✨", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak"};
const char* const kHashtags[] = {"nostr", "bitcoin", "grownostr", "zapathon", "photography", "art", "music",
                                 "plebchain", "coffeechain", "dev", "foodstr", "memes", "news", "introductions",
                                 "asknostr", "nature", "books", "cats", "dogs", "running", "日本", "café"};

std::string text(Rng& rng, size_t bytes) {
    std::string s;
    while (s.size() < bytes) {
        if (!s.empty()) s += ' ';
        s += kWords[rng.below(std::size(kWords))];
    }
    return s;
}

/// Log-uniform byte count in [lo, hi]: mostly short notes, a tail of long ones.
size_t logSize(Rng& rng, double lo, double hi) {
    return static_cast<size_t>(std::exp(std::log(lo) + rng.unit() * (std::log(hi) - std::log(lo))));
}

struct Ref {
    std::string id, pubkey, json;
};

int replay(const Options& o) {
    std::ifstream in(o.str("replay"));
    if (!in) throw std::runtime_error("cannot open " + o.str("replay"));
    std::ofstream out(o.str("out"));
    const int64_t max = o.num("max", 0);
    int64_t n = 0, bad = 0;
    std::string line;
    while (std::getline(in, line) && (max == 0 || n < max)) {
        try {
            nostr::parseEvent(line);
        } catch (const std::exception&) {
            ++bad;
            continue;
        }
        out << line << '\n';
        ++n;
    }
    std::fprintf(stderr, "roost-bench gen: %lld events replayed, %lld lines skipped\n", (long long)n, (long long)bad);
    return out ? 0 : 1;
}

} // namespace

int runGenerate(const Options& o) {
    if (o.str("out").empty()) throw std::invalid_argument("gen needs --out FILE");
    if (!o.str("replay").empty()) return replay(o);
    const size_t count = static_cast<size_t>(o.num("events", 20000));
    const size_t authorCount = static_cast<size_t>(o.num("authors", 2000));
    const uint64_t seed = static_cast<uint64_t>(o.num("seed", 1));
    const int64_t span = o.num("days", 90) * 86400;
    const int64_t end = o.num("end", 1764547200); // 2025-12-01: fixed so the output is reproducible
    Rng rng{seed};

    std::vector<nostr::SecretKey> secrets(authorCount);
    std::vector<std::string> pubkeys(authorCount);
    for (size_t i = 0; i < authorCount; ++i) {
        const std::string material = "roost-bench/" + std::to_string(seed) + "/" + std::to_string(i);
        SHA256(reinterpret_cast<const unsigned char*>(material.data()), material.size(), secrets[i].data());
        pubkeys[i] = nostr::toHex(nostr::publicKeyOf(secrets[i]));
    }
    const Zipf authors(authorCount, 1.1), hashtags(std::size(kHashtags), 1.0);
    std::vector<Ref> notes; // recent kind-1 notes, the targets of replies, reactions, reposts, zaps
    std::ofstream out(o.str("out"));
    if (!out) throw std::runtime_error("cannot write " + o.str("out"));

    for (size_t i = 0; i < count; ++i) {
        const size_t a = authors.sample(rng);
        nostr::Event e;
        e.createdAt = end - span + int64_t(double(i) * span / count) + int64_t(rng.below(span / count + 1));
        const double r = rng.unit();
        const Ref* target = notes.empty() ? nullptr : &notes[notes.size() - 1 - rng.below(std::min<size_t>(notes.size(), 2000))];
        auto addTags = [&](int n) {
            for (int k = 0; k < n; ++k) e.tags.push_back({"t", kHashtags[hashtags.sample(rng)]});
        };
        if (r < 0.58 || !target) {
            e.kind = 1;
            e.content = text(rng, rng.unit() < 0.03 ? logSize(rng, 2000, 8000) : logSize(rng, 4, 1200));
            if (target && rng.unit() < 0.3) {
                e.tags.push_back({"e", target->id, "", "reply"});
                e.tags.push_back({"p", target->pubkey});
            }
            if (rng.unit() < 0.35) addTags(1 + int(rng.below(3)));
        } else if (r < 0.80) {
            e.kind = 7;
            e.content = rng.unit() < 0.7 ? "+" : kWords[25 + rng.below(std::size(kWords) - 25)];
            e.tags = {{"e", target->id}, {"p", target->pubkey}};
        } else if (r < 0.86) {
            e.kind = 6;
            e.content = target->json;
            e.tags = {{"e", target->id, ""}, {"p", target->pubkey}};
        } else if (r < 0.90) {
            e.kind = 0;
            e.content = "{\"name\":\"user" + std::to_string(a) + "\",\"about\":\"" + text(rng, logSize(rng, 10, 400)) +
                        "\",\"picture\":\"https://example.com/" + std::to_string(a) + ".png\"}";
            std::string escaped;
            for (char c : e.content) escaped += (c == '\n' || c == '\t') ? ' ' : c;
            e.content = escaped;
        } else if (r < 0.93) {
            e.kind = 3;
            const size_t follows = 10 + rng.below(290);
            for (size_t k = 0; k < follows; ++k) e.tags.push_back({"p", pubkeys[authors.sample(rng)]});
        } else if (r < 0.98) {
            e.kind = 30023;
            e.tags = {{"d", "article-" + std::to_string(rng.below(5))},
                      {"title", text(rng, 30)},
                      {"published_at", std::to_string(e.createdAt)}};
            addTags(1 + int(rng.below(3)));
            e.content = "# " + text(rng, 40) + "\n\n" + text(rng, logSize(rng, 1000, 8000));
        } else if (r < 0.99) {
            e.kind = 1984;
            e.tags = {{"p", target->pubkey, "spam"}, {"e", target->id, "spam"}};
            e.content = "spam";
        } else {
            e.kind = 9735;
            e.tags = {{"p", target->pubkey},
                      {"e", target->id},
                      {"bolt11", "lnbc" + std::to_string(10 + rng.below(100000)) + "n1p" + text(rng, 20)},
                      {"description", "{\"kind\":9734,\"content\":\"\",\"tags\":[[\"p\",\"" + target->pubkey + "\"]]}"}};
        }
        nostr::signEvent(e, secrets[a]);
        std::string json = nostr::serializeEvent(e);
        out << json << '\n';
        if (e.kind == 1) {
            notes.push_back({nostr::toHex(e.id), pubkeys[a], std::move(json)});
            if (notes.size() > 4000) notes.erase(notes.begin(), notes.begin() + 2000);
        }
    }
    out.flush();
    std::fprintf(stderr, "roost-bench gen: %zu events by %zu authors (seed %llu)\n", count, authorCount,
                 (unsigned long long)seed);
    return out ? 0 : 1;
}

} // namespace roost::bench
