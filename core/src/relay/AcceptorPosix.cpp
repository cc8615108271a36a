#include "relay/Acceptor.h"

#include <QSocketNotifier>
#include <QTimer>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace roost::relay {

namespace {

/// Accepts per wake-up before the event loop serves the open connections again.
constexpr int kAcceptBurst = 256;
/// How long accepting pauses when the process is out of descriptors and the reserve one is
/// gone too (or the kernel is out of memory): a back-off, never a loop on the failing accept.
constexpr int kBackoffMs = 100;

/// Linux Acceptor: a non-blocking listening socket of our own with a read notifier, accept4 in
/// a bounded loop, and a reserve descriptor (/dev/null) for EMFILE: when accept fails for want
/// of descriptors, the reserve is closed, the waiting connection accepted, answered 503 and
/// closed, and the reserve opened again, so the backlog drains instead of waking the loop
/// forever. Without a reserve, accepting pauses for kBackoffMs.
class PosixAcceptor final : public Acceptor {
public:
    explicit PosixAcceptor(QObject* parent) : Acceptor(parent) {}
    ~PosixAcceptor() override { close(); }

    bool listen(const QHostAddress& address, quint16 port, QString* error) override {
        close();
        sockaddr_storage storage{};
        socklen_t length = 0;
        int family = AF_INET;
        if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            family = AF_INET6;
            auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(port);
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
            in6->sin6_scope_id = address.scopeId().toUInt();
            length = sizeof *in6;
        } else if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            auto* in4 = reinterpret_cast<sockaddr_in*>(&storage);
            in4->sin_family = AF_INET;
            in4->sin_port = htons(port);
            in4->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof *in4;
        } else {
            if (error) *error = QStringLiteral("not an IPv4 or IPv6 address: %1").arg(address.toString());
            return false;
        }
        const int fd = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) return fail(fd, error);
        const int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (family == AF_INET6) ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one); // as Qt binds "::"
        if (::bind(fd, reinterpret_cast<const sockaddr*>(&storage), length) != 0) return fail(fd, error);
        if (::listen(fd, SOMAXCONN) != 0) return fail(fd, error);
        sockaddr_storage bound{};
        socklen_t boundLength = sizeof bound;
        if (::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &boundLength) != 0) return fail(fd, error);
        m_port = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port
                                                   : reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
        m_fd = fd;
        m_reserve = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        m_notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &PosixAcceptor::acceptReady);
        return true;
    }

    quint16 port() const override { return m_port; }

    void close() override {
        delete m_notifier; // unregisters from the dispatcher while the descriptor is still open
        m_notifier = nullptr;
        if (m_fd >= 0) ::close(m_fd);
        if (m_reserve >= 0) ::close(m_reserve);
        m_fd = m_reserve = -1;
    }

    void refuse(qintptr descriptor, const QByteArray& response) override {
        const int fd = int(descriptor);
        // Read what the client already sent (its request head, usually) so that closing with
        // unread bytes does not reset the connection before it reads the answer.
        char discard[4096];
        for (int i = 0; i < 4 && ::recv(fd, discard, sizeof discard, MSG_DONTWAIT) > 0; ++i) {
        }
        [[maybe_unused]] const ssize_t n = ::send(fd, response.constData(), size_t(response.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        ::shutdown(fd, SHUT_WR);
        ::close(fd);
    }

private:
    bool fail(int fd, QString* error) {
        if (error) *error = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0) ::close(fd);
        return false;
    }

    void acceptReady() {
        for (int i = 0; i < kAcceptBurst && m_fd >= 0; ++i) {
            const int fd = ::accept4(m_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd >= 0) {
                if (m_handler) m_handler(qintptr(fd));
                else ::close(fd);
                continue;
            }
            switch (errno) {
            case EAGAIN:
#if EAGAIN != EWOULDBLOCK
            case EWOULDBLOCK:
#endif
                return; // the backlog is empty
            case EINTR:
            case ECONNABORTED:
            case EPROTO:
            case ENETDOWN:
            case ENOPROTOOPT:
            case EHOSTDOWN:
            case ENONET:
            case EHOSTUNREACH:
            case EOPNOTSUPP:
            case ENETUNREACH:
                continue; // that connection is gone (accept(2) asks to retry on these)
            case EMFILE:
            case ENFILE:
                if (refuseWithReserve()) continue;
                backOff("out of file descriptors");
                return;
            default:
                backOff(std::strerror(errno));
                return;
            }
        }
    }

    /// EMFILE: frees the reserve descriptor to accept one waiting connection, answers it 503 and
    /// closes it, then takes the reserve again. False (back off) when there is no reserve to free
    /// or it cannot be taken again, or the accept still failed.
    bool refuseWithReserve() {
        if (m_reserve < 0) {
            m_reserve = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
            return false;
        }
        ::close(m_reserve);
        m_reserve = -1;
        const int fd = ::accept4(m_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        const int acceptErrno = errno;
        const bool accepted = fd >= 0;
        if (accepted) {
            refuse(fd, refusalResponse("The relay is out of file descriptors; try again later.\n"));
            if (m_refusedOutOfFiles++ % 1000 == 0)
                std::fprintf(stderr, "roost: out of file descriptors: refusing new connections (%llu so far)\n",
                             static_cast<unsigned long long>(m_refusedOutOfFiles));
        }
        m_reserve = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        // Nothing waits any more (the client gave up): the next accept finds the backlog empty.
        const bool drained = !accepted && (acceptErrno == EAGAIN || acceptErrno == EWOULDBLOCK || acceptErrno == ECONNABORTED);
        return (accepted || drained) && m_reserve >= 0;
    }

    void backOff(const char* why) {
        if (!m_notifier || !m_notifier->isEnabled()) return;
        std::fprintf(stderr, "roost: accept failed (%s): pausing new connections for %d ms\n", why, kBackoffMs);
        m_notifier->setEnabled(false);
        QTimer::singleShot(kBackoffMs, this, [this] {
            if (m_notifier) m_notifier->setEnabled(true);
        });
    }

    int m_fd = -1;
    int m_reserve = -1;
    quint16 m_port = 0;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace

Acceptor* Acceptor::create(QObject* parent) { return new PosixAcceptor(parent); }

} // namespace roost::relay
