// store.Backup: the backup is one snapshot even while another connection commits between its
// steps; it round-trips through zstd and restore; damaged or foreign files are refused without
// touching the store; checkDatabase finds flipped bytes.
#include "StoreTestSupport.h"
#include "store/Backup.h"

#include <QFile>

#include <fstream>
#include <iterator>

using namespace roost;
using namespace roost::testsupport;

class TestBackup : public QObject {
    Q_OBJECT
private:
    static std::vector<nostr::Event> notes(uint8_t key, int n, int64_t base) {
        std::vector<nostr::Event> out;
        for (int i = 0; i < n; ++i)
            out.push_back(signedEvent(key, 1, base + i, {}, std::string(400, char('a' + i % 26))));
        return out;
    }

private slots:
    void backupIsOneSnapshotWhileWritesContinue() {
        TempStore store;
        auto writer = store.open();
        writeEvents(*writer, notes(1, 300, 1000));
        QTemporaryDir out;
        const std::string file = QDir(out.path()).filePath(QStringLiteral("b.db.zst")).toStdString();
        int commitsDuringCopy = 0;
        // One page per step, and a commit of 20 more events after each of the first steps:
        // none of them may enter the copy, and the copy must not restart for ever.
        const store::BackupInfo info = store::writeBackup(store.path(), file, [&](const char* phase, uint64_t done, uint64_t total) {
            if (std::string(phase) == "copying" && done < total && commitsDuringCopy < 5) {
                writeEvents(*writer, notes(uint8_t(2 + commitsDuringCopy), 20, 5000));
                ++commitsDuringCopy;
            }
        }, nullptr, 1);
        QCOMPARE(commitsDuringCopy, 5);
        QCOMPARE(info.events, uint64_t(300));
        QCOMPARE(info.maxSeq, uint64_t(300));
        QVERIFY(info.fileBytes > 0 && info.fileBytes < info.databaseBytes);
        QVERIFY(store::isZstdFile(file));
        QVERIFY(!QFile::exists(QString::fromStdString(file + ".db-tmp")));
        QVERIFY(!QFile::exists(QString::fromStdString(file + ".partial")));
        QCOMPARE(queryInt(*writer, "SELECT count(*) FROM events"), int64_t(400));

        // Restore it over the live file's copy: 300 events, the old store kept.
        writer.reset();
        const store::RestoreInfo restored = store::restoreBackup(file, store.path());
        QCOMPARE(restored.events, uint64_t(300));
        QCOMPARE(restored.previous, store.path() + ".before-restore");
        QCOMPARE(store::checkDatabase(restored.previous, false).events, uint64_t(400));
        const store::CheckReport check = store::checkDatabase(store.path(), false);
        QVERIFY(check.ok);
        QCOMPARE(check.events, uint64_t(300));
        QCOMPARE(check.schemaVersion, store::Database::kSchemaVersion);
    }

    void damagedAndForeignFilesAreRefused() {
        TempStore store;
        writeEvents(*store.open(), notes(1, 50, 1000));
        QTemporaryDir out;
        const std::string file = QDir(out.path()).filePath(QStringLiteral("b.db.zst")).toStdString();
        store::writeBackup(store.path(), file);
        writeEvents(*store.open(), notes(2, 5, 3000)); // the store now differs from the backup

        // Truncated zstd.
        const std::string cut = file + ".cut";
        {
            std::ifstream in(file, std::ios::binary);
            std::string bytes((std::istreambuf_iterator<char>(in)), {});
            std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
        }
        QVERIFY_THROWS_EXCEPTION(store::StoreError, store::restoreBackup(cut, store.path()));
        // An SQLite file that is not a Roost store.
        const std::string foreign = QDir(out.path()).filePath(QStringLiteral("other.db")).toStdString();
        {
            sqlite3* db = nullptr;
            sqlite3_open(foreign.c_str(), &db);
            sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES(1);", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        }
        try {
            store::restoreBackup(foreign, store.path());
            QFAIL("a foreign SQLite file was restored");
        } catch (const store::StoreError& e) {
            QVERIFY2(std::string(e.what()).find("not a Roost event store") != std::string::npos, e.what());
        }
        QCOMPARE(store::checkDatabase(store.path(), false).events, uint64_t(55));
        QVERIFY(!QFile::exists(QString::fromStdString(store.path() + ".before-restore")));
        QVERIFY(!QFile::exists(QString::fromStdString(store.path() + ".restoring")));
    }

    void checkFindsFlippedBytes() {
        TempStore store;
        writeEvents(*store.open(), notes(1, 500, 1000)); // closed: the WAL is checkpointed into the file
        const store::CheckReport good = store::checkDatabase(store.path(), true);
        QVERIFY(good.ok);
        QFile f(QString::fromStdString(store.path()));
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 page = f.size() / 4096 / 2;
        f.seek(page * 4096);
        QByteArray bytes = f.read(4096);
        for (char& c : bytes) c = char(~c);
        f.seek(page * 4096);
        f.write(bytes);
        f.close();
        const store::CheckReport bad = store::checkDatabase(store.path(), true);
        QVERIFY(!bad.ok);
        QVERIFY(bad.damaged);
        QVERIFY(!bad.problems.empty());
        QVERIFY(store::checkDatabase(store.path() + ".missing", true).problems.front().find("no such file") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
