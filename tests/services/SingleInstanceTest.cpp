#include "services/process/SingleInstance.h"

#include "Prerequisite.h"
#include "TestDataDir.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <future>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace footcoach;
using namespace std::chrono_literals;

namespace {

// Runs the event loop until the future is ready (the running instance answers from it).
template <typename T> T serveUntilReady(std::future<T>& future) {
    const QDeadlineTimer deadline(10'000);
    while (future.wait_for(0ms) != std::future_status::ready && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    EXPECT_EQ(future.wait_for(0ms), std::future_status::ready);
    return future.get();
}

sockaddr_un pathAddress(const QString& path) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray bytes = QFile::encodeName(path).left(sizeof(address.sun_path) - 1);
    std::memcpy(address.sun_path, bytes.constData(), static_cast<size_t>(bytes.size()));
    return address;
}

// A raw client: sends bytes, then reads until the instance closes. Returns what came back.
QByteArray rawExchange(const QString& socketPath, const QByteArray& bytes) {
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_un address = pathAddress(socketPath);
    QByteArray answer;
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0) {
        ::send(fd, bytes.constData(), static_cast<size_t>(bytes.size()), MSG_NOSIGNAL);
        char buffer[64];
        ssize_t n;
        while ((n = ::recv(fd, buffer, sizeof(buffer), 0)) > 0)
            answer.append(buffer, n);
    } else {
        answer = "no connection";
    }
    ::close(fd);
    return answer;
}

// The abstract socket name the instance listened on before the channel was made private, which
// anyone could compute from the uid and the data directory.
QByteArray oldAbstractName(const QString& dataDir) {
    const QByteArray key =
        QByteArray::number(::getuid()) + '\0' + QDir(dataDir).canonicalPath().toUtf8();
    return "footcoach-" +
           QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24);
}

// A socket bound (not yet listening) at an abstract name or a path.
int boundSocket(const sockaddr_un& address, socklen_t length) {
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    EXPECT_GE(fd, 0);
    EXPECT_EQ(::bind(fd, reinterpret_cast<const sockaddr*>(&address), length), 0)
        << std::strerror(errno);
    return fd;
}

int boundToAbstractName(const QByteArray& name) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path + 1, name.constData(), static_cast<size_t>(name.size()));
    return boundSocket(address, static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 +
                                                       static_cast<size_t>(name.size())));
}

int boundToPath(const QString& path) {
    const sockaddr_un address = pathAddress(path);
    return boundSocket(address, sizeof(address));
}

// Another local user: `nobody`. Tests that need one run as root (CI does).
struct OtherUser {
    uid_t uid = 0;
    gid_t gid = 0;
    bool available = false;
};

OtherUser nobody() {
    OtherUser user;
    const passwd* entry = ::getpwnam("nobody");
    if (entry != nullptr && ::geteuid() == 0 && entry->pw_uid != 0) {
        user.uid = entry->pw_uid;
        user.gid = entry->pw_gid;
        user.available = true;
    }
    return user;
}

// A child process running as the other user; what it reports comes back through a pipe.
// Between fork and _exit the child makes system calls only (the test process has threads).
class ChildAsOtherUser {
public:
    // body(reportFd, stopFd) runs as the other user; it writes its report to reportFd and may
    // wait for stopFd to reach end of file (the parent calls stop()).
    ChildAsOtherUser(const OtherUser& user, const std::function<void(int, int)>& body) {
        int report[2];
        int stop[2];
        EXPECT_EQ(::pipe2(report, O_CLOEXEC), 0);
        EXPECT_EQ(::pipe2(stop, O_CLOEXEC), 0);
        m_pid = ::fork();
        if (m_pid == 0) {
            ::close(report[0]);
            ::close(stop[1]);
            if (::setgroups(0, nullptr) != 0 || ::setresgid(user.gid, user.gid, user.gid) != 0 ||
                ::setresuid(user.uid, user.uid, user.uid) != 0)
                ::_exit(3);
            ::prctl(PR_SET_DUMPABLE, 1); // its own /proc/self/fd, as any process of that user
            body(report[1], stop[0]);
            ::_exit(0);
        }
        ::close(report[1]);
        ::close(stop[0]);
        m_report = report[0];
        m_stop = stop[1];
    }
    ~ChildAsOtherUser() {
        stop();
        ::close(m_report);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "child status " << status;
    }
    ChildAsOtherUser(const ChildAsOtherUser&) = delete;
    ChildAsOtherUser& operator=(const ChildAsOtherUser&) = delete;

    void stop() {
        if (m_stop >= 0)
            ::close(m_stop);
        m_stop = -1;
    }
    // Runs the event loop (the instance answers from it) until the child has reported `size`
    // bytes or closed its end, or 10 s passed; returns the report.
    QByteArray report(qsizetype size) {
        QByteArray bytes;
        bool closed = false;
        QSocketNotifier notifier(m_report, QSocketNotifier::Read);
        QObject::connect(&notifier, &QSocketNotifier::activated, [&] {
            char buffer[256];
            const ssize_t n = ::read(m_report, buffer, sizeof(buffer));
            if (n > 0)
                bytes.append(buffer, n);
            else
                closed = true;
        });
        const QDeadlineTimer deadline(10'000);
        while (bytes.size() < size && !closed && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        EXPECT_FALSE(deadline.hasExpired()) << "the child did not report in time";
        return bytes;
    }

private:
    pid_t m_pid = -1;
    int m_report = -1;
    int m_stop = -1;
};

void writeText(int fd, const char* text) {
    const ssize_t n = ::write(fd, text, std::strlen(text));
    (void)n;
}

// A server posing as the instance, in the child: listens on the given bound sockets, answers
// "ok" to each message as a real instance would, reports "ready" once listening, and, when told
// to stop, "got <n>": how many bytes launches sent it.
void serveAsPoser(int reportFd, int stopFd, const int* fds, int count) {
    for (int i = 0; i < count; ++i)
        if (::listen(fds[i], 16) != 0)
            ::_exit(4);
    writeText(reportFd, "ready\n");
    long received = 0;
    for (;;) {
        pollfd polls[3] = {{stopFd, POLLIN, 0}, {-1, POLLIN, 0}, {-1, POLLIN, 0}};
        for (int i = 0; i < count; ++i)
            polls[i + 1].fd = fds[i];
        if (::poll(polls, static_cast<nfds_t>(count + 1), 10'000) <= 0 || polls[0].revents != 0)
            break;
        for (int i = 0; i < count; ++i) {
            if (polls[i + 1].revents == 0)
                continue;
            const int client = ::accept(fds[i], nullptr, nullptr);
            if (client < 0)
                continue;
            char buffer[4096];
            pollfd in{client, POLLIN, 0};
            while (::poll(&in, 1, 2000) > 0) {
                const ssize_t n = ::recv(client, buffer, sizeof(buffer), 0);
                if (n <= 0)
                    break;
                received += n;
                if (std::memchr(buffer, '\n', static_cast<size_t>(n)) != nullptr) {
                    ::send(client, "ok\n", 3, MSG_NOSIGNAL);
                    break;
                }
            }
            ::close(client);
        }
    }
    char line[32];
    const int length = std::snprintf(line, sizeof(line), "got %ld\n", received);
    const ssize_t n = ::write(reportFd, line, static_cast<size_t>(length));
    (void)n;
}

bool isPrivateDirectoryOfOurs(const QString& path) {
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISDIR(info.st_mode) &&
           info.st_uid == ::getuid() && (info.st_mode & 07777) == 0700;
}

// Sets XDG_RUNTIME_DIR for one test and puts the old value back.
class RuntimeDirectory {
public:
    explicit RuntimeDirectory(const QByteArray& value)
        : m_had(qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        , m_old(qgetenv("XDG_RUNTIME_DIR")) {
        qputenv("XDG_RUNTIME_DIR", value);
    }
    ~RuntimeDirectory() {
        if (m_had)
            qputenv("XDG_RUNTIME_DIR", m_old);
        else
            qunsetenv("XDG_RUNTIME_DIR");
    }

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST(SingleInstance, ALaterLaunchHandsItsArgumentsToTheRunningOne) {
    test::TestDataDir dir;
    SingleInstance running(dir.path());
    ASSERT_TRUE(running.claim());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);

    SingleInstance later(dir.path());
    EXPECT_FALSE(later.claim());
    const QStringList arguments{"footcoach", "--start-session", "--slot", "evening", "Ünïcode ✓"};
    auto sent = std::async(std::launch::async, [&] { return later.sendToRunning(arguments); });
    EXPECT_TRUE(serveUntilReady(sent));
    ASSERT_EQ(received.size(), 1);
    EXPECT_EQ(received.at(0).at(0).toStringList(), arguments);
}

TEST(SingleInstance, WithNobodyRunningTheHandOverGivesUpAtItsDeadline) {
    test::TestDataDir dir;
    SingleInstance later(dir.path());
    EXPECT_FALSE(later.sendToRunning({"footcoach"}, 200));
}

TEST(SingleInstance, EachDataDirectoryHasItsOwnInstance) {
    test::TestDataDir one;
    test::TestDataDir two;
    SingleInstance first(one.path());
    SingleInstance second(two.path());
    EXPECT_TRUE(first.claim());
    EXPECT_TRUE(second.claim());
    EXPECT_NE(first.socketPath(), second.socketPath());
}

TEST(SingleInstance, GarbageAndOversizedMessagesAreDroppedAndTheNextLaunchIsStillAnswered) {
    test::TestDataDir dir;
    SingleInstance running(dir.path());
    ASSERT_TRUE(running.claim());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);

    auto garbage = std::async(std::launch::async,
                              [&] { return rawExchange(running.socketPath(), "not json\n"); });
    EXPECT_EQ(serveUntilReady(garbage), QByteArray()); // closed without an answer
    const QByteArray huge(SingleInstance::kMaxMessageBytes + 10, 'x');
    auto oversized =
        std::async(std::launch::async, [&] { return rawExchange(running.socketPath(), huge); });
    EXPECT_EQ(serveUntilReady(oversized), QByteArray());
    EXPECT_EQ(received.size(), 0);

    SingleInstance later(dir.path());
    auto sent = std::async(std::launch::async, [&] { return later.sendToRunning({"footcoach"}); });
    EXPECT_TRUE(serveUntilReady(sent));
    EXPECT_EQ(received.size(), 1);
}

TEST(SingleInstance, TheSocketGoesWithTheInstance) {
    test::TestDataDir dir;
    QString name;
    {
        SingleInstance running(dir.path());
        ASSERT_TRUE(running.claim());
        name = running.socketPath();
        ASSERT_TRUE(QFileInfo::exists(name));
    }
    EXPECT_FALSE(QFileInfo::exists(name)); // removed while the lock was still held
    EXPECT_EQ(rawExchange(name, "[]\n"), QByteArray("no connection"));
    SingleInstance next(dir.path());
    EXPECT_TRUE(next.claim());
}

// The attack of issue 13: another user binds the name the channel used to have before the
// instance starts. It must be sent nothing, and the later launch must reach the real instance.
TEST(SingleInstance, AnotherUserOnTheOldAbstractNameGetsNothingAndTheLaunchReachesTheInstance) {
    const OtherUser other = nobody();
    FOOTCOACH_REQUIRE(other.available, "root and a user `nobody`, to run as another user");
    test::TestDataDir dir;
    const int squatted = boundToAbstractName(oldAbstractName(dir.path()));
    ChildAsOtherUser squatter(
        other, [&](int report, int stop) { serveAsPoser(report, stop, &squatted, 1); });
    ::close(squatted);
    ASSERT_EQ(squatter.report(6), QByteArray("ready\n"));

    SingleInstance running(dir.path());
    ASSERT_TRUE(running.claim());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);
    SingleInstance later(dir.path());
    EXPECT_FALSE(later.claim());
    const QStringList arguments{"footcoach",       "--data-dir", dir.path(),
                                "--start-session", "--routine",  "/path/short.json"};
    auto sent = std::async(std::launch::async, [&] { return later.sendToRunning(arguments); });
    EXPECT_TRUE(serveUntilReady(sent));
    ASSERT_EQ(received.size(), 1);
    EXPECT_EQ(received.at(0).at(0).toStringList(), arguments);

    squatter.stop();
    EXPECT_EQ(squatter.report(6), QByteArray("got 0\n"));
}

// Another user can neither connect to the instance's socket nor create a file beside it: the
// directory is 0700. And were the socket reachable (here through a descriptor the test lends,
// with the socket file opened to all), the instance would still answer it nothing.
TEST(SingleInstance, AnotherUserCannotReachTheInstanceAndIsNotAnsweredIfItDoes) {
    const OtherUser other = nobody();
    FOOTCOACH_REQUIRE(other.available, "root and a user `nobody`, to run as another user");
    test::TestDataDir dir;
    SingleInstance running(dir.path());
    ASSERT_TRUE(running.claim());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);
    const QString path = running.socketPath();
    ASSERT_FALSE(path.isEmpty());
    EXPECT_TRUE(isPrivateDirectoryOfOurs(QFileInfo(path).path())) << path.toStdString();

    const sockaddr_un address = pathAddress(path);
    const sockaddr_un beside = pathAddress(QFileInfo(path).path() + QStringLiteral("/poser"));
    {
        ChildAsOtherUser stranger(other, [&](int report, int) {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            const bool connected =
                ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0;
            writeText(report, connected ? "connected\n" : errno == EACCES ? "EACCES\n" : "other\n");
            const int poser = ::socket(AF_UNIX, SOCK_STREAM, 0);
            const bool bound =
                ::bind(poser, reinterpret_cast<const sockaddr*>(&beside), sizeof(beside)) == 0;
            writeText(report, bound ? "bound\n" : errno == EACCES ? "EACCES\n" : "other\n");
        });
        EXPECT_EQ(stranger.report(14), QByteArray("EACCES\nEACCES\n"));
    }

    // Past the directory: /proc/self/fd/<n> names the socket without searching the directory.
    const int lent = ::open(QFile::encodeName(path).constData(), O_PATH | O_CLOEXEC);
    ASSERT_GE(lent, 0) << std::strerror(errno);
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0777), 0);
    const sockaddr_un viaProc = pathAddress(QStringLiteral("/proc/self/fd/%1").arg(lent));
    {
        ChildAsOtherUser stranger(other, [&](int report, int) {
            ::fcntl(lent, F_SETFD, 0);
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            if (::connect(fd, reinterpret_cast<const sockaddr*>(&viaProc), sizeof(viaProc)) != 0) {
                writeText(report, "no connection\n");
                return;
            }
            const char message[] = "[\"footcoach\",\"--start-session\"]\n";
            ::send(fd, message, sizeof(message) - 1, MSG_NOSIGNAL);
            char answer[16];
            pollfd in{fd, POLLIN, 0};
            const bool answered = ::poll(&in, 1, 5000) > 0 && ::recv(fd, answer, 16, 0) > 0;
            writeText(report, answered ? "answered\n" : "dropped\n");
        });
        EXPECT_EQ(stranger.report(8), QByteArray("dropped\n"));
    }
    ::close(lent);
    EXPECT_EQ(received.size(), 0);
}

// A server of another user at the socket's path (and at the old abstract name) poses as the
// instance: the launch checks who serves the socket and sends it nothing.
TEST(SingleInstance, ALaunchSendsNothingToAServerOfAnotherUser) {
    const OtherUser other = nobody();
    FOOTCOACH_REQUIRE(other.available, "root and a user `nobody`, to run as another user");
    test::TestDataDir dir;
    SingleInstance later(dir.path());
    ASSERT_FALSE(later.socketPath().isEmpty());
    // Bound here (the directory lets only us in), listening in the child as the other user:
    // the listener's credentials are what a client sees.
    const int posed[2] = {boundToPath(later.socketPath()),
                          boundToAbstractName(oldAbstractName(dir.path()))};
    {
        ChildAsOtherUser poser(other,
                               [&](int report, int stop) { serveAsPoser(report, stop, posed, 2); });
        ::close(posed[0]);
        ::close(posed[1]);
        ASSERT_EQ(poser.report(6), QByteArray("ready\n"));
        EXPECT_FALSE(later.sendToRunning({"footcoach", "--routine", "/path/short.json"}, 500));
        poser.stop();
        EXPECT_EQ(poser.report(6), QByteArray("got 0\n"));
    }
    ::unlink(QFile::encodeName(later.socketPath()).constData());
}

// A killed instance leaves its socket file (the lock goes with it): the next instance replaces
// the file, and a later launch reaches it.
TEST(SingleInstance, AStaleSocketFileIsReplacedByTheNextInstance) {
    test::TestDataDir dir;
    SingleInstance next(dir.path());
    const QString path = next.socketPath();
    ASSERT_FALSE(path.isEmpty());
    ::close(boundToPath(path)); // what SIGKILL leaves: the file, nobody listening
    struct stat info {};
    ASSERT_EQ(::lstat(QFile::encodeName(path).constData(), &info), 0);
    ASSERT_TRUE(S_ISSOCK(info.st_mode));
    EXPECT_EQ(rawExchange(path, "[]\n"), QByteArray("no connection"));

    ASSERT_TRUE(next.claim());
    QSignalSpy received(&next, &SingleInstance::argumentsReceived);
    SingleInstance later(dir.path());
    auto sent = std::async(std::launch::async, [&] { return later.sendToRunning({"footcoach"}); });
    EXPECT_TRUE(serveUntilReady(sent));
    EXPECT_EQ(received.size(), 1);
}

// XDG_RUNTIME_DIR is used when it is the user's own 0700 directory; its footcoach directory is
// set to 0700 when it is not; a runtime directory that is open to others, or too long for a
// socket path, is passed over for /tmp/footcoach-<uid>.
TEST(SingleInstance, TheSocketIsInAPrivateDirectoryOfTheUsers) {
    QTemporaryDir runtime; // 0700, ours
    ASSERT_TRUE(runtime.isValid());
    const QString fallback = QStringLiteral("/tmp/footcoach-%1").arg(::getuid());
    test::TestDataDir dir;
    {
        RuntimeDirectory env(QFile::encodeName(runtime.path()));
        ASSERT_EQ(::mkdir(QFile::encodeName(runtime.filePath("footcoach")).constData(), 0755), 0);
        ASSERT_EQ(::chmod(QFile::encodeName(runtime.filePath("footcoach")).constData(), 0755), 0);
        SingleInstance instance(dir.path());
        EXPECT_EQ(QFileInfo(instance.socketPath()).path(), runtime.filePath("footcoach"));
        EXPECT_TRUE(isPrivateDirectoryOfOurs(runtime.filePath("footcoach")));
        ASSERT_TRUE(instance.claim());
        QSignalSpy received(&instance, &SingleInstance::argumentsReceived);
        SingleInstance later(dir.path());
        auto sent = std::async(std::launch::async, [&] { return later.sendToRunning({"x"}); });
        EXPECT_TRUE(serveUntilReady(sent));
        EXPECT_EQ(received.size(), 1);
    }
    {
        ASSERT_EQ(::chmod(QFile::encodeName(runtime.path()).constData(), 0755), 0);
        RuntimeDirectory env(QFile::encodeName(runtime.path()));
        SingleInstance instance(dir.path());
        EXPECT_EQ(QFileInfo(instance.socketPath()).path(), fallback);
        EXPECT_TRUE(isPrivateDirectoryOfOurs(fallback));
        ASSERT_EQ(::chmod(QFile::encodeName(runtime.path()).constData(), 0700), 0);
    }
    {
        RuntimeDirectory env(QFile::encodeName(runtime.path()) + "/" + QByteArray(100, 'x'));
        SingleInstance instance(dir.path());
        EXPECT_EQ(QFileInfo(instance.socketPath()).path(), fallback);
    }
}
