#pragma once
// Tests that need the shared real-event files (ROOST_SHARED_DATA, ../shared/data beside the
// repository) skip with a clear message in a bare clone, and fail when the environment variable
// CI is set (there the files must be present, so a missing folder cannot hide a skipped test).
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace roost::testsupport {

/// Whether a missing shared file is a failure (CI set) rather than a reason to skip.
inline bool sharedDataRequired() { return qEnvironmentVariableIsSet("CI"); }

/// The message for a missing shared file.
inline QByteArray missingSharedDataMessage(const QString& path) {
    return QStringLiteral("%1 is not available (the shared real-event files, ROOST_SHARED_DATA; %2)")
        .arg(path, sharedDataRequired() ? QStringLiteral("required because CI is set")
                                        : QStringLiteral("skipped; put the shared data folder beside the repository to run it"))
        .toUtf8();
}

} // namespace roost::testsupport

/// In a test function: QSKIP (QFAIL when CI is set) unless the file `path` (a QString) exists.
#define ROOST_REQUIRE_SHARED_FILE(path)                                                          \
    do {                                                                                         \
        const QString roostSharedPath_ = (path);                                                 \
        if (!QFileInfo::exists(roostSharedPath_)) {                                              \
            const QByteArray roostMessage_ = roost::testsupport::missingSharedDataMessage(roostSharedPath_); \
            if (roost::testsupport::sharedDataRequired()) QFAIL(roostMessage_.constData());      \
            QSKIP(roostMessage_.constData());                                                    \
        }                                                                                        \
    } while (0)
