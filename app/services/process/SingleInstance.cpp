#include "services/process/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace footcoach {

namespace {

// The abstract address: a leading NUL, then the name; its length is exact, not NUL-terminated.
socklen_t abstractAddress(const QString& name, sockaddr_un* address) {
    std::memset(address, 0, sizeof(*address));
    address->sun_family = AF_UNIX;
    const QByteArray bytes = name.toUtf8().left(sizeof(address->sun_path) - 2);
    std::memcpy(address->sun_path + 1, bytes.constData(), static_cast<size_t>(bytes.size()));
    return static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 +
                                  static_cast<size_t>(bytes.size()));
}

// Owns a file descriptor for the length of a scope.
class ScopedFd {
public:
    explicit ScopedFd(int fd)
        : m_fd(fd) {}
    ~ScopedFd() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ScopedFd(const ScopedFd&) = delete;
    ScopedFd& operator=(const ScopedFd&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

bool sendAll(int fd, const QByteArray& bytes, const QDeadlineTimer& deadline) {
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + sent,
                                 static_cast<size_t>(bytes.size() - sent), MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd p{fd, POLLOUT, 0};
            if (::poll(&p, 1, static_cast<int>(deadline.remainingTime())) <= 0)
                return false;
            continue;
        }
        return false;
    }
    return true;
}

bool sameUser(int fd) {
    ucred peer{};
    socklen_t length = sizeof(peer);
    return ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &length) == 0 && peer.uid == ::getuid();
}

} // namespace

QString SingleInstance::serverNameFor(const QString& dataDir) {
    const QByteArray key =
        QByteArray::number(::getuid()) + '\0' + QDir(dataDir).canonicalPath().toUtf8();
    return QStringLiteral("footcoach-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_serverName(serverNameFor(dataDir)) {}

SingleInstance::~SingleInstance() {
    for (auto& [fd, connection] : m_connections) {
        delete connection.notifier;
        ::close(fd);
    }
    delete m_listener;
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    if (m_lockFd >= 0)
        ::close(m_lockFd); // releases the lock
}

bool SingleInstance::claim() {
    const QByteArray lockPath =
        QFile::encodeName(QDir(m_dataDir).filePath(QStringLiteral("instance.lock")));
    const int lockFd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lockFd < 0)
        return false;
    if (::flock(lockFd, LOCK_EX | LOCK_NB) != 0) {
        ::close(lockFd);
        return false;
    }
    m_lockFd = lockFd;
    // The holder's process id, for a person looking; the lock itself is what counts.
    const QByteArray pid = QByteArray::number(::getpid()) + '\n';
    if (::ftruncate(lockFd, 0) == 0) {
        const ssize_t written =
            ::pwrite(lockFd, pid.constData(), static_cast<size_t>(pid.size()), 0);
        Q_UNUSED(written); // best effort
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    const socklen_t length = abstractAddress(m_serverName, &address);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::listen(fd, 16) != 0) {
        if (fd >= 0)
            ::close(fd);
        return true; // still the only instance; later launches just cannot reach us
    }
    m_listenFd = fd;
    m_listener = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_listener, &QSocketNotifier::activated, this, &SingleInstance::acceptConnections);
    return true;
}

bool SingleInstance::sendToRunning(const QStringList& arguments, int timeoutMs) const {
    const QByteArray message =
        QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n';
    sockaddr_un address{};
    const socklen_t length = abstractAddress(m_serverName, &address);
    // The running instance may be a moment away from listening: retry until the deadline.
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        ScopedFd socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
        if (socket.get() < 0)
            return false;
        if (::connect(socket.get(), reinterpret_cast<sockaddr*>(&address), length) != 0) {
            QThread::msleep(25); // nobody listens yet: back off briefly instead of spinning
            continue;
        }
        if (!sendAll(socket.get(), message, deadline))
            continue;
        // The running instance answers once it has taken the arguments.
        QByteArray answer;
        while (!answer.contains('\n')) {
            pollfd p{socket.get(), POLLIN, 0};
            const int waitMs = static_cast<int>(std::max<qint64>(500, deadline.remainingTime()));
            if (::poll(&p, 1, waitMs) <= 0)
                break;
            char buffer[64];
            const ssize_t n = ::recv(socket.get(), buffer, sizeof(buffer), 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            answer.append(buffer, n);
        }
        if (answer.startsWith("ok"))
            return true;
    }
    return false;
}

void SingleInstance::acceptConnections() {
    for (;;) {
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return; // EAGAIN: all taken; other errors: the next launch tries again
        if (!sameUser(fd)) {
            ::close(fd);
            continue;
        }
        Connection& connection = m_connections[fd];
        connection.fd = fd;
        connection.notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(connection.notifier, &QSocketNotifier::activated, this,
                [this, fd] { readFrom(fd); });
    }
}

void SingleInstance::readFrom(int fd) {
    auto it = m_connections.find(fd);
    if (it == m_connections.end())
        return;
    Connection& connection = it->second;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof(buffer), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break; // the rest comes later
        if (n <= 0) {
            dropConnection(fd); // closed before a whole message came
            return;
        }
        connection.received.append(buffer, n);
        if (connection.received.size() > kMaxMessageBytes) {
            dropConnection(fd);
            return;
        }
    }
    const qsizetype end = connection.received.indexOf('\n');
    if (end < 0)
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(connection.received.left(end));
    if (!doc.isArray()) {
        dropConnection(fd); // not a launch of ours
        return;
    }
    QStringList arguments;
    for (const QJsonValue& v : doc.array())
        arguments.append(v.toString());
    ::send(fd, "ok\n", 3, MSG_NOSIGNAL);
    dropConnection(fd);
    Q_EMIT argumentsReceived(arguments);
}

void SingleInstance::dropConnection(int fd) {
    auto it = m_connections.find(fd);
    if (it == m_connections.end())
        return;
    // The notifier may be the sender of the signal being handled: delete it later.
    it->second.notifier->setEnabled(false);
    it->second.notifier->deleteLater();
    ::close(fd);
    m_connections.erase(it);
}

} // namespace footcoach
