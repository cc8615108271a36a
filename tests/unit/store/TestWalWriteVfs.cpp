// unit.store.WalWriteVfs: WAL writes gathered by the VFS shim reach the file before anyone can
// need them: another connection sees each commit at once (synchronous FULL and NORMAL), commits
// far larger than one write piece (128 KiB) are intact, and a reopened store holds everything.
#include "StoreTestSupport.h"

#include "store/FilterScan.h"
#include "store/WalWriteVfs.h"

#include <sqlite3.h>

using namespace roost;
using namespace roost::testsupport;

class TestWalWriteVfs : public QObject {
    Q_OBJECT
private slots:
    void storesOpenThroughTheShim() {
        QVERIFY(store::walWriteVfsName() != nullptr);
        TempStore tmp;
        auto db = tmp.open();
        sqlite3_vfs* vfs = nullptr;
        QCOMPARE(sqlite3_file_control(db->handle(), "main", SQLITE_FCNTL_VFS_POINTER, &vfs), SQLITE_OK);
        QCOMPARE(QString::fromLatin1(vfs->zName), QStringLiteral("roost-wal"));
    }

    void everyCommitIsVisibleToAReaderAtOnce_data() {
        QTest::addColumn<bool>("full");
        QTest::newRow("synchronous FULL") << true;
        QTest::newRow("synchronous NORMAL") << false;
    }
    void everyCommitIsVisibleToAReaderAtOnce() {
        QFETCH(bool, full);
        TempStore tmp;
        store::Database::Options options;
        options.synchronousFull = full;
        auto writer = store::Database::open(tmp.path(), options);
        options.mode = store::Database::Mode::ReadOnly;
        auto reader = store::Database::open(tmp.path(), options);
        nostr::Filter all;
        uint64_t written = 0;
        for (int batch = 0; batch < 12; ++batch) {
            std::vector<nostr::Event> events;
            // Large contents: each batch is several hundred KiB of WAL frames.
            for (int i = 0; i < 40; ++i)
                events.push_back(signedEvent(uint8_t(1 + i % 5), 1, 1000 + batch * 100 + i, {{"t", "wal"}},
                                             std::string(size_t(3000 + 97 * i), char('a' + i % 26))));
            for (const auto& r : writeEvents(*writer, events)) QVERIFY(r.accepted());
            written += events.size();
            QCOMPARE(store::countEvents(*reader, {all}), written);
        }
        writer.reset();
        reader.reset();
        auto again = tmp.open();
        QCOMPARE(store::countEvents(*again, {all}), written);
        QCOMPARE(queryText(*again, "PRAGMA integrity_check"), std::string("ok"));
    }
};

QTEST_GUILESS_MAIN(TestWalWriteVfs)
#include "TestWalWriteVfs.moc"
