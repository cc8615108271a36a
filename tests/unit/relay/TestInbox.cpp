// unit.relay.Inbox: FIFO order, batching, timeouts and many producers.
#include "relay/Inbox.h"

#include <QTest>

#include <thread>

using roost::relay::Inbox;

class TestInbox : public QObject {
    Q_OBJECT
private slots:
    void popsInOrderInBatches() {
        Inbox<int> inbox;
        for (int i = 0; i < 10; ++i) inbox.push(i);
        std::vector<int> out;
        QCOMPARE(inbox.popBatch(out, 4), size_t(4));
        QCOMPARE(inbox.popBatch(out, 100), size_t(6));
        QCOMPARE(out.size(), size_t(10));
        for (int i = 0; i < 10; ++i) QCOMPARE(out[size_t(i)], i);
        QCOMPARE(inbox.size(), size_t(0));
    }

    void timeoutReturnsNothing() {
        Inbox<int> inbox;
        std::vector<int> out;
        QCOMPARE(inbox.popBatch(out, 10, std::chrono::milliseconds(1)), size_t(0));
        QCOMPARE(inbox.tryPopBatch(out, 10), size_t(0));
        QVERIFY(out.empty());
    }

    void manyProducersLoseNothingAndKeepPerProducerOrder() {
        Inbox<std::pair<int, int>> inbox;
        constexpr int kProducers = 4, kEach = 20000;
        std::vector<std::thread> producers;
        for (int p = 0; p < kProducers; ++p)
            producers.emplace_back([&inbox, p] {
                for (int i = 0; i < kEach; ++i) inbox.push({p, i});
            });
        std::vector<int> next(kProducers, 0);
        int received = 0;
        std::vector<std::pair<int, int>> batch;
        while (received < kProducers * kEach) {
            batch.clear();
            inbox.popBatch(batch, 512);
            for (auto [p, i] : batch) {
                QCOMPARE(i, next[size_t(p)]);
                ++next[size_t(p)];
                ++received;
            }
        }
        for (auto& t : producers) t.join();
        QCOMPARE(received, kProducers * kEach);
    }

    void pushManyWakesAConsumer() {
        Inbox<int> inbox;
        std::vector<int> got;
        std::thread consumer([&] { inbox.popBatch(got, 100); });
        std::vector<int> msgs{1, 2, 3};
        inbox.pushMany(std::move(msgs));
        consumer.join();
        QVERIFY(!got.empty());
        QCOMPARE(got.front(), 1);
    }
};

QTEST_APPLESS_MAIN(TestInbox)
#include "TestInbox.moc"
