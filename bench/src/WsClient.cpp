#include "WsClient.h"

#include "WsFrame.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <stdexcept>

namespace roost::bench {

int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct WsClient::Conn {
    int fd = -1;
    enum class State { Handshake, Open, Closed } state = State::Handshake;
    std::string in;      // unparsed input
    std::string out;     // unsent output
    size_t outPos = 0;
    std::string fragments; // text of a fragmented message so far
    bool dirty = false;
    bool wantWrite = false;
    uint32_t mask = 0;
};

WsClient::WsClient(std::string host, uint16_t port, Handler& handler)
    : m_host(std::move(host)), m_port(port), m_handler(handler) {
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) throw std::runtime_error("epoll_create1 failed");
}

WsClient::~WsClient() {
    for (auto& c : m_conns)
        if (c->fd >= 0) ::close(c->fd);
    ::close(m_epoll);
}

int WsClient::connect() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(m_port);
    inet_pton(AF_INET, m_host.c_str(), &addr.sin_addr);
    const int rc = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    if (rc < 0 && errno != EINPROGRESS) {
        ::close(fd);
        return -1;
    }
    const int id = static_cast<int>(m_conns.size());
    auto c = std::make_unique<Conn>();
    c->fd = fd;
    c->mask = 0x9e3779b9u * static_cast<uint32_t>(id + 1);
    c->out = "GET / HTTP/1.1\r\nHost: " + m_host + ":" + std::to_string(m_port) +
             "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
             "Sec-WebSocket-Version: 13\r\n\r\n";
    c->wantWrite = true;
    m_conns.push_back(std::move(c));
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLOUT;
    ev.data.u32 = static_cast<uint32_t>(id);
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
    return id;
}

void WsClient::sendText(int conn, std::string_view text) {
    Conn& c = *m_conns[conn];
    if (c.state != Conn::State::Open) return;
    if (c.outPos > 0 && c.outPos == c.out.size()) {
        c.out.clear();
        c.outPos = 0;
    }
    appendFrame(c.out, OpText, text, true, c.mask);
    if (!c.dirty) {
        c.dirty = true;
        m_dirty.push_back(conn);
    }
}

void WsClient::close(int conn) {
    Conn& c = *m_conns[conn];
    if (c.fd < 0) return;
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
    ::close(c.fd);
    c.fd = -1;
    if (c.state == Conn::State::Open) --m_open;
    c.state = Conn::State::Closed;
}

size_t WsClient::pendingOutput(int conn) const {
    const Conn& c = *m_conns[conn];
    return c.out.size() - c.outPos;
}

void WsClient::fail(int conn, const std::string& why) {
    close(conn);
    m_handler.onClosed(conn, why);
}

void WsClient::flush(int conn) {
    Conn& c = *m_conns[conn];
    if (c.fd < 0) return;
    while (c.outPos < c.out.size()) {
        const ssize_t n = ::send(c.fd, c.out.data() + c.outPos, c.out.size() - c.outPos, MSG_NOSIGNAL);
        if (n > 0) {
            c.outPos += static_cast<size_t>(n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
        if (n < 0 && errno == EINTR) continue;
        fail(conn, std::string("send: ") + std::strerror(errno));
        return;
    }
    const bool more = c.outPos < c.out.size();
    if (!more) {
        c.out.clear();
        c.outPos = 0;
    } else if (c.outPos > (1u << 20)) {
        c.out.erase(0, c.outPos);
        c.outPos = 0;
    }
    if (more != c.wantWrite) {
        c.wantWrite = more;
        epoll_event ev{};
        ev.events = EPOLLIN | (more ? uint32_t(EPOLLOUT) : 0u);
        ev.data.u32 = static_cast<uint32_t>(conn);
        epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
    }
}

void WsClient::handleReadable(int conn) {
    Conn& c = *m_conns[conn];
    char buf[65536];
    for (;;) {
        const ssize_t n = ::recv(c.fd, buf, sizeof buf, 0);
        if (n > 0) {
            c.in.append(buf, static_cast<size_t>(n));
            if (static_cast<size_t>(n) < sizeof buf) break;
            continue;
        }
        if (n == 0) {
            fail(conn, "eof");
            return;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK) break;
        if (errno == EINTR) continue;
        fail(conn, std::string("recv: ") + std::strerror(errno));
        return;
    }
    size_t pos = 0;
    if (c.state == Conn::State::Handshake) {
        const size_t end = c.in.find("\r\n\r\n");
        if (end == std::string::npos) return;
        if (c.in.compare(0, 12, "HTTP/1.1 101") != 0) {
            fail(conn, "upgrade refused: " + c.in.substr(0, c.in.find("\r\n")));
            return;
        }
        c.state = Conn::State::Open;
        ++m_open;
        pos = end + 4;
        m_handler.onOpen(conn);
        if (c.fd < 0) return;
    }
    while (pos < c.in.size()) {
        Frame f;
        const size_t used = parseFrame(c.in.data() + pos, c.in.size() - pos, f);
        if (used == 0) break;
        if (used == SIZE_MAX) {
            fail(conn, "bad frame");
            return;
        }
        pos += used;
        switch (f.opcode) {
        case OpText:
        case OpBinary:
        case OpContinuation:
            if (f.fin && c.fragments.empty()) {
                m_handler.onText(conn, f.payload);
            } else {
                c.fragments.append(f.payload);
                if (f.fin) {
                    std::string whole;
                    whole.swap(c.fragments);
                    m_handler.onText(conn, whole);
                }
            }
            break;
        case OpPing: {
            std::string pong;
            appendFrame(pong, OpPong, f.payload, true, c.mask);
            c.out += pong;
            if (!c.dirty) {
                c.dirty = true;
                m_dirty.push_back(conn);
            }
            break;
        }
        case OpClose:
            fail(conn, "close frame");
            return;
        default:
            break;
        }
        if (c.fd < 0) return;
    }
    c.in.erase(0, pos);
}

bool WsClient::run(const std::function<bool()>& done, double timeoutSec, const std::function<void()>& tick) {
    const int64_t deadline = nowNs() + static_cast<int64_t>(timeoutSec * 1e9);
    epoll_event events[256];
    for (;;) {
        if (tick) tick();
        for (size_t i = 0; i < m_dirty.size(); ++i) {
            const int conn = m_dirty[i];
            m_conns[conn]->dirty = false;
            flush(conn);
        }
        m_dirty.clear();
        if (done()) return true;
        if (nowNs() > deadline) return false;
        const int n = epoll_wait(m_epoll, events, 256, tick ? 1 : 50);
        for (int i = 0; i < n; ++i) {
            const int conn = static_cast<int>(events[i].data.u32);
            Conn& c = *m_conns[conn];
            if (c.fd < 0) continue;
            if (events[i].events & (EPOLLERR | EPOLLHUP)) {
                if (!(events[i].events & EPOLLIN)) {
                    fail(conn, "socket error");
                    continue;
                }
            }
            if (events[i].events & EPOLLIN) handleReadable(conn);
            if (c.fd >= 0 && (events[i].events & EPOLLOUT)) flush(conn);
        }
    }
}

} // namespace roost::bench
