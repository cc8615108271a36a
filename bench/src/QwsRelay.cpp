// roost-qws-relay: a minimal in-memory Nostr relay on QtWebSockets' QWebSocketServer, the
// comparison point for Roost's own RFC 6455 codec (docs/ARCHITECTURE.md §Why our own WebSocket
// codec, docs/PERFORMANCE.md §Codec). It parses messages with core's parser and matches
// subscriptions with core's Filter, like Roost, but stores nothing and verifies no signature:
// REQ -> EOSE (subscription kept), CLOSE -> forget, EVENT -> OK true and ["EVENT", sub, event]
// to every matching subscription. One thread, Qt's default event dispatcher, no TLS.
//
// usage: roost-qws-relay [--port N]   (0 = any free port; prints "roost: listening on ws://127.0.0.1:PORT")
#include "nostr/Canonical.h"
#include "nostr/Event.h"
#include "nostr/Filter.h"
#include "nostr/Messages.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QWebSocket>
#include <QWebSocketServer>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace {

using namespace roost;

struct Client {
    QWebSocket* socket = nullptr;
    std::map<std::string, std::vector<nostr::Filter>> subs;
};

class QwsRelay : public QObject {
public:
    explicit QwsRelay(quint16 port) : m_server(QStringLiteral("roost-qws-relay"), QWebSocketServer::NonSecureMode) {
        // The default (30) would refuse the connection waves of the connections scenario.
        m_server.setMaxPendingConnections(1024);
        if (!m_server.listen(QHostAddress::LocalHost, port)) {
            std::fprintf(stderr, "roost-qws-relay: %s\n", qPrintable(m_server.errorString()));
            std::exit(1);
        }
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] { accept(); });
        std::printf("roost: listening on ws://127.0.0.1:%u\n", unsigned(m_server.serverPort()));
        std::fflush(stdout);
    }

private:
    void accept() {
        while (QWebSocket* s = m_server.nextPendingConnection()) {
            m_clients[s].socket = s;
            connect(s, &QWebSocket::textMessageReceived, this, [this, s](const QString& text) { onText(s, text); });
            connect(s, &QWebSocket::disconnected, this, [this, s] {
                m_clients.erase(s);
                s->deleteLater();
            });
        }
    }

    void send(QWebSocket* s, const std::string& text) { s->sendTextMessage(QString::fromStdString(text)); }

    void onText(QWebSocket* s, const QString& text) {
        const std::string utf8 = text.toStdString();
        Client& c = m_clients[s];
        try {
            nostr::ClientMessage m = nostr::parseClientMessage(utf8);
            if (auto* ev = std::get_if<nostr::EventMessage>(&m)) {
                send(s, nostr::makeOkMessage(ev->event.id, true, ""));
                const std::string json = nostr::serializeEvent(ev->event);
                for (auto& [other, client] : m_clients)
                    for (const auto& [sub, filters] : client.subs)
                        if (nostr::matchesAny(filters, ev->event)) send(other, nostr::makeEventMessage(sub, json));
            } else if (auto* req = std::get_if<nostr::ReqMessage>(&m)) {
                c.subs[req->subscriptionId] = std::move(req->filters);
                send(s, nostr::makeEoseMessage(req->subscriptionId));
            } else if (auto* close = std::get_if<nostr::CloseMessage>(&m)) {
                c.subs.erase(close->subscriptionId);
            }
        } catch (const std::exception& e) {
            send(s, nostr::makeNoticeMessage(e.what()));
        }
    }

    QWebSocketServer m_server;
    std::map<QWebSocket*, Client> m_clients;
};

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    quint16 port = 0;
    for (int i = 1; i + 1 < argc; ++i)
        if (!std::strcmp(argv[i], "--port")) port = quint16(std::atoi(argv[i + 1]));
    std::signal(SIGTERM, [](int) { std::_Exit(0); });
    std::signal(SIGPIPE, SIG_IGN);
    QwsRelay relay(port);
    return app.exec();
}
