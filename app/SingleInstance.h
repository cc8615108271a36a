#pragma once
// One running relay per data directory (issue 12): a lock file held for the relay's lifetime,
// and for the desktop application a local socket through which a second launch brings the
// running window to the front.
#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace roost::app {

/// Guards one data directory. lock() takes `<dataDir>/roost.lock` (QLockFile: it records the
/// holder's pid and host; a lock left by a process that died is taken over). The GUI also
/// listen()s on a local socket named after the directory; activateRunning() is what a second
/// GUI launch calls instead of starting a relay.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    /// `dataDir`: the relay's data directory (created when missing, made absolute).
    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// Takes the lock until this object is destroyed. Returns false with a one-line `error`
    /// naming the directory and the holder's pid when another process holds it.
    bool lock(QString* error);
    /// Connects to the local socket of a running GUI instance on the same data directory and
    /// asks it to show its window; waits at most `timeoutMs` for its answer. True when it answered.
    bool activateRunning(int timeoutMs = 3000);
    /// Listens on the local socket (after lock()); each later activateRunning() emits
    /// activationRequested(). Returns false with `error` when the socket cannot be opened.
    bool listen(QString* error);
    /// The local socket name for `dataDir`: "roost-" and 16 hex digits of a hash of its path.
    static QString serverName(const QString& dataDir);
    QString dataDir() const { return m_dataDir; }

signals:
    /// A second launch asked for the window.
    void activationRequested();

private:
    QString m_dataDir;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
};

} // namespace roost::app
