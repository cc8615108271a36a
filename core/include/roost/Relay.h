#pragma once
// The one door into Roost's engine (STYLE.md §One door into core): start/stop and snapshots.
#include "roost/RelayConfig.h"

#include <QObject>
#include <QString>

#include <memory>

namespace roost {

class ManagementApi;

/// The relay engine as a QObject. Commands return at once; state arrives as signals emitted on
/// the thread that owns the Relay. Create with createRelay().
class Relay : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Relay() override = default;

    /// Opens the store in config.dataDir and starts every thread and the listener.
    /// Returns false and sets `error` when the store cannot be opened or the port is taken.
    virtual bool start(QString* error) = 0;
    /// Stops accepting, lets queued writes commit, joins every thread. Safe to call twice.
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    /// The relay's WebSocket URL, e.g. "ws://127.0.0.1:4869" (the bound port when 0 was asked).
    virtual QString url() const = 0;
    /// The configuration the relay was started with, with live changes applied.
    virtual RelayConfig config() const = 0;
    /// Applies the live keys of `config` (limits, access, rate limits, NIP-11 info) to the
    /// running relay at once, open connections included; restart-only keys (bind, port,
    /// data_dir, threads, store) are kept until the next start. Safe to call when stopped.
    virtual void applyConfig(const RelayConfig& config) = 0;
    /// Serves NIP-86 on the relay port through `api` (which must live in this object's thread
    /// and outlive the relay). Takes effect at the next start(); nullptr switches it off.
    virtual void setManagementApi(ManagementApi* api) = 0;

signals:
    /// Emitted once listening, with the URL clients connect to.
    void started(const QString& url);
    /// Emitted after stop() finished.
    void stopped();
};

/// Creates the engine for `config` (not started).
std::unique_ptr<Relay> createRelay(const RelayConfig& config, QObject* parent = nullptr);

} // namespace roost
