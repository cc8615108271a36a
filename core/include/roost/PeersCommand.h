#pragma once
// `roost peers`: lists and edits the sync peers of the config file (issue 10 item 6) through
// Settings, so only the [sync] peer lines change and comments stay; a running relay picks the
// change up live from the file.
#include <QString>
#include <QStringList>

#include <iosfwd>

namespace roost {
class Settings;
}

namespace roost::tools {

/// Options of `roost peers add`; an empty string means the default (down, {}, periodic, 60).
struct PeerOptions {
    QString direction; ///< --dir down|up|both
    QString filter;    ///< --filter JSON (a NIP-01 filter object)
    QString mode;      ///< --mode live|periodic
    QString every;     ///< --every MINUTES (1..525600)
};

/// Runs `roost peers` with `args` after the word "peers":
///   (nothing) or "list"  prints each peer as its config line ("URL direction mode ..."), then
///                        indented "state:", "last sync:", "events down/up:" and "next attempt:"
///                        lines from the health a relay on the data directory last saved
///                        (savedSyncPeerStatuses), or "no sync peers";
///   "add URL"            adds the peer, or replaces the one with the same URL ("added URL" /
///                        "updated URL");
///   "remove URL"         removes it ("removed URL").
/// `settings` must have its file loaded (Settings::loadFile); changes are saved to it.
/// Returns 0 on success, 2 for bad usage or a bad value (message on `err`: an unknown --dir or
/// --mode, a URL that is not ws:// or wss://, a filter that is not a NIP-01 filter, remove of
/// an unknown URL), 1 when the file cannot be written.
int runPeers(Settings& settings, const QStringList& args, const PeerOptions& options, std::ostream& out,
             std::ostream& err);

} // namespace roost::tools
