#include "FakeClock.h"
#include "Prerequisite.h"
#include "StorageTestSupport.h"
#include "TestDataDir.h"

#include "footcoach/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

#include <grp.h>
#include <unistd.h>

#include <cerrno>

using namespace footcoach;
using namespace footcoach::test;

namespace {

// Drives the script child, whose file writes libfiu can make fail on command.
class FaultChild {
public:
    explicit FaultChild(const QString& dataDir)
        : m_lines(m_process) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // In the asan build the sanitizer runtime must come before libfiu, which wraps malloc.
        const QString sanitizer = QStringLiteral(FOOTCOACH_SANITIZER_RUNTIME);
        env.insert(QStringLiteral("LD_PRELOAD"),
                   (sanitizer.isEmpty() ? QString() : sanitizer + QLatin1Char(' ')) +
                       QStringLiteral(FOOTCOACH_FIU_PRELOAD));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(FOOTCOACH_STORAGE_CHILD),
                        {QStringLiteral("script"), dataDir});
        m_process.waitForStarted(10000);
    }
    ~FaultChild() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.write("quit\n");
            if (!m_process.waitForFinished(10000))
                m_process.kill();
        }
    }
    QString send(const QString& command) {
        m_process.write((command + QLatin1Char('\n')).toUtf8());
        return m_lines.next().value_or(QStringLiteral("NO REPLY: ") +
                                       QString::fromUtf8(m_process.readAllStandardError()));
    }

private:
    QProcess m_process;
    ChildLines m_lines;
};

bool faultInjectionAvailable(QString* why) {
    if (!FOOTCOACH_CHILD_HAS_FIU) {
        *why = QStringLiteral("the child was built without libfiu (apt-get install libfiu-dev)");
        return false;
    }
    if (!QFileInfo::exists(QStringLiteral(FOOTCOACH_FIU_PRELOAD))) {
        *why = QStringLiteral("fiu_posix_preload.so is missing (apt-get install fiu-utils)");
        return false;
    }
    return true;
}

TEST(FaultTest, AFullDiskRollsBackTheHoldSaysSoAndKeepsEverythingEarlier) {
    QString why;
    FOOTCOACH_REQUIRE(faultInjectionAvailable(&why), why.toStdString());
    TestDataDir dir;
    FaultChild child(dir.path());
    ASSERT_EQ(child.send(QStringLiteral("open")), QStringLiteral("OK"));
    const QString begun = child.send(QStringLiteral("begin"));
    ASSERT_TRUE(begun.startsWith(QStringLiteral("OK "))) << begun.toStdString();
    const QString session = begun.mid(3);
    ASSERT_EQ(child.send(QStringLiteral("hold %1 1").arg(session)), QStringLiteral("OK"));
    ASSERT_EQ(child.send(QStringLiteral("hold %1 2").arg(session)), QStringLiteral("OK"));

    ASSERT_EQ(child.send(QStringLiteral("fail-writes %1").arg(ENOSPC)), QStringLiteral("OK"));
    const QString full = child.send(QStringLiteral("hold %1 3").arg(session));
    EXPECT_TRUE(full.startsWith(QStringLiteral("ERR The disk is full"))) << full.toStdString();
    EXPECT_TRUE(full.contains(dir.path())) << "the message names where space is needed";
    const QString stillFull = child.send(QStringLiteral("begin"));
    EXPECT_TRUE(stillFull.startsWith(QStringLiteral("ERR The disk is full")))
        << stillFull.toStdString();

    // Space comes back: the same process carries on without a restart.
    ASSERT_EQ(child.send(QStringLiteral("clear")), QStringLiteral("OK"));
    EXPECT_EQ(child.send(QStringLiteral("hold %1 4").arg(session)), QStringLiteral("OK"));
    ASSERT_EQ(child.send(QStringLiteral("quit")), QStringLiteral("OK"));

    RawDatabase raw(dir.file(QStringLiteral("history.db")), true);
    EXPECT_EQ(raw.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    EXPECT_EQ(raw.column(QStringLiteral("SELECT rep FROM holds ORDER BY rep")),
              (QStringList{"1", "2", "4"}));
}

TEST(FaultTest, PermissionDeniedAtOpenIsExplainedAndLaterOpenWorks) {
    QString why;
    FOOTCOACH_REQUIRE(faultInjectionAvailable(&why), why.toStdString());
    TestDataDir dir;
    {
        FakeWallClock clock;
        HistoryStore store(dir.path(), clock);
        ASSERT_TRUE(store.open());
    }
    const QByteArray before = readFile(dir.file(QStringLiteral("history.db")));
    FaultChild child(dir.path());
    ASSERT_EQ(child.send(QStringLiteral("fail-open %1").arg(EACCES)), QStringLiteral("OK"));
    const QString denied = child.send(QStringLiteral("open"));
    EXPECT_TRUE(
        denied.startsWith(QStringLiteral("ERR FootCoach cannot write in its data folder")) ||
        denied.startsWith(QStringLiteral("ERR FootCoach is not allowed")))
        << denied.toStdString();
    EXPECT_FALSE(denied.contains(QStringLiteral("locked")));
    EXPECT_EQ(readFile(dir.file(QStringLiteral("history.db"))), before);
    ASSERT_EQ(child.send(QStringLiteral("clear")), QStringLiteral("OK"));
    EXPECT_EQ(child.send(QStringLiteral("open")), QStringLiteral("OK"));
}

// Whether a user other than the owner can reach path: every folder above it lets others enter.
bool othersCanReach(const QString& path) {
    for (QDir dir = QFileInfo(path).absoluteDir(); !dir.isRoot(); dir.cdUp()) {
        if (!(QFileInfo(dir.path()).permissions() & QFileDevice::ExeOther))
            return false;
    }
    return true;
}

// Root ignores directory permissions, so as root the store is opened by the script child
// running as nobody (65534), for whom the root-owned folder is read-only.
TEST(FaultTest, AReadOnlyDataFolderIsExplained) {
    TestDataDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    ASSERT_TRUE(QDir().mkpath(data));
    const auto readAndEnter = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                              QFileDevice::ReadOther | QFileDevice::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(data, readAndEnter));
    if (::geteuid() != 0) {
        FakeWallClock clock;
        HistoryStore store(data, clock);
        EXPECT_FALSE(store.open());
        EXPECT_TRUE(store.lastError().contains(data)) << store.lastError().toStdString();
    } else {
        FOOTCOACH_REQUIRE(othersCanReach(QStringLiteral(FOOTCOACH_STORAGE_CHILD)) &&
                              othersCanReach(dir.path()),
                          "running as root, the test needs the storage child and the temporary "
                          "folder to be reachable by the user nobody");
        // nobody must be able to reach the folder: the test's own directory is 0700.
        ASSERT_TRUE(
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ExeOther));
        QProcess child;
        child.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(70);
        });
        child.start(QStringLiteral(FOOTCOACH_STORAGE_CHILD), {QStringLiteral("script"), data});
        ASSERT_TRUE(child.waitForStarted(10000));
        ChildLines lines(child);
        child.write("open\nquit\n");
        const QString reply = lines.next().value_or(
            QStringLiteral("NO REPLY: ") + QString::fromUtf8(child.readAllStandardError()));
        EXPECT_TRUE(reply.startsWith(QStringLiteral("ERR "))) << reply.toStdString();
        EXPECT_TRUE(reply.contains(data)) << reply.toStdString();
        EXPECT_FALSE(QFileInfo::exists(data + QStringLiteral("/history.db")));
        EXPECT_TRUE(child.waitForFinished(10000));
    }
    QFile::setPermissions(data,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace
