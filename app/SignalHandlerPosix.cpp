#include "SignalHandler.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace roost::app {

namespace {
int g_pipe[2] = {-1, -1};

void onSignal(int sig) {
    const char byte = static_cast<char>(sig);
    // Only async-signal-safe work here: the event loop reads the byte.
    [[maybe_unused]] ssize_t n = ::write(g_pipe[0], &byte, 1);
}
} // namespace

SignalHandler::SignalHandler(QObject* parent) : QObject(parent) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0) return;
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] ssize_t n = ::read(g_pipe[1], &byte, 1);
        emit terminationRequested(byte);
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    signal(SIGPIPE, SIG_IGN);
}

SignalHandler::~SignalHandler() {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
}

} // namespace roost::app
