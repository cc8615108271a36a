#pragma once
// Access to ../shared/data (real events from the wild) for tests; QSKIP when it is absent
// (QFAIL when CI is set, see tests/common/SharedData.h).
#include "SharedData.h"

#include <QFile>
#include <QString>
#include <QTest>

#include <string>
#include <vector>

inline QString sharedDataPath(const char* file) {
    return QStringLiteral(ROOST_SHARED_DATA) + QLatin1Char('/') + QLatin1String(file);
}

/// The non-empty lines of a JSONL file in ../shared/data; empty when the file is absent.
inline std::vector<std::string> readJsonLines(const char* file) {
    std::vector<std::string> lines;
    QFile f(sharedDataPath(file));
    if (!f.open(QIODevice::ReadOnly)) return lines;
    while (!f.atEnd()) {
        QByteArray line = f.readLine();
        while (line.endsWith('\n') || line.endsWith('\r')) line.chop(1);
        if (!line.isEmpty()) lines.emplace_back(line.constData(), size_t(line.size()));
    }
    return lines;
}

#define REQUIRE_SHARED_DATA(lines, file)                                                     \
    do {                                                                                     \
        if ((lines).empty()) ROOST_REQUIRE_SHARED_FILE(sharedDataPath(file));                \
    } while (0)
