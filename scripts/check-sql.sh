#!/usr/bin/env bash
# Prepared statements only (CTest lint.sql; issue 14 item 8). SQL text in Roost is fixed at
# compile time and every value reaches SQLite through a bound parameter, so no client bytes can
# change a statement. The rule, checked over core/, app/ and ui/ sources:
#   1. sqlite3_exec / sqlite3_prepare* / sqlite3_mprintf / sqlite3_*printf appear only in the two
#      wrappers core/src/store/Database.cpp and core/src/store/Statement.h, or on a line that
#      passes a constant SQL literal and says why it needs the raw call with `// sql-ok: <reason>`
#      (store/Backup.cpp works on connections of its own: the backup copy, a file checked read-only);
#   2. no line builds SQL text: a string literal holding an SQL keyword joined with `+`, `.arg(`,
#      `%`, `<<`, `append(`, `std::format` or `printf`, or such a call taking an SQL literal.
# A line that must break rule 2 for a value that is not input says why with `// sql-ok: <reason>`.
# Usage: check-sql.sh [source-root]   |   check-sql.sh --self-test (proves the rule catches lines)
set -euo pipefail

keywords='(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|CREATE|DROP|ALTER|WHERE|VALUES|ATTACH)'
# A literal with a keyword followed by a join, or a join followed by such a literal.
built="\"[^\"]*\\b${keywords}\\b[^\"]*\"\\)?[[:space:]]*(\\+|\\.arg\\(|%|<<)|(\\+|<<|append\\(|format\\(|printf\\()[[:space:]]*\"[^\"]*\\b${keywords}\\b"
raw_api='sqlite3_(exec|prepare|prepare_v2|prepare_v3|prepare16|mprintf|vmprintf|snprintf)[[:space:]]*\('

check_lines() { # stdin: grep -n style "file:line:text"; prints offenders
    grep -E "$built" | grep -v 'sql-ok:' || true
}

if [[ "${1:-}" == "--self-test" ]]; then
    bad=$(printf '%s\n' \
        'a.cpp:1:    db.exec(("PRAGMA user_version=" + std::to_string(v)).c_str());' \
        'a.cpp:2:    Statement q(db, QString("SELECT * FROM events WHERE id=%1").arg(id));' \
        'a.cpp:3:    sql += " WHERE kind = " + kind;' \
        'a.cpp:4:    std::string s = "DELETE FROM tags WHERE seq=" + seq;' | check_lines | wc -l)
    good=$(printf '%s\n' \
        'a.cpp:1:    Statement q(db, "SELECT id FROM events WHERE seq = ?");' \
        'a.cpp:2:    db.exec("PRAGMA synchronous=FULL");' \
        'a.cpp:3:    db.exec(x + "PRAGMA a"); // sql-ok: test' | check_lines | wc -l)
    if [[ "$bad" -ne 4 || "$good" -ne 0 ]]; then
        echo "check-sql self-test failed: caught $bad of 4 bad lines, flagged $good of 0 good ones" >&2
        exit 1
    fi
    echo "check-sql self-test: the rule catches built SQL and passes constant SQL"
    exit 0
fi

root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
cd "$root"
dirs=(core app ui)
status=0

api=$(grep -rnE "$raw_api" "${dirs[@]}" --include='*.cpp' --include='*.h' \
      | grep -vE '^core/src/store/(Database\.cpp|Statement\.h):' | grep -v 'sql-ok:' || true)
if [[ -n "$api" ]]; then
    echo "SQLite's statement API outside core/src/store/Database.cpp and Statement.h (use Statement / Database::exec):" >&2
    echo "$api" >&2
    status=1
fi

formatted=$(grep -rnE "$built" "${dirs[@]}" --include='*.cpp' --include='*.h' | check_lines)
if [[ -n "$formatted" ]]; then
    echo "SQL text built at run time (bind the value with a ? parameter, or explain with // sql-ok: <reason>):" >&2
    echo "$formatted" >&2
    status=1
fi

[[ $status -eq 0 ]] && echo "check-sql: every SQL text is a compile-time constant; statements bind their values"
exit $status
