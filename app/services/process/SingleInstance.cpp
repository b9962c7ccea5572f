#include "services/process/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace footcoach {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "footcoach.instance", QtWarningMsg)

// A socket path must fit sun_path with its terminating NUL.
constexpr size_t kMaxSocketPath = sizeof(sockaddr_un::sun_path) - 1;
// The socket's name: 24 hex digits of a hash; a path is its directory, a slash and this.
constexpr size_t kSocketNameLength = 24;

bool fileAddress(const QByteArray& path, sockaddr_un* address) {
    std::memset(address, 0, sizeof(*address));
    address->sun_family = AF_UNIX;
    if (path.isEmpty() || static_cast<size_t>(path.size()) > kMaxSocketPath)
        return false;
    std::memcpy(address->sun_path, path.constData(), static_cast<size_t>(path.size()));
    return true;
}

// True when the directory is the user's own, not a link and mode 0700. With repair, a directory
// of the user's own with another mode is set to 0700. Opened without following links, then
// checked and changed through the descriptor, so a link swapped in meanwhile is not followed.
bool isPrivateDirectory(const QByteArray& path, bool repair) {
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat info {};
    bool ok = ::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == ::getuid();
    if (ok && (info.st_mode & 07777) != 0700) {
        ok = repair && ::fchmod(fd, 0700) == 0;
        if (ok)
            qCWarning(lcInstance, "%s had mode %o; set to 0700", path.constData(),
                      info.st_mode & 07777);
    }
    ::close(fd);
    return ok;
}

// XDG_RUNTIME_DIR when it is usable: absolute, the user's own, a directory no one else can enter
// (the spec's 0700; it is the user's, so it is not changed here), short enough for a socket path.
QByteArray runtimeDirectory(bool warn) {
    const QByteArray dir = qgetenv("XDG_RUNTIME_DIR");
    if (dir.isEmpty())
        return {};
    const QByteArray ours = dir + "/footcoach";
    if (static_cast<size_t>(ours.size()) + 1 + kSocketNameLength > kMaxSocketPath) {
        if (warn)
            qCWarning(lcInstance,
                      "XDG_RUNTIME_DIR is too long for a Unix socket path (%lld bytes): using /tmp",
                      static_cast<long long>(dir.size()));
        return {};
    }
    struct stat info {};
    if (!dir.startsWith('/') || ::stat(dir.constData(), &info) != 0 || !S_ISDIR(info.st_mode) ||
        info.st_uid != ::getuid() || (info.st_mode & 077) != 0) {
        if (warn)
            qCWarning(lcInstance,
                      "XDG_RUNTIME_DIR %s is not a 0700 directory of this user's: using /tmp",
                      dir.constData());
        return {};
    }
    return ours;
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

bool peerIsSameUser(int fd) {
    ucred peer{};
    socklen_t length = sizeof(peer);
    return ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &peer, &length) == 0 &&
           length == sizeof(peer) && peer.uid == ::getuid();
}

// The directories the socket may be in, the preferred first.
QList<QByteArray> candidateDirectories(bool warn) {
    QList<QByteArray> candidates;
    if (const QByteArray runtime = runtimeDirectory(warn); !runtime.isEmpty())
        candidates.append(runtime);
    // /tmp is sticky: no one else can rename or remove a directory of ours in it.
    candidates.append("/tmp/footcoach-" + QByteArray::number(::getuid()));
    return candidates;
}

// Where the instance listens: the first candidate that is, or is made, a private directory.
QByteArray listenDirectory() {
    for (const QByteArray& dir : candidateDirectories(true)) {
        if (::mkdir(dir.constData(), 0700) != 0 && errno != EEXIST)
            continue;
        if (isPrivateDirectory(dir, true))
            return dir;
        qCWarning(lcInstance, "%s is not a private directory of this user's: not used",
                  dir.constData());
    }
    return {};
}

} // namespace

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir) {
    const QByteArray key =
        QByteArray::number(::getuid()) + '\0' + QDir(dataDir).canonicalPath().toUtf8();
    m_socketName = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(kSocketNameLength));
    if (const QByteArray dir = listenDirectory(); !dir.isEmpty())
        m_socketPath = QFile::decodeName(dir) + u'/' + m_socketName;
}

SingleInstance::~SingleInstance() {
    for (auto& [fd, connection] : m_connections) {
        delete connection.notifier;
        ::close(fd);
    }
    delete m_listener;
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
        // Still holding the lock: the file is ours, not a successor's.
        ::unlink(QFile::encodeName(m_socketPath).constData());
    }
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
    const QByteArray path = QFile::encodeName(m_socketPath);
    sockaddr_un address{};
    if (!fileAddress(path, &address)) {
        qCWarning(lcInstance, "no private directory for the instance's socket: later launches "
                              "cannot reach this one");
        return true; // still the only instance; later launches just cannot reach us
    }
    // Holding the lock, this is the only instance: a file at the path was left by one that was
    // killed, and nothing is listening on it.
    ::unlink(path.constData());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0 ||
        ::listen(fd, 16) != 0) {
        const int error = errno;
        qCWarning(lcInstance, "cannot listen at %s: %s; later launches cannot reach this one",
                  path.constData(), std::strerror(error));
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
    // The running instance may be a moment away from listening: retry until the deadline.
    const QDeadlineTimer deadline(timeoutMs);
    bool posed = false;
    while (!deadline.hasExpired()) {
        if (tryOnce(message, deadline, &posed))
            return true;
        QThread::msleep(25); // nobody listens yet: back off briefly instead of spinning
    }
    if (posed)
        qCWarning(lcInstance, "a process of another user serves the instance's socket: "
                              "nothing was sent to it");
    return false;
}

// One try at each private directory (the instance may have been started with another
// XDG_RUNTIME_DIR), none created or changed here.
bool SingleInstance::tryOnce(const QByteArray& message, const QDeadlineTimer& deadline,
                             bool* posed) const {
    for (const QByteArray& dir : candidateDirectories(false)) {
        sockaddr_un address{};
        if (!isPrivateDirectory(dir, false) ||
            !fileAddress(dir + '/' + m_socketName.toLatin1(), &address))
            continue;
        ScopedFd socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
        if (socket.get() < 0)
            return false;
        if (::connect(socket.get(), reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0)
            continue;
        // A server of another user is posing as the instance: it is told nothing.
        if (!peerIsSameUser(socket.get())) {
            *posed = true;
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
        if (!peerIsSameUser(fd)) {
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
