// Portable SignalHandler (Windows, and Linux builds with ROOST_PORTABLE_ONLY): standard C++
// std::signal for SIGINT/SIGTERM (Windows: Ctrl+C and console close map to them) sets a flag that
// a timer on the main thread checks, since nothing else is async-signal-safe to call.
#include "SignalHandler.h"

#include <QTimer>

#include <atomic>
#include <csignal>

namespace roost::app {

namespace {
std::atomic<int> g_signal{0}; // the last signal not yet reported, 0 = none (lock-free int)

extern "C" void onSignal(int sig) {
    g_signal.store(sig);
    std::signal(sig, onSignal); // some platforms reset the handler after each delivery
}

constexpr int kPollMs = 200; // worst-case delay between the signal and the clean stop
} // namespace

SignalHandler::SignalHandler(QObject* parent) : QObject(parent) {
    g_signal.store(0);
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] {
        if (const int sig = g_signal.exchange(0)) emit terminationRequested(sig);
    });
    timer->start(kPollMs);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

SignalHandler::~SignalHandler() {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace roost::app
