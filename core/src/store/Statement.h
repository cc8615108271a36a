#pragma once
// Thin helpers over one cached sqlite3 statement (private to core/store): binding without copies,
// stepping with errors turned into StoreError, and a reset when the helper goes out of scope.
#include "store/Database.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>

namespace roost::store {

/// Throws StoreError("<context>: <sqlite message>") for the connection's last error.
[[noreturn]] inline void throwSqlite(sqlite3* db, std::string_view context) {
    std::string what(context);
    what += ": ";
    what += db ? sqlite3_errmsg(db) : "out of memory";
    throw StoreError(what);
}

/// Sequence numbers are uint64_t in the API and INTEGER (int64) in SQLite; UINT64_MAX means
/// "everything" and must not wrap to -1.
inline int64_t seqToSql(uint64_t seq) {
    return seq > uint64_t(std::numeric_limits<int64_t>::max()) ? std::numeric_limits<int64_t>::max()
                                                               : int64_t(seq);
}

/// One use of a statement from Database::cached(): bind parameters (1-based, the bound memory
/// must outlive the use: SQLITE_STATIC), step through rows, read columns. The destructor resets
/// the statement, so no statement stays active after the scope that used it.
class Statement {
public:
    Statement(Database& db, const char* sql) : m_db(db.handle()), m_stmt(db.cached(sql)), m_sql(sql) {}
    ~Statement() { sqlite3_reset(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, int64_t value) {
        check(sqlite3_bind_int64(m_stmt, index, value));
        return *this;
    }
    /// Binds a blob; an empty span binds a zero-length blob, never NULL.
    Statement& bindBlob(int index, std::span<const uint8_t> bytes) {
        static const uint8_t kEmpty = 0;
        const void* data = bytes.empty() ? &kEmpty : bytes.data();
        check(sqlite3_bind_blob(m_stmt, index, data, int(bytes.size()), SQLITE_STATIC));
        return *this;
    }
    Statement& bindBlob(int index, std::string_view bytes) {
        return bindBlob(
            index, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
    }
    /// Binds text; an empty view binds '', never NULL.
    Statement& bindText(int index, std::string_view text) {
        const char* data = text.data() ? text.data() : "";
        check(sqlite3_bind_text(m_stmt, index, data, int(text.size()), SQLITE_STATIC));
        return *this;
    }
    Statement& bindNull(int index) {
        check(sqlite3_bind_null(m_stmt, index));
        return *this;
    }

    /// Advances to the next row: true when a row is available, false when done.
    bool step() {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        throwSqlite(m_db, m_sql);
    }
    /// Runs a statement that returns no rows, then resets it so it can be bound again.
    void run() {
        while (step()) {
        }
        reset();
    }
    /// Makes the statement ready to be bound and stepped again (bindings are kept).
    void reset() { sqlite3_reset(m_stmt); }

    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    int64_t columnInt(int col) const { return sqlite3_column_int64(m_stmt, col); }
    /// The column's bytes; valid until the next step or the end of this Statement.
    std::string_view columnBytes(int col) const {
        const void* data = sqlite3_column_blob(m_stmt, col);
        const int size = sqlite3_column_bytes(m_stmt, col);
        return data ? std::string_view(static_cast<const char*>(data), size_t(size)) : std::string_view();
    }
    /// Copies a 32-byte blob column into `out` (zero-filled when the stored size differs).
    template <size_t N> void columnArray(int col, std::array<uint8_t, N>& out) const {
        const std::string_view bytes = columnBytes(col);
        out.fill(0);
        if (bytes.size() == N)
            std::copy(bytes.begin(), bytes.end(), out.begin());
    }

private:
    void check(int rc) const {
        if (rc != SQLITE_OK)
            throwSqlite(m_db, m_sql);
    }
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
    const char* m_sql;
};

/// A transaction for the current scope: COMMIT through commit(), ROLLBACK if the scope is left
/// without it (exception). `immediate` takes the write lock at BEGIN (writers); otherwise a
/// deferred read transaction. When the connection is already inside a transaction this is a
/// no-op, so helpers can nest.
class Transaction {
public:
    Transaction(Database& db, bool immediate) : m_db(db) {
        if (!sqlite3_get_autocommit(db.handle()))
            return;
        db.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
        m_open = true;
    }
    ~Transaction() {
        if (m_open)
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Commits; throws StoreError when COMMIT fails (the destructor then rolls back).
    void commit() {
        if (!m_open)
            return;
        m_db.exec("COMMIT");
        m_open = false;
    }

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace roost::store
