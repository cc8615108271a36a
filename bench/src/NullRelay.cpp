// roost-null-relay: a WebSocket server that answers Nostr messages without doing any work
// (EVENT -> OK true and a copy to every open subscription, REQ -> EOSE, CLOSE -> forget). It
// measures the load generator's own ceiling: whatever roost-bench reaches against it is the
// most it can measure. One thread, epoll, no TLS.
//
// usage: roost-null-relay [--port N] [--req-events N]
//   --port 0 (default) = any free port; prints "roost: listening on ws://127.0.0.1:PORT".
//   --req-events N (default 100): each REQ is answered with N copies of one canned event before
//   EOSE, so the query scenario also measures how many delivered events the client can take.
#include "Common.h"
#include "WsFrame.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <set>
#include <string>
#include <unordered_map>

namespace {

using namespace roost::bench;

struct Client {
    int fd = -1;
    bool open = false;
    std::string in, out;
    size_t outPos = 0;
    std::set<std::string> subs;
    bool wantWrite = false;
};

int g_epoll = -1;
int g_reqEvents = 100;
const char* const kCanned =
    "{\"id\":\"0000000000000000000000000000000000000000000000000000000000000000\",\"pubkey\":"
    "\"0000000000000000000000000000000000000000000000000000000000000001\",\"created_at\":1700000000,\"kind\":1,"
    "\"tags\":[[\"t\",\"nostr\"]],\"content\":\"a canned note of about the median size of a real one\",\"sig\":"
    "\"00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000\"}";
std::unordered_map<int, Client> g_clients;
std::set<int> g_subscribed; // fds with at least one subscription

void watch(Client& c, bool write) {
    if (write == c.wantWrite) return;
    c.wantWrite = write;
    epoll_event ev{};
    ev.events = EPOLLIN | (write ? uint32_t(EPOLLOUT) : 0u);
    ev.data.fd = c.fd;
    epoll_ctl(g_epoll, EPOLL_CTL_MOD, c.fd, &ev);
}

void drop(int fd) {
    epoll_ctl(g_epoll, EPOLL_CTL_DEL, fd, nullptr);
    ::close(fd);
    g_subscribed.erase(fd);
    g_clients.erase(fd);
}

bool flush(Client& c) {
    while (c.outPos < c.out.size()) {
        const ssize_t n = ::send(c.fd, c.out.data() + c.outPos, c.out.size() - c.outPos, MSG_NOSIGNAL);
        if (n > 0) { c.outPos += size_t(n); continue; }
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) break;
        return false;
    }
    if (c.outPos == c.out.size()) { c.out.clear(); c.outPos = 0; }
    watch(c, c.outPos < c.out.size());
    return true;
}

void sendText(Client& c, std::string_view text) { appendFrame(c.out, OpText, text, false); }

std::string quotedAfter(std::string_view m, size_t from) {
    const size_t a = m.find('"', from);
    const size_t b = a == std::string_view::npos ? a : m.find('"', a + 1);
    return b == std::string_view::npos ? std::string() : std::string(m.substr(a + 1, b - a - 1));
}

void onMessage(Client& c, std::string_view m, std::set<int>& touched) {
    if (m.rfind("[\"EVENT\",", 0) == 0) {
        const std::string_view id = findIdHex(m);
        sendText(c, "[\"OK\",\"" + std::string(id) + "\",true,\"\"]");
        const std::string_view event = m.substr(9, m.size() - 10);
        for (int fd : g_subscribed) {
            Client& s = g_clients.at(fd);
            for (const auto& sub : s.subs) sendText(s, "[\"EVENT\",\"" + sub + "\"," + std::string(event) + "]");
            touched.insert(fd);
        }
    } else if (m.rfind("[\"REQ\",", 0) == 0) {
        const std::string sub = quotedAfter(m, 6);
        c.subs.insert(sub);
        g_subscribed.insert(c.fd);
        const std::string event = "[\"EVENT\",\"" + sub + "\"," + kCanned + "]";
        for (int i = 0; i < g_reqEvents; ++i) sendText(c, event);
        sendText(c, "[\"EOSE\",\"" + sub + "\"]");
    } else if (m.rfind("[\"CLOSE\",", 0) == 0) {
        c.subs.erase(quotedAfter(m, 8));
        if (c.subs.empty()) g_subscribed.erase(c.fd);
    }
}

void onReadable(Client& c, std::set<int>& touched) {
    char buf[65536];
    for (;;) {
        const ssize_t n = ::recv(c.fd, buf, sizeof buf, 0);
        if (n > 0) { c.in.append(buf, size_t(n)); if (size_t(n) < sizeof buf) break; continue; }
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) break;
        drop(c.fd);
        return;
    }
    size_t pos = 0;
    if (!c.open) {
        const size_t end = c.in.find("\r\n\r\n");
        if (end == std::string::npos) return;
        const std::string head = c.in.substr(0, end);
        std::string key;
        const size_t k = head.find("Sec-WebSocket-Key:");
        if (k != std::string::npos) {
            size_t a = k + 18;
            while (a < head.size() && head[a] == ' ') ++a;
            key = head.substr(a, head.find("\r\n", a) - a);
        }
        c.out += "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Accept: " + websocketAccept(key) + "\r\n\r\n";
        c.open = true;
        pos = end + 4;
        touched.insert(c.fd);
    }
    while (pos < c.in.size()) {
        Frame f;
        const size_t used = parseFrame(c.in.data() + pos, c.in.size() - pos, f);
        if (used == 0) break;
        if (used == SIZE_MAX || f.opcode == OpClose) { drop(c.fd); return; }
        pos += used;
        if (f.opcode == OpText) onMessage(c, f.payload, touched);
        else if (f.opcode == OpPing) appendFrame(c.out, OpPong, f.payload, false);
        touched.insert(c.fd);
    }
    c.in.erase(0, pos);
}

} // namespace

int main(int argc, char** argv) {
    int port = 0;
    for (int i = 1; i + 1 < argc; ++i)
        if (!std::strcmp(argv[i], "--port")) port = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--req-events")) g_reqEvents = std::atoi(argv[i + 1]);
    std::signal(SIGPIPE, SIG_IGN);
    const int lfd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int one = 1;
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(lfd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) < 0 || listen(lfd, 4096) < 0) {
        std::perror("roost-null-relay: bind/listen");
        return 1;
    }
    socklen_t len = sizeof addr;
    getsockname(lfd, reinterpret_cast<sockaddr*>(&addr), &len);
    std::printf("roost: listening on ws://127.0.0.1:%d\n", ntohs(addr.sin_port));
    std::fflush(stdout);
    g_epoll = epoll_create1(0);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = lfd;
    epoll_ctl(g_epoll, EPOLL_CTL_ADD, lfd, &ev);
    epoll_event events[256];
    for (;;) {
        const int n = epoll_wait(g_epoll, events, 256, -1);
        std::set<int> touched;
        for (int i = 0; i < n; ++i) {
            const int fd = events[i].data.fd;
            if (fd == lfd) {
                int cfd;
                while ((cfd = accept4(lfd, nullptr, nullptr, SOCK_NONBLOCK)) >= 0) {
                    setsockopt(cfd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    Client c;
                    c.fd = cfd;
                    g_clients.emplace(cfd, std::move(c));
                    epoll_event cev{};
                    cev.events = EPOLLIN;
                    cev.data.fd = cfd;
                    epoll_ctl(g_epoll, EPOLL_CTL_ADD, cfd, &cev);
                }
                continue;
            }
            auto it = g_clients.find(fd);
            if (it == g_clients.end()) continue;
            if (events[i].events & EPOLLIN) onReadable(it->second, touched);
            else if (events[i].events & (EPOLLERR | EPOLLHUP)) { drop(fd); continue; }
            if ((events[i].events & EPOLLOUT) && g_clients.count(fd)) touched.insert(fd);
        }
        for (int fd : touched) {
            auto it = g_clients.find(fd);
            if (it != g_clients.end() && !flush(it->second)) drop(fd);
        }
    }
}
