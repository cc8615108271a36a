#pragma once
// Which thread takes SIGINT and SIGTERM: only the main thread, where the app's SignalHandler turns
// them into a clean stop. Every thread core starts (the engine's roles, the listener, job and
// backup threads) blocks both first thing, and the threads those start inherit the block.

namespace roost::sync {

/// Blocks SIGINT and SIGTERM on the calling thread, so the kernel delivers a process-directed one
/// to a thread that still takes it (the main thread). Without it any thread may run the handler:
/// harmless in a normal build (the handler only writes a byte to a socket), but ThreadSanitizer
/// defers a signal that lands on a thread outside one of its known blocking calls, and such a
/// thread may sit idle for good, so the relay missed about one SIGTERM in a few hundred under TSan.
/// POSIX: pthread_sigmask. Elsewhere (Windows, ROOST_PORTABLE_ONLY) a no-op: std::signal handlers
/// run on a thread of their own there.
void blockTerminationSignals();

} // namespace roost::sync
