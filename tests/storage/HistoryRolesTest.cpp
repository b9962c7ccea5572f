// Each role of the history, tested through that role alone: what a caller that holds only a
// SessionRecorder, a ReminderLog, a HistoryReader or a PrescriptionLog may rely on. Run against
// the real store; then the stand-in for a history that cannot be opened.
#include "FakeClock.h"
#include "StorageTestSupport.h"
#include "TestDataDir.h"

#include "footcoach/HistoryRoles.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/UnavailableHistory.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace footcoach;
using namespace footcoach::test;

namespace {

const QDate kMonday(2026, 1, 5);

class HistoryRolesTest : public ::testing::Test {
protected:
    TestDataDir m_dir;
    FakeWallClock m_clock{QDateTime(kMonday, QTime(8, 0), Qt::UTC)};
    HistoryStore m_store{m_dir.path(), m_clock};
    void SetUp() override { ASSERT_TRUE(m_store.open()) << m_store.lastError().toStdString(); }
    HistoryRoles roles() { return HistoryRoles::of(m_store); }
};

TEST_F(HistoryRolesTest, WhatTheRecorderWritesTheReaderReads) {
    SessionRecorder& recorder = roles().recorder;
    const HistoryReader& reader = roles().reader;
    const auto id = recorder.beginSession(sampleStart(kMonday, Slot::Morning, m_clock.nowUtc()));
    ASSERT_TRUE(id.has_value());
    ASSERT_TRUE(recorder.recordHold(*id, sampleHold(QStringLiteral("calf"), Side::Left, 1),
                                    m_clock.nowUtc()));
    ASSERT_TRUE(recorder.recordCheckIn({*id, 6, std::nullopt, {}}));
    ASSERT_TRUE(recorder.recordCheckIn({*id, std::nullopt, 4, {}}));
    ASSERT_TRUE(recorder.finishSession(*id, SessionStatus::Complete, m_clock.nowUtc()));
    EXPECT_TRUE(recorder.lastError().isEmpty());

    const QList<SessionSummary> week = reader.sessionSummaries(kMonday, kMonday.addDays(6));
    ASSERT_EQ(week.size(), 1);
    EXPECT_EQ(week[0].status, SessionStatus::Complete);
    EXPECT_EQ(week[0].holdsDone, 1);
    EXPECT_EQ(week[0].numbnessBefore, 6); // the later check-in kept the earlier answer
    EXPECT_EQ(week[0].numbnessAfter, 4);
    EXPECT_EQ(reader.holds(*id).size(), 1);
    EXPECT_EQ(reader.firstSessionDate(), kMonday);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    ASSERT_TRUE(reader.exportCsv(csv, CsvTable::Holds));
    EXPECT_EQ(csv.data().count('\n'), 2); // the header and the one hold
}

TEST_F(HistoryRolesTest, TheRecorderRefusesWhatIsIncompleteAndSaysWhy) {
    SessionRecorder& recorder = roles().recorder;
    EXPECT_FALSE(recorder.beginSession(SessionStart{}).has_value());
    EXPECT_FALSE(recorder.lastError().isEmpty());
    EXPECT_FALSE(recorder.finishSession(12345, SessionStatus::Complete, m_clock.nowUtc()));
    EXPECT_FALSE(recorder.lastError().isEmpty());
    EXPECT_TRUE(roles().reader.sessionRecords(kMonday, kMonday).isEmpty());
}

TEST_F(HistoryRolesTest, TheReminderLogSaysOnceAcrossProcesses) {
    ReminderLog& log = roles().reminders;
    HistoryStore other(m_dir.path(), m_clock); // another process on the same history
    ASSERT_TRUE(other.open());
    ReminderLog& otherLog = HistoryRoles::of(other).reminders;
    const SlotKey morning{kMonday, Slot::Morning};
    EXPECT_FALSE(log.hasReminder(morning));
    EXPECT_TRUE(log.recordReminder(morning, ReminderKind::Fired, m_clock.nowUtc()));
    EXPECT_FALSE(otherLog.recordReminder(morning, ReminderKind::Fired, m_clock.nowUtc()));
    EXPECT_TRUE(otherLog.hasReminder(morning, ReminderKind::Fired));
    EXPECT_FALSE(otherLog.hasReminder(morning, ReminderKind::Snoozed));
    EXPECT_EQ(log.beganAt(), m_clock.nowUtc()); // written when the file was created
}

TEST_F(HistoryRolesTest, ThePrescriptionLogKeepsEveryRecordWithWhatItReplaced) {
    PrescriptionLog& log = roles().prescriptions;
    const QString two = QStringLiteral(R"({"reps":2})");
    const QString three = QStringLiteral(R"({"reps":3})");
    ASSERT_TRUE(log.recordPrescriptionChange({QStringLiteral("r"), 1, kMonday, two, {}}));
    ASSERT_TRUE(
        log.recordPrescriptionChange({QStringLiteral("r"), 1, kMonday.addDays(3), three, two}));
    ASSERT_TRUE(
        log.recordPrescriptionChange({QStringLiteral("other"), 1, kMonday.addDays(3), two, three}));
    const QList<PrescriptionChange> changes = log.prescriptionChanges();
    ASSERT_EQ(changes.size(), 3);
    EXPECT_EQ(changes[0].effective, kMonday);
    EXPECT_TRUE(changes[0].beforeJson.isNull());
    EXPECT_FALSE(changes[0].isChange()) << "the program as first seen is no change";
    EXPECT_EQ(changes[1].beforeJson, two);
    EXPECT_TRUE(changes[1].isChange());
    EXPECT_EQ(changes[2].routineId, QStringLiteral("other"));
}

TEST(UnavailableHistory, EveryWriteFailsWithTheReasonAndEveryReadIsEmpty) {
    const QString reason = QStringLiteral("This history was written by a newer FootCoach.");
    UnavailableHistory none(reason);
    HistoryRoles roles = HistoryRoles::of(none);
    const QDateTime now(kMonday, QTime(8, 0), Qt::UTC);

    EXPECT_FALSE(roles.recorder.beginSession(sampleStart(kMonday, Slot::Morning, now)));
    EXPECT_FALSE(
        roles.recorder.recordHold(1, sampleHold(QStringLiteral("calf"), Side::Left, 1), now));
    EXPECT_FALSE(roles.recorder.finishSession(1, SessionStatus::Complete, now));
    EXPECT_FALSE(roles.recorder.recordCheckIn({1, 5, 5, {}}));
    EXPECT_EQ(roles.recorder.lastError(), reason);
    EXPECT_FALSE(roles.prescriptions.recordPrescriptionChange(
        {QStringLiteral("r"), 1, kMonday, QStringLiteral("{}"), {}}));
    EXPECT_EQ(roles.prescriptions.lastError(), reason);
    EXPECT_FALSE(roles.maintenance.backupIfDue());

    EXPECT_TRUE(roles.reader.sessionRecords(kMonday, kMonday.addDays(6)).isEmpty());
    EXPECT_TRUE(roles.reader.sessionSummaries(kMonday, kMonday.addDays(6)).isEmpty());
    EXPECT_TRUE(roles.reader.exerciseTallies(kMonday, kMonday.addDays(6)).isEmpty());
    EXPECT_FALSE(roles.reader.firstSessionDate());
    EXPECT_FALSE(roles.reader.checkIn(1));
    EXPECT_TRUE(roles.prescriptions.prescriptionChanges().isEmpty());
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    EXPECT_FALSE(roles.reader.exportCsv(csv, CsvTable::Holds));
    EXPECT_TRUE(csv.data().isEmpty());
}

TEST(UnavailableHistory, EachReminderIsThisProcesssOwn) {
    UnavailableHistory none(QStringLiteral("no history"));
    ReminderLog& log = HistoryRoles::of(none).reminders;
    const SlotKey morning{kMonday, Slot::Morning};
    const QDateTime now(kMonday, QTime(7, 30), Qt::UTC);
    // Nothing to share it with: the caller shows it, and keeps it to once by itself.
    EXPECT_TRUE(log.recordReminder(morning, ReminderKind::Fired, now));
    EXPECT_FALSE(log.hasReminder(morning));
    EXPECT_FALSE(log.beganAt());
}

} // namespace
