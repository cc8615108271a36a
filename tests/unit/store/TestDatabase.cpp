// unit.store.Database: creating, reopening, schema version, pragmas, refusing newer schemas.
#include "StoreTestSupport.h"

#include <QFileInfo>
#include <QTest>

using namespace roost;
using namespace roost::testsupport;
using store::Database;
using store::StoreError;

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void createsFileAtCurrentSchema() {
        TempStore tmp;
        auto db = tmp.open();
        QVERIFY(QFileInfo::exists(QString::fromStdString(tmp.path())));
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(db->maxSeq(), uint64_t(0));
        QCOMPARE(db->path(), tmp.path());
        for (const char* table : {"events", "tags"}) {
            const std::string sql =
                std::string("SELECT count(*) FROM sqlite_schema WHERE type='table' AND name='") + table + "'";
            QCOMPARE(queryInt(*db, sql.c_str()), int64_t(1));
        }
        for (const char* index : {"events_by_pubkey", "events_by_kind", "events_by_pubkey_kind",
                                  "events_by_created", "events_by_address"}) {
            const std::string sql =
                std::string("SELECT count(*) FROM sqlite_schema WHERE type='index' AND name='") + index + "'";
            QCOMPARE(queryInt(*db, sql.c_str()), int64_t(1));
        }
    }

    void walAndSynchronousFull() {
        TempStore tmp;
        auto db = tmp.open();
        QCOMPARE(queryText(*db, "PRAGMA journal_mode"), std::string("wal"));
        QCOMPARE(queryInt(*db, "PRAGMA synchronous"), int64_t(2)); // FULL
        QCOMPARE(queryInt(*db, "PRAGMA foreign_keys"), int64_t(0));
        db.reset();

        Database::Options normal;
        normal.synchronousFull = false;
        auto relaxed = Database::open(tmp.path(), normal);
        QCOMPARE(queryInt(*relaxed, "PRAGMA synchronous"), int64_t(1)); // NORMAL
        QCOMPARE(queryText(*relaxed, "PRAGMA journal_mode"), std::string("wal"));
    }

    void reopenKeepsEventsAndSchema() {
        TempStore tmp;
        const nostr::Event event = signedEvent(1, 1, 1700000000, {{"t", "roost"}}, "hello");
        {
            auto db = tmp.open();
            QCOMPARE(writeEvent(*db, event).status, store::WriteStatus::Stored);
        }
        auto db = tmp.open(); // a second migration run would fail on CREATE TABLE
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(db->maxSeq(), uint64_t(1));
        const auto stored = store::eventsAfter(*db, 0, 10);
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(stored[0].json, nostr::serializeEvent(event));
        QCOMPARE(writeEvent(*db, event).status, store::WriteStatus::Duplicate);
    }

    void refusesNewerSchemaVersion() {
        TempStore tmp;
        {
            auto db = tmp.open();
            db->exec(("PRAGMA user_version=" + std::to_string(Database::kSchemaVersion + 1)).c_str());
        }
        try {
            tmp.open();
            QFAIL("a newer schema version was opened");
        } catch (const StoreError& e) {
            QVERIFY2(std::string(e.what()).find("newer") != std::string::npos, e.what());
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, tmp.open(Database::Mode::ReadOnly));
    }

    void readOnlyConnection() {
        TempStore tmp;
        QVERIFY_THROWS_EXCEPTION(StoreError, tmp.open(Database::Mode::ReadOnly)); // no file yet
        auto writer = tmp.open();
        auto reader = tmp.open(Database::Mode::ReadOnly);
        QCOMPARE(reader->schemaVersion(), Database::kSchemaVersion);
        QVERIFY_THROWS_EXCEPTION(StoreError, reader->exec("DELETE FROM events"));

        const int64_t before = reader->dataVersion();
        QCOMPARE(writeEvent(*writer, signedEvent(2, 1, 1700000001)).status, store::WriteStatus::Stored);
        QVERIFY(reader->dataVersion() != before); // how ReqMonitor notices external commits
        QCOMPARE(reader->maxSeq(), uint64_t(1));
    }

    void cachedStatementsAreReused() {
        TempStore tmp;
        auto db = tmp.open();
        sqlite3_stmt* first = db->cached("SELECT count(*) FROM events");
        QCOMPARE(sqlite3_step(first), SQLITE_ROW); // left active on purpose: cached() must reset it
        sqlite3_stmt* second = db->cached("SELECT count(*) FROM events");
        QCOMPARE(second, first);
        QVERIFY(!sqlite3_stmt_busy(second));
        QVERIFY_THROWS_EXCEPTION(StoreError, db->cached("SELECT nonsense FROM nowhere"));
        QVERIFY_THROWS_EXCEPTION(StoreError, db->exec("CREATE TABLE events(x)"));
    }

    void fileBytesCountsDatabaseAndWal() {
        TempStore tmp;
        auto db = tmp.open();
        const uint64_t empty = db->fileBytes();
        QVERIFY(empty > 0);
        std::vector<nostr::Event> events;
        for (int i = 0; i < 50; ++i)
            events.push_back(signedEvent(3, 1, 1700000000 + i, {}, std::string(1000, 'x')));
        writeEvents(*db, events);
        QVERIFY(db->fileBytes() > empty + 50 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
