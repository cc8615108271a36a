// Portable thread naming (Windows, ROOST_PORTABLE_ONLY): the name is kept on the QThread object
// (seen by Qt's debugging aids) instead of the operating system's thread name.
#include "relay/Hub.h"

#include <QString>
#include <QThread>

namespace roost::relay {

void setThreadName(const char* name) {
    if (QThread* t = QThread::currentThread()) t->setObjectName(QString::fromUtf8(name));
}

} // namespace roost::relay
