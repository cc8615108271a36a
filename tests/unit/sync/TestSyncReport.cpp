// unit.sync.SyncReport: the accounting of a sync run (writer outcomes, refusals by reason, OK
// answers of uploads) and the summary `roost sync` prints.
#include "sync/SyncReport.h"

#include <QTest>

using namespace roost;
using namespace roost::sync;

class TestSyncReport : public QObject {
    Q_OBJECT
private slots:
    void writerOutcomes() {
        SyncReport r;
        r.countWrite({store::WriteStatus::Stored, 1, ""});
        r.countWrite({store::WriteStatus::Stored, 2, ""});
        r.countWrite({store::WriteStatus::Duplicate, 0, "duplicate: already have this event"});
        r.countWrite({store::WriteStatus::Superseded, 0, "duplicate: a newer version is stored"});
        r.countWrite({store::WriteStatus::Rejected, 0, "blocked: this event was deleted"});
        r.countWrite({store::WriteStatus::Rejected, 0, "blocked: this event was deleted"});
        r.countWrite({store::WriteStatus::Rejected, 0, ""});
        QCOMPARE(r.added, uint64_t(2));
        QCOMPARE(r.duplicate, uint64_t(2));
        QCOMPARE(r.downloaded, uint64_t(4));
        QCOMPARE(r.rejectedDownTotal(), uint64_t(3));
        QCOMPARE(r.rejectedDown.at("blocked: this event was deleted"), uint64_t(2));
        QCOMPARE(r.rejectedDown.size(), size_t(2)); // the empty reason gets a placeholder
    }

    void uploadAnswers() {
        SyncReport r;
        r.countUpload(true, "");
        r.countUpload(true, "duplicate: have it");
        r.countUpload(false, "blocked: kind 4 is not accepted here");
        r.countUpload(false, "invalid: " + std::string(300, 'x'));
        QCOMPARE(r.uploaded, uint64_t(2));
        QCOMPARE(r.uploadDuplicate, uint64_t(1));
        QCOMPARE(r.rejectedUpTotal(), uint64_t(2));
        for (const auto& [reason, _] : r.rejectedUp) QVERIFY(reason.size() <= 120);
    }

    void summaryText() {
        SyncReport r;
        r.usedNegentropy = true;
        r.have = 3;
        r.need = 5;
        r.countWrite({store::WriteStatus::Stored, 1, ""});
        r.rejectDown("invalid: bad signature");
        r.bytesIn = 1234;
        r.seconds = 1.5;
        const QString text = QString::fromStdString(r.toText());
        QVERIFY(text.contains(QStringLiteral("method: negentropy\n")));
        QVERIFY(text.contains(QStringLiteral("\nhave: 3\nneed: 5\ndownloaded: 1\nadded: 1\n")));
        QVERIFY(text.contains(QStringLiteral("rejected down: 1\n  1 invalid: bad signature\n")));
        QVERIFY(text.contains(QStringLiteral("bytes in: 1234\n")));
        QVERIFY(text.contains(QStringLiteral("seconds: 1.500\n")));
        QVERIFY(!text.contains(QStringLiteral("fallback reason")));
    }
};

QTEST_APPLESS_MAIN(TestSyncReport)
#include "TestSyncReport.moc"
