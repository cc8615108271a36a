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
    /// Emitted (once per signal) when SIGINT or SIGTERM arrives.
    void terminationRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace roost::app
