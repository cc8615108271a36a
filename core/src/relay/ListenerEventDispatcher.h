#pragma once
// Which Qt event dispatcher the Listener thread runs (platform files picked by CMake).
class QAbstractEventDispatcher;

namespace roost::relay {

/// Creates the event dispatcher for the Listener thread: an EpollEventDispatcher on Linux,
/// nullptr elsewhere (Qt's default is then used). Install with QThread::setEventDispatcher
/// before each start of the thread (Qt deletes it when the thread finishes).
QAbstractEventDispatcher* createListenerEventDispatcher();

} // namespace roost::relay
