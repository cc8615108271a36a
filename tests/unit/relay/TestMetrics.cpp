// unit.relay.Metrics: verbs and refusals counted from the messages themselves, histograms
// cumulative, and the Prometheus text well-formed.
#include "nostr/Messages.h"
#include "relay/Metrics.h"

#include <QTest>

using roost::relay::Metrics;

namespace {
double valueOf(const QByteArray& text, const QByteArray& series) {
    for (const QByteArray& line : text.split('\n'))
        if (line.startsWith(series + ' ')) return line.mid(series.size() + 1).toDouble();
    return -1;
}
} // namespace

class TestMetrics : public QObject {
    Q_OBJECT
private slots:
    void countsVerbsAndReasons() {
        Metrics m;
        roost::nostr::Id id{};
        m.countOut(roost::nostr::makeOkMessage(id, true, ""));
        m.countOut(roost::nostr::makeOkMessage(id, true, "duplicate: already have this event"));
        m.countOut(roost::nostr::makeOkMessage(id, false, "invalid: bad signature"));
        m.countOut(roost::nostr::makeOkMessage(id, false, "rate-limited: slow down"));
        m.countOut(roost::nostr::makeClosedMessage("a\",\"b", "auth-required: log in"));
        m.countOut(roost::nostr::makeNoticeMessage("invalid: malformed JSON"));
        m.countOut(roost::nostr::makeEventMessage("s", "{}"));
        m.countIn("REQ");
        m.countIn("NEG-OPEN");
        m.countIn("WHATEVER");
        const QByteArray text = m.render();
        QCOMPARE(valueOf(text, "roost_messages_out_total{verb=\"OK\"}"), 4.0);
        QCOMPARE(valueOf(text, "roost_messages_out_total{verb=\"EVENT\"}"), 1.0);
        QCOMPARE(valueOf(text, "roost_rejects_total{reason=\"invalid\"}"), 2.0);
        QCOMPARE(valueOf(text, "roost_rejects_total{reason=\"rate-limited\"}"), 1.0);
        QCOMPARE(valueOf(text, "roost_rejects_total{reason=\"auth-required\"}"), 1.0);
        QCOMPARE(valueOf(text, "roost_rejects_total{reason=\"duplicate\"}"), 0.0); // OK true is no refusal
        QCOMPARE(valueOf(text, "roost_messages_in_total{verb=\"NEG\"}"), 1.0);
        QCOMPARE(valueOf(text, "roost_messages_in_total{verb=\"other\"}"), 1.0);
    }

    void histogramsAreCumulativeAndStoreSampleShows() {
        Metrics m;
        m.commitSeconds.observe(0.0005);
        m.commitSeconds.observe(0.02);
        m.commitSeconds.observe(5);
        m.setStoreSample({{1, 10}, {7, 3}}, 13, 4096);
        const QByteArray text = m.render();
        QCOMPARE(valueOf(text, "roost_writer_commit_seconds_bucket{le=\"0.001\"}"), 1.0);
        QCOMPARE(valueOf(text, "roost_writer_commit_seconds_bucket{le=\"0.025\"}"), 2.0);
        QCOMPARE(valueOf(text, "roost_writer_commit_seconds_bucket{le=\"+Inf\"}"), 3.0);
        QCOMPARE(valueOf(text, "roost_writer_commit_seconds_count"), 3.0);
        QCOMPARE(valueOf(text, "roost_store_events_by_kind{kind=\"7\"}"), 3.0);
        QCOMPARE(valueOf(text, "roost_store_events"), 13.0);
        for (const QByteArray& line : text.split('\n'))
            QVERIFY2(line.isEmpty() || line.startsWith('#') || line.startsWith("roost_"), line.constData());
    }
};

QTEST_APPLESS_MAIN(TestMetrics)
#include "TestMetrics.moc"
