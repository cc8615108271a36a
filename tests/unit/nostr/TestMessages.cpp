// unit.nostr.Messages: client message parsing (with what a failure still reveals) and the
// exact bytes of every relay message.
#include "nostr/Hex.h"
#include "nostr/Messages.h"

#include <QTest>

using namespace roost::nostr;

namespace {
const std::string kEvent = "{\"id\":\"" + std::string(64, 'a') + "\",\"pubkey\":\"" + std::string(64, 'b') +
                           "\",\"created_at\":1,\"kind\":1,\"tags\":[],\"content\":\"x\",\"sig\":\"" +
                           std::string(128, 'c') + "\"}";

std::string errorOf(const std::string& text, ParseContext* ctx = nullptr, const MessageLimits& limits = {}) {
    try {
        parseClientMessage(text, limits, ctx);
    } catch (const ParseError& e) {
        return e.what();
    }
    return "accepted";
}
} // namespace

class TestMessages : public QObject {
    Q_OBJECT
private slots:
    void parsesEachVerb() {
        auto ev = std::get<EventMessage>(parseClientMessage("[\"EVENT\"," + kEvent + "]"));
        QCOMPARE(ev.event.content, std::string("x"));
        auto req = std::get<ReqMessage>(parseClientMessage("[\"REQ\",\"sub 1\",{\"kinds\":[1]},{\"limit\":5}]"));
        QCOMPARE(req.subscriptionId, std::string("sub 1"));
        QCOMPARE(req.filters.size(), size_t(2));
        QCOMPARE(*req.filters[1].limit, 5u);
        QCOMPARE(std::get<CloseMessage>(parseClientMessage("[\"CLOSE\",\"s\"]")).subscriptionId, std::string("s"));
        QCOMPARE(std::get<CountMessage>(parseClientMessage("[\"COUNT\",\"c\",{}]")).filters.size(), size_t(1));
        QVERIFY(std::holds_alternative<AuthMessage>(parseClientMessage("[\"AUTH\"," + kEvent + "]")));
        QCOMPARE(std::get<UnknownMessage>(parseClientMessage("[\"FOO\",\"x\"]")).verb, std::string("FOO"));
    }

    void parsesNegentropyVerbs() {
        auto open = std::get<NegOpenMessage>(parseClientMessage("[\"NEG-OPEN\",\"n1\",{\"kinds\":[1]},\"6100\"]"));
        QCOMPARE(open.subscriptionId, std::string("n1"));
        QCOMPARE(open.filter.kinds->size(), size_t(1));
        QCOMPARE(open.message, std::string("6100"));
        auto msg = std::get<NegMsgMessage>(parseClientMessage("[\"NEG-MSG\",\"n1\",\"61\"]"));
        QCOMPARE(msg.message, std::string("61"));
        QCOMPARE(std::get<NegCloseMessage>(parseClientMessage("[\"NEG-CLOSE\",\"n1\"]")).subscriptionId, std::string("n1"));
        for (const char* text : {"[\"NEG-OPEN\",\"x\"]", "[\"NEG-OPEN\",\"x\",{},\"61\",1]", "[\"NEG-OPEN\",\"x\",5,\"61\"]",
                                 "[\"NEG-OPEN\",\"x\",{},61]", "[\"NEG-MSG\",\"x\"]", "[\"NEG-CLOSE\",\"x\",1]"}) {
            ParseContext ctx;
            QVERIFY2(errorOf(text, &ctx).starts_with("invalid: "), text);
            QVERIFY(ctx.negentropy);
            QCOMPARE(ctx.subscriptionId, std::string("x"));
        }
        QCOMPARE(makeNegErrMessage("s", "blocked: too big", 5), std::string("[\"NEG-ERR\",\"s\",\"blocked: too big\",5]"));
        QCOMPARE(makeNegErrMessage("s", "closed: idle"), std::string("[\"NEG-ERR\",\"s\",\"closed: idle\"]"));
        QCOMPARE(makeNegMsgMessage("s", "61"), std::string("[\"NEG-MSG\",\"s\",\"61\"]"));
    }

    void rejectsBadShapes() {
        for (const char* text : {"{}", "[]", "[1]", "not json", "[\"REQ\"]", "[\"REQ\",\"s\"]", "[\"REQ\",\"\",{}]",
                                 "[\"REQ\",5,{}]", "[\"REQ\",\"s\",5]", "[\"CLOSE\"]", "[\"CLOSE\",\"s\",1]",
                                 "[\"EVENT\"]", "[\"EVENT\",1]"})
            QVERIFY2(errorOf(text).starts_with("invalid: "), text);
        QVERIFY(errorOf("[\"REQ\",\"s\",{\"search\":\"x\"}]").starts_with("unsupported: "));
        MessageLimits limits;
        limits.maxSubidLength = 4;
        limits.maxFilters = 2;
        QVERIFY(errorOf("[\"REQ\",\"12345\",{}]", nullptr, limits).starts_with("invalid: "));
        QCOMPARE(errorOf("[\"REQ\",\"1234\",{}]", nullptr, limits), std::string("accepted"));
        QVERIFY(errorOf("[\"REQ\",\"s\",{},{},{}]", nullptr, limits).starts_with("invalid: too many filters"));
    }

    void contextTellsWhereToAnswer() {
        ParseContext ctx;
        std::string broken = kEvent;
        broken.replace(broken.find("\"kind\":1"), 8, "\"kind\":\"1\"");
        QVERIFY(errorOf("[\"EVENT\"," + broken + "]", &ctx).starts_with("invalid: "));
        QVERIFY(ctx.hasEventId);
        QCOMPARE(toHex(ctx.eventId), std::string(64, 'a'));

        ParseContext reqCtx;
        QVERIFY(errorOf("[\"REQ\",\"mine\",{\"kinds\":\"x\"}]", &reqCtx).starts_with("invalid: "));
        QCOMPARE(reqCtx.subscriptionId, std::string("mine"));
        QVERIFY(!reqCtx.hasEventId);

        ParseContext none;
        errorOf("garbage", &none);
        QVERIFY(!none.hasEventId && none.subscriptionId.empty());
    }

    void relayMessagesBytes() {
        Id id{};
        id.fill(0xab);
        QCOMPARE(makeOkMessage(id, true, ""), "[\"OK\",\"" + toHex(id) + "\",true,\"\"]");
        QCOMPARE(makeOkMessage(id, false, "invalid: \"x\""), "[\"OK\",\"" + toHex(id) + "\",false,\"invalid: \\\"x\\\"\"]");
        QCOMPARE(makeEventMessage("s\"1", "{}"), std::string("[\"EVENT\",\"s\\\"1\",{}]"));
        QCOMPARE(makeEoseMessage("s"), std::string("[\"EOSE\",\"s\"]"));
        QCOMPARE(makeClosedMessage("s", "error: x"), std::string("[\"CLOSED\",\"s\",\"error: x\"]"));
        QCOMPARE(makeNoticeMessage("a\nb"), std::string("[\"NOTICE\",\"a\\nb\"]"));
        QCOMPARE(makeCountMessage("c", 3), std::string("[\"COUNT\",\"c\",{\"count\":3}]"));
    }
};

QTEST_APPLESS_MAIN(TestMessages)
#include "TestMessages.moc"
