// Platforms without epoll: the Listener thread keeps Qt's default event dispatcher.
#include "relay/ListenerEventDispatcher.h"

namespace roost::relay {

QAbstractEventDispatcher* createListenerEventDispatcher() { return nullptr; }

} // namespace roost::relay
