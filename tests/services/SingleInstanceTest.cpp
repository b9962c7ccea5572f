#include "services/process/SingleInstance.h"

#include "TestDataDir.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <future>
#include <sys/socket.h>
#include <sys/un.h>
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

// A raw client: sends bytes, then reads until the instance closes. Returns what came back.
QByteArray rawExchange(const QString& serverName, const QByteArray& bytes) {
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = serverName.toUtf8();
    std::memcpy(address.sun_path + 1, name.constData(), static_cast<size_t>(name.size()));
    const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 +
                                               static_cast<size_t>(name.size()));
    QByteArray answer;
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), length) == 0) {
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
    EXPECT_NE(first.serverName(), second.serverName());
}

TEST(SingleInstance, GarbageAndOversizedMessagesAreDroppedAndTheNextLaunchIsStillAnswered) {
    test::TestDataDir dir;
    SingleInstance running(dir.path());
    ASSERT_TRUE(running.claim());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);

    auto garbage = std::async(std::launch::async,
                              [&] { return rawExchange(running.serverName(), "not json\n"); });
    EXPECT_EQ(serveUntilReady(garbage), QByteArray()); // closed without an answer
    const QByteArray huge(SingleInstance::kMaxMessageBytes + 10, 'x');
    auto oversized =
        std::async(std::launch::async, [&] { return rawExchange(running.serverName(), huge); });
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
        name = running.serverName();
    }
    EXPECT_EQ(rawExchange(name, "[]\n"), QByteArray("no connection"));
    SingleInstance next(dir.path());
    EXPECT_TRUE(next.claim());
}
