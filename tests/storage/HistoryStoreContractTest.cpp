#include "BackupManager.h"
#include "FakeClock.h"
#include "Schema.h"
#include "StorageTestSupport.h"
#include "TestDataDir.h"

#include "footcoach/HistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>

#include <gtest/gtest.h>

#include <thread>

using namespace footcoach;
using namespace footcoach::test;

namespace {

const QDate kMonday(2026, 1, 5);

class HistoryStoreTest : public ::testing::Test {
protected:
    TestDataDir m_dir;
    FakeWallClock m_clock;
    HistoryStore m_store{m_dir.path(), m_clock};

    void SetUp() override { ASSERT_TRUE(m_store.open()) << m_store.lastError().toStdString(); }

    qint64 startSession(const QDate& date, Slot slot) {
        const auto id = m_store.beginSession(sampleStart(date, slot, m_clock.nowUtc()));
        EXPECT_TRUE(id.has_value()) << m_store.lastError().toStdString();
        return id.value_or(-1);
    }
};

TEST_F(HistoryStoreTest, CreatesOneFileWithTheDurabilitySettings) {
    EXPECT_EQ(m_store.databasePath(), QDir(m_dir.path()).filePath(QStringLiteral("history.db")));
    EXPECT_TRUE(QFileInfo::exists(m_store.databasePath()));
    EXPECT_TRUE(m_store.takeNotices().isEmpty());
    RawDatabase raw(m_store.databasePath(), true);
    EXPECT_EQ(raw.text(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(raw.text(QStringLiteral("PRAGMA application_id")).toInt(), Schema::kApplicationId);
    EXPECT_EQ(raw.text(QStringLiteral("PRAGMA user_version")).toInt(), Schema::kCurrentVersion);
    EXPECT_EQ(raw.text(QStringLiteral("SELECT value FROM meta WHERE key = 'written_by'")).left(10),
              QStringLiteral("FootCoach "));
    EXPECT_EQ(raw.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

TEST_F(HistoryStoreTest, RecordsHoldsAndReplacesTheSameRep) {
    const qint64 session = startSession(kMonday, Slot::Morning);
    ASSERT_TRUE(m_store.recordHold(session, sampleHold(QStringLiteral("calf"), Side::Left, 1),
                                   m_clock.nowUtc()));
    m_clock.advance(std::chrono::seconds(40));
    ASSERT_TRUE(m_store.recordHold(session, sampleHold(QStringLiteral("calf"), Side::Right, 1),
                                   m_clock.nowUtc()));
    m_clock.advance(std::chrono::seconds(40));
    // The user went back and redid the left hold, this time skipping it.
    ASSERT_TRUE(m_store.recordHold(
        session, sampleHold(QStringLiteral("calf"), Side::Left, 1, HoldResult::Skipped),
        m_clock.nowUtc()));

    const QList<HoldRecord> holds = m_store.holds(session);
    ASSERT_EQ(holds.size(), 2);
    EXPECT_EQ(holds[0].outcome.side, Side::Right);
    EXPECT_EQ(holds[1].outcome.side, Side::Left);
    EXPECT_EQ(holds[1].outcome.result, HoldResult::Skipped);
    EXPECT_EQ(holds[1].outcome.heldMs, 4000);
    EXPECT_EQ(holds[1].atUtc, m_clock.nowUtc());
    EXPECT_EQ(holds[0].outcome, sampleHold(QStringLiteral("calf"), Side::Right, 1));
}

TEST_F(HistoryStoreTest, RejectsHoldsForUnknownSessionsInPlainWords) {
    EXPECT_FALSE(m_store.recordHold(999, sampleHold(QStringLiteral("calf"), Side::Left, 1),
                                    m_clock.nowUtc()));
    EXPECT_TRUE(m_store.lastError().startsWith(QStringLiteral("FootCoach could not save")))
        << m_store.lastError().toStdString();
    EXPECT_FALSE(m_store.finishSession(999, SessionStatus::Complete, m_clock.nowUtc()));
    EXPECT_TRUE(m_store.lastError().contains(QStringLiteral("not in the history")));
}

TEST_F(HistoryStoreTest, SessionRecordsCoverTheRangeAndReportHowEachEnded) {
    const qint64 done = startSession(kMonday, Slot::Morning);
    ASSERT_TRUE(m_store.finishSession(done, SessionStatus::Complete, m_clock.nowUtc()));
    const qint64 partial = startSession(kMonday, Slot::Evening);
    ASSERT_TRUE(m_store.finishSession(partial, SessionStatus::Partial, m_clock.nowUtc()));
    // Two sessions the app never finished: one with a done hold, one with nothing.
    const qint64 diedMidway = startSession(kMonday.addDays(1), Slot::Morning);
    ASSERT_TRUE(m_store.recordHold(diedMidway, sampleHold(QStringLiteral("calf"), Side::Left, 1),
                                   m_clock.nowUtc()));
    startSession(kMonday.addDays(1), Slot::Evening);
    startSession(kMonday.addDays(7), Slot::Morning); // next week: outside the range

    const QList<SessionRecord> records = m_store.sessionRecords(kMonday, kMonday.addDays(6));
    ASSERT_EQ(records.size(), 4);
    EXPECT_EQ(records[0].localDate, kMonday);
    EXPECT_EQ(records[0].slot, Slot::Evening); // "evening" sorts before "morning"
    EXPECT_EQ(records[0].status, SessionStatus::Partial);
    EXPECT_EQ(records[1].status, SessionStatus::Complete);
    EXPECT_EQ(records[2].slot, Slot::Evening);
    EXPECT_EQ(records[2].status, SessionStatus::Abandoned);
    EXPECT_EQ(records[3].slot, Slot::Morning);
    EXPECT_EQ(records[3].status, SessionStatus::Partial);
}

TEST_F(HistoryStoreTest, CheckInsMergeBeforeAndAfter) {
    const qint64 session = startSession(kMonday, Slot::Morning);
    ASSERT_TRUE(m_store.recordCheckIn({session, 7, std::nullopt, {}}));
    ASSERT_TRUE(m_store.recordCheckIn({session, std::nullopt, 4, QStringLiteral("tingling")}));
    const auto checkIn = m_store.checkIn(session);
    ASSERT_TRUE(checkIn.has_value());
    EXPECT_EQ(checkIn->numbnessBefore, 7);
    EXPECT_EQ(checkIn->numbnessAfter, 4);
    EXPECT_EQ(checkIn->note, QStringLiteral("tingling"));

    EXPECT_FALSE(m_store.recordCheckIn({session, 11, std::nullopt, {}}));
    EXPECT_TRUE(m_store.lastError().contains(QStringLiteral("0 to 10")));
    EXPECT_FALSE(m_store.checkIn(session + 1).has_value());
}

TEST_F(HistoryStoreTest, RemindersAreRecordedOncePerDateSlotAndKind) {
    const SlotKey key{kMonday, Slot::Evening};
    EXPECT_FALSE(m_store.hasReminder(key));
    EXPECT_TRUE(m_store.recordReminder(key, ReminderKind::Fired, m_clock.nowUtc()));
    EXPECT_FALSE(m_store.recordReminder(key, ReminderKind::Fired, m_clock.nowUtc()));
    EXPECT_TRUE(m_store.lastError().isEmpty()) << "a duplicate is not an error";
    EXPECT_TRUE(m_store.recordReminder(key, ReminderKind::Snoozed, m_clock.nowUtc()));
    EXPECT_TRUE(m_store.hasReminder(key));
    EXPECT_TRUE(m_store.hasReminder(key, ReminderKind::Snoozed));
    EXPECT_FALSE(m_store.hasReminder(key, ReminderKind::Missed));
    EXPECT_FALSE(m_store.hasReminder({kMonday, Slot::Morning}));

    // A second store (as in the reminder process) sees the same rows and cannot add them again.
    HistoryStore other(m_dir.path(), m_clock);
    ASSERT_TRUE(other.open());
    EXPECT_TRUE(other.hasReminder(key, ReminderKind::Fired));
    EXPECT_FALSE(other.recordReminder(key, ReminderKind::Fired, m_clock.nowUtc()));
}

TEST_F(HistoryStoreTest, PrescriptionChangesAreKeptInOrder) {
    const QString routine = QStringLiteral("numb-feet-stretches");
    ASSERT_TRUE(m_store.recordPrescriptionChange({routine, 2, kMonday.addDays(14),
                                                  QStringLiteral(R"({"holdSeconds":45})"),
                                                  QStringLiteral(R"({"holdSeconds":99})")}));
    ASSERT_TRUE(m_store.recordPrescriptionChange(
        {routine, 1, kMonday, QStringLiteral(R"({"holdSeconds":30})"), {}}));
    ASSERT_TRUE(m_store.recordPrescriptionChange({routine, 1, kMonday,
                                                  QStringLiteral(R"({"holdSeconds":99})"),
                                                  QStringLiteral(R"({"holdSeconds":30})")}));
    const auto changes = m_store.prescriptionChanges();
    ASSERT_EQ(changes.size(), 3);
    EXPECT_EQ(changes[0].routineVersion, 1);
    EXPECT_EQ(changes[0].detailsJson, QStringLiteral(R"({"holdSeconds":30})"));
    EXPECT_EQ(changes[1].detailsJson, QStringLiteral(R"({"holdSeconds":99})"));
    EXPECT_EQ(changes[2].effective, kMonday.addDays(14));
}

TEST_F(HistoryStoreTest, SeveralStoresOnOneDirectoryShareTheHistory) {
    HistoryStore second(m_dir.path(), m_clock);
    ASSERT_TRUE(second.open());
    const qint64 session = startSession(kMonday, Slot::Morning);
    ASSERT_TRUE(second.recordHold(session, sampleHold(QStringLiteral("calf"), Side::Both, 1),
                                  m_clock.nowUtc()));
    EXPECT_EQ(m_store.holds(session).size(), 1);
}

TEST_F(HistoryStoreTest, ClosedStoreSaysSoInsteadOfCrashing) {
    m_store.close();
    EXPECT_FALSE(m_store.beginSession(sampleStart(kMonday, Slot::Morning, m_clock.nowUtc())));
    EXPECT_FALSE(m_store.lastError().isEmpty());
    EXPECT_TRUE(m_store.sessionRecords(kMonday, kMonday).isEmpty());
}

TEST_F(HistoryStoreTest, TakesOneVerifiedBackupPerDayAndKeepsSevenDailyAndFourWeekly) {
    const QString backups = m_store.backupDirectory();
    ASSERT_TRUE(m_store.finishMaintenance()); // the backup is the start-up job's
    EXPECT_TRUE(QFileInfo::exists(backups + QStringLiteral("/history-2026-01-05.db")));
    m_store.close();
    // Sixty days of opening the app once a day.
    for (int day = 1; day < 60; ++day) {
        m_clock.advance(std::chrono::hours(24));
        HistoryStore store(m_dir.path(), m_clock);
        ASSERT_TRUE(store.open()) << store.lastError().toStdString();
        ASSERT_TRUE(store.finishMaintenance());
    }
    QStringList kept = QDir(backups).entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
    const QDate last = kMonday.addDays(59); // Friday 2026-03-06
    QStringList expected;
    for (int back = 6; back >= 0; --back)
        expected << BackupManager::dailyName(last.addDays(-back));
    // The newest copy of each of the four weeks before those days: their Sundays.
    const QDate sundayBefore = last.addDays(-6).addDays(-last.addDays(-6).dayOfWeek());
    for (int week = 3; week >= 0; --week)
        expected << BackupManager::dailyName(sundayBefore.addDays(-7 * week));
    expected.sort();
    EXPECT_EQ(kept, expected);
    RawDatabase copy(QDir(backups).filePath(kept.last()), true);
    EXPECT_EQ(copy.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    EXPECT_TRUE(QDir(backups).entryList({QStringLiteral("*.tmp*")}, QDir::Files).isEmpty());
}

// A backup's temporary copy left by a process that is gone is removed as the history opens; one
// a live process may still be writing, and files that are not such copies, are left alone.
TEST_F(HistoryStoreTest, OpeningRemovesOnlyTheTemporaryCopiesOfProcessesThatAreGone) {
    const QDir backups(m_store.backupDirectory());
    ASSERT_TRUE(QDir().mkpath(backups.path()));
    m_store.close();
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    ASSERT_TRUE(gone.waitForStarted(10000));
    const QString goneId = QString::number(gone.processId());
    ASSERT_TRUE(gone.waitForFinished(10000));
    const QString live = QString::number(QCoreApplication::applicationPid());
    const QStringList removed = {QStringLiteral("history-2026-01-05.db.tmp-") + goneId,
                                 QStringLiteral("history-2026-01-05.db.tmp-") + goneId +
                                     QStringLiteral("-wal")};
    const QStringList kept = {
        QStringLiteral("history-2026-01-04.db.tmp-") + live,
        QStringLiteral("notes.db.tmp-") + goneId, QStringLiteral("history-2026-01-03.db.tmp-12ab"),
        QStringLiteral("history-2026-01-02.db.tmp-"), QStringLiteral("history-2026-01-01.db")};
    for (const QString& name : removed + kept) {
        QFile file(backups.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << name.toStdString();
    }
    HistoryStore store(m_dir.path(), m_clock);
    ASSERT_TRUE(store.open()) << store.lastError().toStdString();
    for (const QString& name : removed)
        EXPECT_FALSE(QFileInfo::exists(backups.filePath(name))) << name.toStdString();
    for (const QString& name : kept)
        EXPECT_TRUE(QFileInfo::exists(backups.filePath(name))) << name.toStdString();
}

} // namespace
