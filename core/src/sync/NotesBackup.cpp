// Placeholder until the "Back up my notes" job lands (issue 10 item 4): the door exists so the
// GUI can be built against it; start() refuses.
#include "roost/NotesBackup.h"

namespace roost {

NotesBackup::NotesBackup(QObject* parent) : QObject(parent) {}
NotesBackup::~NotesBackup() = default;

bool NotesBackup::start(const RelayConfig&, const QString&, const QStringList&, QString* error) {
    if (error) *error = QStringLiteral("not available yet");
    return false;
}

void NotesBackup::cancel() {}
bool NotesBackup::isRunning() const { return false; }

} // namespace roost
