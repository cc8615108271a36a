#pragma once
// One client socket inside the Listener thread: reads the HTTP request, answers NIP-11 or
// upgrades to WebSocket, then decodes frames and writes outgoing ones with output accounting.
#include "relay/HttpRequest.h"
#include "relay/Hub.h"
#include "relay/WebSocketCodec.h"
#include "roost/RelaySnapshot.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <string>
#include <string_view>

class QTcpSocket;

namespace roost::relay {

class Listener;

class Connection : public QObject {
    Q_OBJECT
public:
    /// Until its request head is complete a connection is plain HTTP and must finish the
    /// request within kHttpDeadlineMs of the accept, with no gap over kHttpIdleMs between bytes,
    /// or it is answered 408 and closed (slowloris, half-open handshakes). `refusal`, when not
    /// empty, is why the Listener refused this socket at accept (connection caps): its request
    /// is answered 503 with that text.
    Connection(ConnId id, QTcpSocket* socket, Listener& listener, QByteArray refusal = {});
    static constexpr int kHttpIdleMs = 5000;
    static constexpr int kHttpDeadlineMs = 15000;
    /// A connection being closed (a slow reader dropped past Listener::kMaxQueued, say) has this
    /// long to take what is still queued for it; then it is aborted and its buffers freed, so a
    /// client that never reads cannot keep the relay's memory.
    static constexpr int kCloseDeadlineMs = 10000;
    ~Connection() override;

    ConnId id() const { return m_id; }
    /// Sends one WebSocket text message. `isLive`: a live event, dropped with a disconnect when
    /// the output buffer is past Listener::kMaxQueued.
    void sendText(std::string_view text, bool isLive = false);
    /// Sends `["EVENT","<subId>",<eventJson>]` without building the message separately.
    void sendEvent(std::string_view subId, std::string_view eventJson);
    /// Sends `messages` EVENT messages already framed back to back in `frames` (stored events
    /// of a REQ; the ReqWorker's scans pause on congestion, so no size check here).
    void sendFramedEvents(std::string_view frames, uint32_t messages);
    /// Sends a NOTICE, a close frame, and closes the socket once written.
    void closeWithNotice(std::string_view notice);
    /// Closes the TCP connection at once (shutdown).
    void abort();
    /// Relay shutdown (RFC 6455 §7.4.1, 1001 "going away"): a WebSocket gets a close frame with
    /// code 1001 after what is already queued, then the socket closes once written (input is
    /// read and dropped meanwhile). Returns true while the socket is still open afterwards: the
    /// caller waits for finished() (or gives up and calls abort()). Other connections: false.
    bool closeGoingAway();
    /// The socket is still connected (not yet closed by either side).
    bool socketOpen() const;
    /// Answers the pending NIP-86 request with a JSON body and closes (see Listener::HttpResponse).
    void respondJson(int status, const QByteArray& body);
    /// This connection for a snapshot: the Listener's own counters plus what the Ingester
    /// published in ConnectionAccess. Call in the Listener's thread.
    ConnectionInfo info() const;
    /// Reads what the socket buffered while input was paused (see InputCredit).
    void resumeReading() { onReadyRead(); }
    /// Hands the corked output to the socket (see queueFrame). Called by the Listener.
    void flushOutput();

signals:
    /// The socket disconnected (emitted once).
    void finished();

private slots:
    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();

protected:
    void timerEvent(QTimerEvent* event) override;

private:
    void handleHttp();
    /// Answers an upgrade request (RFC 6455 §4.2.1-4.2.2): 101, or 400/426/503.
    void handleUpgrade(const HttpRequest& req, std::string rest);
    void armHttpTimer();
    void handleFrames(std::string_view data);
    /// Output is corked: frames are appended to m_out and the Listener flushes every connection
    /// that has output once per inbox drain (and a connection flushes itself after reading), so
    /// a burst of events costs one send() per connection, not one per event.
    void queueRaw(std::string_view bytes);
    void queueFrame(uint8_t opcode, std::string_view payload);
    void countBytesOut(size_t n);
    void markDirty();
    void closeSocket(); // flush, then close
    /// Bytes not yet taken by the kernel: Qt's buffer plus the corked output.
    qint64 queuedBytes() const;
    /// Writes an HTTP/1.1 response and closes. `cors`: add the CORS headers NIP-11 asks for (only
    /// the NIP-11 document and its preflight get them). `extraHeaders`: whole lines, each CRLF-ended.
    void respondHttp(int status, const char* reason, const char* contentType, const QByteArray& body, bool cors = false,
                     const char* extraHeaders = "");
    void checkCongestion();
    bool inputPaused();

    ConnId m_id;
    QTcpSocket* m_socket;
    Listener& m_listener;
    bool m_webSocket = false;
    bool m_closing = false;
    bool m_congested = false;
    QMetaObject::Connection m_drainWatch; // bytesWritten, while congested
    bool m_gone = false;
    bool m_awaitingResponse = false; // a NIP-86 request was handed over
    std::string m_httpBuffer;
    QByteArray m_refusal;       // refused at accept: the 503 text
    QBasicTimer m_httpTimer;    // request head deadline and idle timeout, until upgraded or answered
    QElapsedTimer m_accepted;
    QBasicTimer m_closeTimer;   // kCloseDeadlineMs after closeSocket(): abort
    WebSocketDecoder m_decoder;
    std::string m_out;   // corked output, flushed by flushOutput()
    std::string m_text;  // reused buffer for one EVENT message
    bool m_flushQueued = false;
    static constexpr size_t kKeepOutputCapacity = 64 * 1024;
    static constexpr size_t kKeepOutputMinimum = 4 * 1024;
    std::shared_ptr<InputCredit> m_credit = std::make_shared<InputCredit>();
    std::shared_ptr<ConnectionAccess> m_access = std::make_shared<ConnectionAccess>();
    // Snapshot counters: only touched in the Listener's thread, so plain integers.
    QString m_address;
    int64_t m_connectedSince = 0;
    uint64_t m_messagesIn = 0;
    uint64_t m_messagesOut = 0;
    uint64_t m_bytesIn = 0;
    uint64_t m_bytesOut = 0;
};

} // namespace roost::relay
