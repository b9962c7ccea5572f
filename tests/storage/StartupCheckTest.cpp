// open() leaves quick_check and the day's backup to the maintenance job, which runs on a worker
// thread with its own connection after the first window is up. Writes wait for its check, and a
// damaged file is still set aside before anything is written.
#include "FakeClock.h"
#include "OpenLock.h"
#include "StorageTestSupport.h"
#include "TestDataDir.h"

#include "footcoach/HistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <memory>

using namespace footcoach;
using namespace footcoach::test;

namespace {

int pageSize(const QByteArray& file) {
    const int raw = (quint8(file[16]) << 8) | quint8(file[17]);
    return raw == 1 ? 65536 : raw;
}

ino_t inodeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

class StartupCheckTest : public ::testing::Test {
protected:
    TestDataDir m_dir;
    FakeWallClock m_clock; // 5 January 2026, 12:00 UTC

    QString dbPath() const { return m_dir.file(QStringLiteral("history.db")); }
    QString backupOf(const QDate& date) const {
        return m_dir.file(QStringLiteral("backups/history-%1.db").arg(date.toString(Qt::ISODate)));
    }
    QDate today() const { return m_clock.nowUtc().toLocalTime().date(); }

    // Day 1: session A and its day's backup. Then the clock moves to day 2.
    void buildHistory() {
        HistoryStore store(m_dir.path(), m_clock);
        ASSERT_TRUE(store.open()) << store.lastError().toStdString();
        ASSERT_TRUE(store.finishMaintenance());
        const auto session =
            store.beginSession(sampleStart(today(), Slot::Morning, m_clock.nowUtc()));
        ASSERT_TRUE(session);
        for (int rep = 1; rep <= 40; ++rep)
            ASSERT_TRUE(store.recordHold(
                *session, sampleHold(QStringLiteral("calf"), Side::Left, rep), m_clock.nowUtc()));
        store.close();
        ASSERT_TRUE(QFileInfo::exists(backupOf(today())));
        m_clock.advance(std::chrono::hours(24));
    }

    // Damage that only quick_check finds: the header is sound, the b-tree pages are not.
    QByteArray flipPages() {
        const QByteArray before = readFile(dbPath());
        QByteArray bytes = before;
        const int size = pageSize(bytes);
        for (qsizetype page = size; page < bytes.size(); page += size) {
            for (int i = 0; i < 8; ++i)
                bytes[page + i] = char(bytes[page + i] ^ 0x5A);
        }
        QFile file(dbPath());
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return bytes;
    }

    QStringList asideFiles() const {
        return QDir(m_dir.path()).entryList({QStringLiteral("history.db.corrupt-*")}, QDir::Files);
    }
};

TEST_F(StartupCheckTest, OpenTakesNoBackupTheJobDoes) {
    buildHistory();
    HistoryStore store(m_dir.path(), m_clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    // open() ran neither quick_check nor VACUUM INTO: no backup of the day yet, check pending.
    EXPECT_FALSE(QFileInfo::exists(backupOf(today())));
    EXPECT_TRUE(store.checkPending());
    // Reads are served before the check.
    EXPECT_EQ(store.holds(1).size(), 40);
    EXPECT_FALSE(QFileInfo::exists(backupOf(today())));

    ASSERT_TRUE(store.finishMaintenance());
    EXPECT_FALSE(store.checkPending());
    ASSERT_TRUE(QFileInfo::exists(backupOf(today())));
    EXPECT_TRUE(store.takeNotices().isEmpty());
}

TEST_F(StartupCheckTest, TheDaysBackupIsTakenOnceByTheBackgroundJob) {
    buildHistory();
    ino_t first = 0;
    {
        HistoryStore store(m_dir.path(), m_clock);
        ASSERT_TRUE(store.open());
        EXPECT_FALSE(QFileInfo::exists(backupOf(today())));
        store.startMaintenance();
        store.startMaintenance(); // a second call while it runs starts nothing
        ASSERT_TRUE(store.finishMaintenance());
        first = inodeOf(backupOf(today()));
        ASSERT_NE(first, ino_t(0));
        store.startMaintenance(); // nothing left to do
        EXPECT_TRUE(store.backupIfDue());
        EXPECT_EQ(inodeOf(backupOf(today())), first);
    }
    // Later starts of the same day check again but keep the day's copy (a new one would be
    // renamed into place: another inode).
    m_clock.advance(std::chrono::hours(2));
    HistoryStore again(m_dir.path(), m_clock);
    ASSERT_TRUE(again.open());
    EXPECT_TRUE(again.checkPending());
    ASSERT_TRUE(again.finishMaintenance());
    EXPECT_EQ(inodeOf(backupOf(today())), first);
    const QStringList daily = QDir(m_dir.file(QStringLiteral("backups")))
                                  .entryList({QStringLiteral("history-*.db*")}, QDir::Files);
    EXPECT_EQ(daily.size(), 2) << daily.join(QLatin1Char(' ')).toStdString(); // day 1 and day 2
}

TEST_F(StartupCheckTest, AWriteBeforeTheCheckWaitsForItAndLandsAfterItPassed) {
    buildHistory();
    HistoryStore store(m_dir.path(), m_clock);
    ASSERT_TRUE(store.open());
    // Another process opening the history holds the lock: the job waits for it, and its check
    // cannot have passed before the lock is let go.
    auto other = std::make_unique<OpenLock>(dbPath() + QStringLiteral(".lock"), 0);
    ASSERT_EQ(other->result(), OpenLock::Result::Locked);
    store.startMaintenance();
    bool waited = false;
    store.setWriteWaitsHook([&] {
        waited = true;
        EXPECT_TRUE(store.checkPending());
        other.reset(); // the job may go on now; the write is still waiting
    });
    const auto session = store.beginSession(sampleStart(today(), Slot::Evening, m_clock.nowUtc()));
    ASSERT_TRUE(session) << store.lastError().toStdString();
    EXPECT_TRUE(waited) << "the write did not wait for the check";
    EXPECT_FALSE(store.checkPending());
    EXPECT_EQ(store.sessionRecords(today(), today()).size(), 1);
    ASSERT_TRUE(store.finishMaintenance());
    // The write landed in the checked file: nothing was set aside.
    EXPECT_TRUE(asideFiles().isEmpty());
    store.close();
    RawDatabase raw(dbPath(), true);
    EXPECT_EQ(raw.text(QStringLiteral("SELECT count(*) FROM sessions")), QStringLiteral("2"));
}

TEST_F(StartupCheckTest, DamageFoundLateIsSetAsideBeforeTheFirstWrite) {
    buildHistory();
    const QByteArray damaged = flipPages();

    HistoryStore store(m_dir.path(), m_clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    EXPECT_TRUE(asideFiles().isEmpty()) << "open() ran the check";
    EXPECT_TRUE(store.takeNotices().isEmpty());

    // The job never started: the write runs the check, finds the damage and sets the file
    // aside, restores day 1's backup, then writes.
    const auto session = store.beginSession(sampleStart(today(), Slot::Evening, m_clock.nowUtc()));
    ASSERT_TRUE(session) << store.lastError().toStdString();
    const QStringList aside = asideFiles();
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(readFile(m_dir.file(aside.first())), damaged)
        << "the damaged file must never be written to";
    const QStringList notices = store.takeNotices();
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices[0].contains(m_dir.file(aside.first()))) << notices[0].toStdString();
    EXPECT_TRUE(notices[0].contains(QStringLiteral("restored the backup from 5 January 2026")))
        << notices[0].toStdString();
    // Day 1's backup was taken before session A: the new session is the only one.
    const auto records = store.sessionRecords(today().addDays(-1), today());
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].localDate, today());
    store.close();
    RawDatabase raw(dbPath(), true);
    EXPECT_EQ(raw.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

TEST_F(StartupCheckTest, DamageFoundByTheBackgroundJobIsToldAndSetAside) {
    buildHistory();
    const QByteArray damaged = flipPages();
    int argc = 1;
    char name[] = "storage-test";
    char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);

    HistoryStore store(m_dir.path(), m_clock);
    ASSERT_TRUE(store.open());
    EXPECT_TRUE(asideFiles().isEmpty());
    QEventLoop loop;
    bool finished = false;
    QObject::connect(store.events(), &HistoryStoreEvents::maintenanceFinished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    store.startMaintenance();
    loop.exec();
    ASSERT_TRUE(finished) << "no maintenanceFinished within 20 s";
    // Set aside as soon as the job said so, before any write.
    const QStringList aside = asideFiles();
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(readFile(m_dir.file(aside.first())), damaged);
    const QStringList notices = store.takeNotices();
    ASSERT_EQ(notices.size(), 1) << notices.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(notices[0].contains(QStringLiteral("5 January 2026"))) << notices[0].toStdString();
    EXPECT_FALSE(store.checkPending());
    EXPECT_TRUE(store.beginSession(sampleStart(today(), Slot::Evening, m_clock.nowUtc())));
    EXPECT_EQ(readFile(m_dir.file(aside.first())), damaged);
}

} // namespace
