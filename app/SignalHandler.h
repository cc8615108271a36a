#pragma once
// Turns SIGINT/SIGTERM into a Qt signal on the main thread, so the relay stops cleanly.
#include <QObject>

class QSocketNotifier;

namespace roost::app {

class SignalHandler : public QObject {
    Q_OBJECT
public:
    explicit SignalHandler(QObject* parent = nullptr);
    ~SignalHandler() override;

signals:
    /// Emitted (once per signal) when SIGINT or SIGTERM arrives; `signal` is its number
    /// (SIGINT 2, SIGTERM 15), so a command can exit with 128 + signal.
    void terminationRequested(int signal);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace roost::app
