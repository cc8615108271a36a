#pragma once
// Twelve signed kind-1 notes made by the tests themselves (no shared data needed), shaped like
// the first twelve notes of the real-event corpus the Events page tests were written on: notes 0,
// 1 and 2 by three different keys, notes 3..11 by a fourth; created_at from 2021 to 2022; notes
// 3, 5, 6, 7, 9, 10 and 11 with p and e tags (relay hints included), notes 5, 6, 7 and 9 sharing
// the e tag kE7377 and notes 3, 5 and 9 the p tag kPD7e7. Keys are fixed scalars, so every run
// makes the same events.
#include "nostr/Canonical.h"
#include "nostr/Event.h"
#include "nostr/Verify.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace roost::testsupport {

inline const QString kE7377 = QStringLiteral("7377fa81fc6c7ae7f7f4ef8938d4a603f7bf98183b35ab128235cc92d4bebf96");
inline const QString kPD7e7 = QStringLiteral("d7e747f60a16bf0081c0a88184a34086cc13e6edb0662d4e55202531b47be026");

/// The secret key whose scalar is `n` (1..255).
inline nostr::SecretKey generatedKey(uint8_t n) {
    nostr::SecretKey key{};
    key[31] = n;
    return key;
}

/// The twelve notes as JSON (one event object each), oldest first.
inline QList<QByteArray> generatedNotes() {
    const std::string p8355 = "8355095016fddbe31fcf1453b26f613553e9758cf2263e190eac8fd96a3d3de9";
    const std::string pD7e7 = kPD7e7.toStdString();
    const std::string p5c6c = "5c6c25b7ef18d8633e97512159954e1aa22809c6b763e94b9f91071836d00217";
    const std::string e7377 = kE7377.toStdString();
    const std::string wlvs = "wss://nostr-relay.wlvs.space", wellorder = "wss://nostr-pub.wellorder.net";
    struct Note {
        uint8_t key;
        int64_t createdAt;
        std::vector<nostr::Tag> tags;
    };
    const std::vector<Note> notes = {
        {1, 1612809991, {}},
        {2, 1640305962, {}},
        {3, 1644271588, {}},
        {4, 1648324761, {{"p", "b238e136091cb01cd21606dac1a2f503f504e7e8e7c75d98fcefd30aed084a1c", wlvs}, {"p", pD7e7, wlvs},
                         {"p", p5c6c, wellorder}, {"e", "61e9a1f2bc9206aaa306a579ee37493aeba75be31ea8aaa3bd52d6192eebda30"},
                         {"e", "8aec8effa876c911f058973d69001a4ece139986916ae4b520b287e117da92d9"}}},
        {4, 1648339664, {}},
        {4, 1648351291, {{"p", p8355, wellorder}, {"e", e7377, wlvs}, {"p", pD7e7, wlvs}, {"p", p5c6c, wellorder},
                         {"p", "dc57356cfcd8d3881856d97fd7361288d06ddf15cae770b256a6bd79cf03cfde", wlvs}}},
        {4, 1648351380, {{"p", p8355, wellorder}, {"e", e7377, "wss://nostr-relay.untethr.me"}}},
        {4, 1648351595, {{"p", p8355, wellorder}, {"e", e7377, "wss://nostr-relay.untethr.me"},
                         {"e", "6b3cdd0302ded8068ad3f0269c74423ca4fee460f800f3d90103b63f14400407", wellorder}}},
        {4, 1648503655, {}},
        {4, 1648504073, {{"p", p8355, wlvs}, {"p", pD7e7, wlvs}, {"p", p5c6c, wlvs},
                         {"p", "ad5aab5be883a571ea37b231cd996d37522e77d0f121cedfd6787b91d848268e", wellorder}, {"e", e7377, wlvs},
                         {"e", "9cd7f75bde4249f28cd0ee6bc4bf7394bff11d608b54b520e9aa95ac09f47c36", wlvs}}},
        {4, 1648907147, {{"p", "41108126409bf99cb77ff16fd53f4da2e53010b0dca04b0a53ebdf46eade37aa", wellorder},
                         {"e", "046ed1a1f6d4fd023b13b80b0b20a8c5e80d1b23eff892cf7f1eda9281cefd3c", "wss://relayer.fiatjaf.com"},
                         {"e", "68743c031fe03c69a08fad47832c45c6134a934e9022594a036bdc2d77a38ee5", wlvs}}},
        {4, 1649110580, {{"p", "fd3fdb0d0d8d6f9a7667b53211de8ae3c5246b79bdaf64ebac849d5148b5615f", wlvs},
                         {"e", "acd9456eff3eef7b156799a68f07323ae550bd878792340e19f7e4226026c981", "wss://nostr.rocks"}}},
    };
    QList<QByteArray> out;
    int n = 0;
    for (const Note& note : notes) {
        nostr::Event e;
        e.kind = 1;
        e.createdAt = note.createdAt;
        e.tags = note.tags;
        e.content = "generated note " + std::to_string(n++) + " for the Events page tests";
        nostr::signEvent(e, generatedKey(note.key));
        out << QByteArray::fromStdString(nostr::serializeEvent(e));
    }
    return out;
}

} // namespace roost::testsupport
