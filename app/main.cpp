// roost: parse the command line and pick headless relay, GUI or a store subcommand. No logic.
#include "Gui.h"
#include "SignalHandler.h"
#include "SingleInstance.h"
#include "roost/ManagementApi.h"
#include "roost/PeersCommand.h"
#include "roost/Relay.h"
#include "roost/RelayConfig.h"
#include "roost/Settings.h"
#include "roost/Tools.h"
#include "roost/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <limits>
#include <memory>

using namespace roost;

namespace {

QString envOr(const char* name, const QString& fallback) {
    const QByteArray v = qgetenv(name);
    return v.isEmpty() ? fallback : QString::fromLocal8Bit(v);
}

int runRelay(QCoreApplication& app, Settings& settings) {
    auto relay = createRelay(settings.config());
    ManagementApi management(settings);
    management.setRelay(relay.get());
    relay->setManagementApi(&management);
    // Live keys reach the running engine at once; restart keys wait for the next start.
    QObject::connect(&settings, &Settings::changed, relay.get(), [&] { relay->applyConfig(settings.config()); });
    QObject::connect(&settings, &Settings::reloaded, &app, [&](bool ok, const QString& error) {
        if (ok) std::printf("roost: settings reloaded from %s\n", qPrintable(settings.filePath()));
        else std::fprintf(stderr, "roost: settings not reloaded: %s\n", qPrintable(error));
        std::fflush(stdout);
    });
    // Signals are handled before the "listening" line, so a SIGTERM right after it stops cleanly.
    app::SignalHandler signalHandler;
    QObject::connect(&signalHandler, &app::SignalHandler::terminationRequested, &app, [&] {
        relay->stop();
        app.quit();
    });
    QString error;
    if (!relay->start(&error)) {
        std::fprintf(stderr, "roost: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("roost: listening on %s\n", qPrintable(relay->url()));
    std::fflush(stdout);
    const int rc = app.exec();
    relay->stop();
    std::fprintf(stderr, "roost: stopped\n");
    return rc;
}

// Whether this run should open the tray application: not with --no-gui / ROOST_NO_GUI=1, not for
// a store subcommand or --help/--version/--help-config (decided before any QCoreApplication exists,
// since the GUI needs a QApplication).
bool wantsGui(int argc, char** argv) {
    const QByteArray env = qgetenv("ROOST_NO_GUI");
    if (!env.isEmpty() && env != "0") return false;
    static const char* const kNoGui[] = {"--no-gui", "--help", "-h", "--help-all", "--version", "-v", "--help-config",
                                         "import", "export", "scan", "delete", "stats", "sync", "peers",
                                         "backup", "restore", "check", "backup-notes"};
    for (int i = 1; i < argc; ++i)
        for (const char* word : kNoGui)
            if (std::strcmp(argv[i], word) == 0) return false;
    return true;
}

bool parseTime(const QCommandLineParser& p, const QString& name, int64_t& out) {
    if (!p.isSet(name)) return true;
    bool ok = false;
    out = p.value(name).toLongLong(&ok);
    if (!ok) std::fprintf(stderr, "roost: --%s needs Unix seconds\n", qPrintable(name));
    return ok;
}

} // namespace

int main(int argc, char** argv) {
    std::unique_ptr<QCoreApplication> appHolder = wantsGui(argc, argv) ? app::createGuiApplication(argc, argv) : nullptr;
    const bool gui = appHolder != nullptr;
    if (!appHolder) appHolder = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("roost"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(versionString()));

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "main", "Roost, a Nostr relay.\n\nSubcommands (work on the store in the data directory):\n"
                "  import [--no-verify]     read events as JSONL from standard input\n"
                "  export [--since T] [--until T] [--reverse]   write events as JSONL\n"
                "  scan FILTER_JSON         print events matching a NIP-01 filter\n"
                "  delete --filter FILTER_JSON [--yes]   delete matching events\n"
                "  (in filters, authors and #p may be npub, ids and #e note)\n"
                "  stats                    print store statistics\n"
                "  sync URL [--filter FILTER_JSON] [--dir down|up|both] [--no-negentropy] [--dry-run]\n"
                "                           reconcile with a remote relay (NIP-77, else REQ) and\n"
                "                           transfer the difference\n"
                "  sync --peers             run every enabled sync peer of the config file once\n"
                "  peers [list]             print the sync peers of the config file\n"
                "  peers add URL [--dir down|up|both] [--filter JSON] [--mode live|periodic] [--every MINUTES]\n"
                "  peers remove URL         add or remove a sync peer in the config file\n"
                "  backup [FILE]            write a zstd backup of the store (safe while the relay runs;\n"
                "                           default FILE: backup/dir/roost-YYYYMMDD-HHMMSS.db.zst)\n"
                "  restore FILE             replace the store with a checked backup (not while a relay\n"
                "                           runs; the old store is kept as roost.db.before-restore)\n"
                "  check                    integrity check of the store and quick stats (exit 1 if damaged)\n"
                "  backup-notes [NPUB] [--bootstrap URL,URL]\n"
                "                           fetch every event of a key (default: the owner) from the\n"
                "                           relays its NIP-65 list names (found on the bootstrap relays)\n\n"
                "Settings: an INI file, by default roost/roost.conf in the user's config folder\n"
                "(~/.config/roost/roost.conf on Linux), created with every key commented out on first\n"
                "start and watched while the relay runs; every key with its default is listed by\n"
                "--help-config (also docs/CONFIG.md). One relay runs per data directory."));
    p.addHelpOption();
    p.addVersionOption();
    const auto tr = [](const char* s) { return QCoreApplication::translate("main", s); };
    p.addOptions({
        {QStringLiteral("no-gui"), tr("Run headless, without the tray application (env ROOST_NO_GUI=1).")},
        {QStringLiteral("config"), tr("Read and save settings in this INI file instead of the default one (env ROOST_CONFIG)."), tr("FILE")},
        {QStringLiteral("data-dir"), tr("Keep the event store in DIR (env ROOST_DATA_DIR)."), tr("DIR")},
        {QStringLiteral("bind"), tr("Listen on this address (default 127.0.0.1, env ROOST_BIND)."), tr("ADDR")},
        {QStringLiteral("port"), tr("Listen on this TCP port (default 4869, 0 = any free port, env ROOST_PORT)."), tr("N")},
        {QStringLiteral("no-verify"), tr("import: do not check ids and signatures.")},
        {QStringLiteral("since"), tr("export: only events with created_at >= T."), tr("T")},
        {QStringLiteral("until"), tr("export: only events with created_at <= T."), tr("T")},
        {QStringLiteral("reverse"), tr("export: newest first.")},
        {QStringLiteral("filter"), tr("delete, sync: the NIP-01 filter (JSON) selecting events; peers add: the filter of what is synced."), tr("FILTER_JSON")},
        {QStringLiteral("mode"), tr("peers add: periodic (default) or live."), tr("MODE")},
        {QStringLiteral("every"), tr("peers add: minutes between periodic runs (default 60)."), tr("MINUTES")},
        {QStringLiteral("yes"), tr("delete: really delete.")},
        {QStringLiteral("dir"), tr("sync: down (remote to us), up (us to remote) or both (default); peers add: the same, default down."), tr("DIRECTION")},
        {QStringLiteral("no-negentropy"), tr("sync: do not try NIP-77, page with REQ.")},
        {QStringLiteral("dry-run"), tr("sync: only count what would be transferred.")},
        {QStringLiteral("peers"), tr("sync: run every enabled sync peer of the config file once, print each result.")},
        {QStringLiteral("bootstrap"), tr("backup-notes: relays (comma-separated) asked for the key's relay list instead of sync/bootstrap_relays."), tr("URLS")},
        {QStringLiteral("help-config"), tr("Print every config file key (Markdown, as in docs/CONFIG.md) and exit.")},
    });
    p.addPositionalArgument(QStringLiteral("command"), tr("import, export, scan, delete, stats, sync, peers, backup, restore, check or backup-notes; none runs the relay."));
    p.process(app);

    if (p.isSet(QStringLiteral("help-config"))) {
        std::fputs(qPrintable(settingsMarkdown()), stdout);
        return 0;
    }

    const QStringList args = p.positionalArguments();
    const QString command = args.value(0);

    Settings settings;
    QString error;
    const QString configFile = p.isSet(QStringLiteral("config")) ? p.value(QStringLiteral("config"))
                                                                 : envOr("ROOST_CONFIG", defaultConfigPath());
    // The relay writes the commented default file on first start; subcommands only read it.
    if (command.isEmpty() && !Settings::createDefaultFile(configFile, &error))
        std::fprintf(stderr, "roost: %s (settings will not be saved)\n", qPrintable(error));
    if (!settings.loadFile(configFile, &error)) {
        std::fprintf(stderr, "roost: %s\n", qPrintable(error));
        return 2;
    }
    // Command-line options (and their environment twins) override the file for this run only.
    const struct { const char* option; const char* env; const char* key; } overrides[] = {
        {"data-dir", "ROOST_DATA_DIR", "relay/data_dir"},
        {"bind", "ROOST_BIND", "relay/bind"},
        {"port", "ROOST_PORT", "relay/port"},
    };
    for (const auto& o : overrides) {
        const QString value = p.isSet(QLatin1String(o.option)) ? p.value(QLatin1String(o.option)) : envOr(o.env, {});
        if (!value.isEmpty() && !settings.setOverride(QLatin1String(o.key), value, &error)) {
            std::fprintf(stderr, "roost: --%s: %s\n", o.option, qPrintable(error));
            return 2;
        }
    }
    const RelayConfig& config = settings.config();
    // Commands that write the store hold the data directory's lock, as the relay does: they are
    // refused while a relay (or another such command) runs on it (issue 14 item 6).
    std::unique_ptr<app::SingleInstance> commandLock;
    const bool writes = command == QLatin1String("import") || command == QLatin1String("restore") ||
                        (command == QLatin1String("delete") && p.isSet(QStringLiteral("yes")));
    if (writes) {
        commandLock = std::make_unique<app::SingleInstance>(config.dataDir.isEmpty() ? defaultDataDir() : config.dataDir);
        if (!commandLock->lock(&error)) {
            std::fprintf(stderr, "roost: %s: %s\n", qPrintable(command), qPrintable(error));
            return 3;
        }
    }
    if (command == QLatin1String("backup")) return tools::runBackup(config, args.value(1), std::cout, std::cerr);
    if (command == QLatin1String("restore")) return tools::runRestore(config.dataDir, args.value(1), std::cout, std::cerr);
    if (command == QLatin1String("check")) return tools::runCheck(config.dataDir, std::cout, std::cerr);
    if (command == QLatin1String("import")) {
        std::ios::sync_with_stdio(false); // block reads of stdin instead of one getc() per byte
        return tools::runImport(config.dataDir, !p.isSet(QStringLiteral("no-verify")), std::cin, std::cout, std::cerr);
    }
    if (command == QLatin1String("export")) {
        int64_t since = std::numeric_limits<int64_t>::min(), until = std::numeric_limits<int64_t>::max();
        if (!parseTime(p, QStringLiteral("since"), since) || !parseTime(p, QStringLiteral("until"), until)) return 2;
        return tools::runExport(config.dataDir, since, until, p.isSet(QStringLiteral("reverse")), std::cout, std::cerr);
    }
    if (command == QLatin1String("scan")) {
        if (args.size() != 2) {
            std::fprintf(stderr, "roost: usage: roost scan FILTER_JSON\n");
            return 2;
        }
        return tools::runScan(config.dataDir, args[1], std::cout, std::cerr);
    }
    if (command == QLatin1String("delete")) {
        if (!p.isSet(QStringLiteral("filter"))) {
            std::fprintf(stderr, "roost: usage: roost delete --filter FILTER_JSON [--yes]\n");
            return 2;
        }
        return tools::runDelete(config.dataDir, p.value(QStringLiteral("filter")), p.isSet(QStringLiteral("yes")),
                                std::cout, std::cerr);
    }
    if (command == QLatin1String("stats")) return tools::runStats(config.dataDir, std::cout, std::cerr);
    if (command == QLatin1String("sync") && p.isSet(QStringLiteral("peers"))) {
        if (args.size() != 1) {
            std::fprintf(stderr, "roost: usage: roost sync --peers [--config FILE]\n");
            return 2;
        }
        return tools::runSyncPeers(config, std::cout, std::cerr);
    }
    if (command == QLatin1String("sync")) {
        if (args.size() != 2) {
            std::fprintf(stderr, "roost: usage: roost sync URL [--filter FILTER_JSON] [--dir down|up|both] "
                                 "[--no-negentropy] [--dry-run]\n");
            return 2;
        }
        tools::SyncRequest request;
        request.url = args[1];
        request.filterJson = p.value(QStringLiteral("filter"));
        request.direction = p.value(QStringLiteral("dir"));
        request.negentropy = !p.isSet(QStringLiteral("no-negentropy"));
        request.dryRun = p.isSet(QStringLiteral("dry-run"));
        // Ctrl-C / SIGTERM cancel the run: partial counts printed, exit 128 + signal (130 / 143).
        app::SignalHandler signalHandler;
        return tools::runSync(config, request, std::cout, std::cerr, [&](tools::SyncInterrupt interrupt) {
            QObject::connect(&signalHandler, &app::SignalHandler::terminationRequested, &app,
                             [interrupt](int signal) { interrupt(128 + signal); });
        });
    }
    if (command == QLatin1String("peers")) {
        const tools::PeerOptions options{p.value(QStringLiteral("dir")), p.value(QStringLiteral("filter")),
                                         p.value(QStringLiteral("mode")), p.value(QStringLiteral("every"))};
        return tools::runPeers(settings, args.mid(1), options, std::cout, std::cerr);
    }
    if (command == QLatin1String("backup-notes")) {
        if (args.size() > 2) {
            std::fprintf(stderr, "roost: usage: roost backup-notes [NPUB] [--bootstrap URL,URL]\n");
            return 2;
        }
        return tools::runBackupNotes(config, args.value(1), p.value(QStringLiteral("bootstrap")).split(QLatin1Char(',')),
                                     std::cout, std::cerr);
    }
    if (!command.isEmpty()) {
        std::fprintf(stderr, "roost: unknown command '%s' (see --help)\n", qPrintable(command));
        return 2;
    }
    // One relay per data directory: a second GUI launch shows the running window; anything else
    // that finds the directory locked stops before opening the store or the port.
    app::SingleInstance instance(config.dataDir.isEmpty() ? defaultDataDir() : config.dataDir);
    if (gui && instance.activateRunning()) {
        std::printf("roost: already running on %s; brought its window to the front\n", qPrintable(instance.dataDir()));
        return 0;
    }
    if (!instance.lock(&error)) {
        std::fprintf(stderr, "roost: %s\n", qPrintable(error));
        return 3;
    }
    std::printf("roost: settings in %s\n", qPrintable(settings.filePath()));
    std::fflush(stdout);
    // The tray application when this build has it and a display is there; headless otherwise.
    if (gui) return app::runGui(app, settings, instance);
    return runRelay(app, settings);
}
