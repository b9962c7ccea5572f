// The read queries behind the history screen and the report: session summaries with their
// check-ins and hold counts, per-exercise tallies, the first recorded date, and that each of
// them is answered from an index rather than a scan of ten years.
#include "FakeClock.h"
#include "StorageTestSupport.h"
#include "TestDataDir.h"

#include "footcoach/HistoryStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace footcoach;
using namespace footcoach::test;

namespace {

const QDate kMonday(2026, 1, 5);

class HistoryQueriesTest : public ::testing::Test {
protected:
    TestDataDir m_dir;
    FakeWallClock m_clock;
    HistoryStore m_store{m_dir.path(), m_clock};

    void SetUp() override { ASSERT_TRUE(m_store.open()) << m_store.lastError().toStdString(); }

    qint64 startSession(const QDate& date, Slot slot, const QTime& at) {
        const auto id = m_store.beginSession(sampleStart(date, slot, QDateTime(date, at, Qt::UTC)));
        EXPECT_TRUE(id.has_value()) << m_store.lastError().toStdString();
        return id.value_or(-1);
    }
    void hold(qint64 session, const QString& exercise, Side side, int rep,
              HoldResult result = HoldResult::Completed) {
        HoldOutcome outcome = sampleHold(exercise, side, rep, result);
        outcome.exerciseIndex = exercise == QLatin1String("calf") ? 0 : 1;
        ASSERT_TRUE(m_store.recordHold(session, outcome, m_clock.nowUtc()));
        m_clock.advance(std::chrono::seconds(30));
    }
};

TEST_F(HistoryQueriesTest, EmptyHistoryHasNoFirstDateAndNoSessions) {
    EXPECT_FALSE(m_store.firstSessionDate().has_value());
    EXPECT_EQ(m_store.beganAt(), m_clock.nowUtc()); // a new history begins when first opened
    EXPECT_TRUE(m_store.lastError().isEmpty());
    EXPECT_TRUE(m_store.sessionSummaries(kMonday, kMonday.addDays(6)).isEmpty());
    EXPECT_TRUE(m_store.exerciseTallies(kMonday, kMonday.addDays(6)).isEmpty());
}

TEST_F(HistoryQueriesTest, SummariesCarryStatusHoldCountsAndCheckInInStartOrder) {
    // Evening first by id, morning later by id but earlier in the day: order is by start time.
    const qint64 evening = startSession(kMonday, Slot::Evening, QTime(19, 0));
    hold(evening, QStringLiteral("calf"), Side::Left, 1);
    hold(evening, QStringLiteral("calf"), Side::Right, 1, HoldResult::Skipped);
    ASSERT_TRUE(m_store.finishSession(evening, SessionStatus::Partial, m_clock.nowUtc()));
    ASSERT_TRUE(m_store.recordCheckIn({evening, 6, 4, {}}));

    const qint64 morning = startSession(kMonday, Slot::Morning, QTime(7, 0));
    hold(morning, QStringLiteral("calf"), Side::Left, 1);
    hold(morning, QStringLiteral("calf"), Side::Right, 1);
    hold(morning, QStringLiteral("hamstring"), Side::Left, 1);
    ASSERT_TRUE(m_store.finishSession(morning, SessionStatus::Complete, m_clock.nowUtc()));
    ASSERT_TRUE(m_store.recordCheckIn({morning, 7, std::nullopt, {}}));

    // The app died: one with a done hold (partial), one with none (abandoned).
    const qint64 died = startSession(kMonday.addDays(1), Slot::Morning, QTime(7, 0));
    hold(died, QStringLiteral("calf"), Side::Left, 1);
    const qint64 empty = startSession(kMonday.addDays(1), Slot::Evening, QTime(19, 0));
    startSession(kMonday.addDays(7), Slot::Morning, QTime(7, 0)); // outside the range

    const auto summaries = m_store.sessionSummaries(kMonday, kMonday.addDays(6));
    ASSERT_EQ(summaries.size(), 4);
    EXPECT_EQ(summaries[0].id, morning);
    EXPECT_EQ(summaries[0].slot, Slot::Morning);
    EXPECT_EQ(summaries[0].status, SessionStatus::Complete);
    EXPECT_TRUE(summaries[0].finished);
    EXPECT_EQ(summaries[0].holdsDone, 3);
    EXPECT_EQ(summaries[0].holdsSkipped, 0);
    EXPECT_EQ(summaries[0].numbnessBefore, 7);
    EXPECT_FALSE(summaries[0].numbnessAfter.has_value());
    EXPECT_EQ(summaries[0].startedAtUtc, QDateTime(kMonday, QTime(7, 0), Qt::UTC));
    EXPECT_EQ(summaries[0].utcOffsetSeconds, 3600);
    EXPECT_EQ(summaries[0].routineId, QStringLiteral("numb-feet-stretches"));

    EXPECT_EQ(summaries[1].id, evening);
    EXPECT_EQ(summaries[1].status, SessionStatus::Partial);
    EXPECT_EQ(summaries[1].holdsDone, 1);
    EXPECT_EQ(summaries[1].holdsSkipped, 1);
    EXPECT_EQ(summaries[1].numbnessBefore, 6);
    EXPECT_EQ(summaries[1].numbnessAfter, 4);

    EXPECT_EQ(summaries[2].id, died);
    EXPECT_FALSE(summaries[2].finished);
    EXPECT_EQ(summaries[2].status, SessionStatus::Partial);
    EXPECT_EQ(summaries[3].id, empty);
    EXPECT_EQ(summaries[3].status, SessionStatus::Abandoned);
    EXPECT_EQ(summaries[3].holdsDone, 0);

    // The same verdicts as the adherence grid's own query.
    const auto records = m_store.sessionRecords(kMonday, kMonday.addDays(6));
    for (const SessionSummary& s : summaries) {
        int matches = 0;
        for (const SessionRecord& r : records)
            matches += r.localDate == s.localDate && r.slot == s.slot && r.status == s.status;
        EXPECT_EQ(matches, 1) << s.id;
    }
    EXPECT_EQ(m_store.firstSessionDate(), kMonday);
}

TEST_F(HistoryQueriesTest, TalliesCountDoneAndSkippedPerExercise) {
    const qint64 morning = startSession(kMonday, Slot::Morning, QTime(7, 0));
    hold(morning, QStringLiteral("calf"), Side::Left, 1);
    hold(morning, QStringLiteral("calf"), Side::Right, 1);
    hold(morning, QStringLiteral("calf"), Side::Left, 2, HoldResult::Skipped);
    hold(morning, QStringLiteral("hamstring"), Side::Left, 1);
    // Redoing a rep replaces it: still one hold, now done.
    hold(morning, QStringLiteral("calf"), Side::Left, 2);
    const qint64 later = startSession(kMonday.addDays(2), Slot::Evening, QTime(19, 0));
    hold(later, QStringLiteral("hamstring"), Side::Right, 1, HoldResult::Skipped);

    const auto tallies = m_store.exerciseTallies(kMonday, kMonday.addDays(6));
    ASSERT_EQ(tallies.size(), 3);
    EXPECT_EQ(tallies[0].sessionId, morning);
    EXPECT_EQ(tallies[0].exerciseId, QStringLiteral("calf"));
    EXPECT_EQ(tallies[0].exerciseIndex, 0);
    EXPECT_EQ(tallies[0].done, 3);
    EXPECT_EQ(tallies[0].skipped, 0);
    EXPECT_EQ(tallies[1].exerciseId, QStringLiteral("hamstring"));
    EXPECT_EQ(tallies[1].done, 1);
    EXPECT_EQ(tallies[2].sessionId, later);
    EXPECT_EQ(tallies[2].done, 0);
    EXPECT_EQ(tallies[2].skipped, 1);
    EXPECT_TRUE(m_store.exerciseTallies(kMonday.addDays(3), kMonday.addDays(6)).isEmpty());
}

TEST_F(HistoryQueriesTest, ClosedStoreSaysSo) {
    m_store.close();
    EXPECT_TRUE(m_store.sessionSummaries(kMonday, kMonday).isEmpty());
    EXPECT_FALSE(m_store.lastError().isEmpty());
    EXPECT_TRUE(m_store.exerciseTallies(kMonday, kMonday).isEmpty());
    EXPECT_FALSE(m_store.firstSessionDate().has_value());
}

// Ten years must stay instant: every range query starts from the local-date index and reads
// holds by their primary key, never a scan of the sessions or holds tables.
TEST_F(HistoryQueriesTest, RangeQueriesUseTheIndexes) {
    const QStringList queries = {
        QStringLiteral("SELECT s.id, (SELECT count(*) FROM holds h WHERE h.session_id = s.id"
                       " AND h.result = 'done') FROM sessions s LEFT JOIN checkins c"
                       " ON c.session_id = s.id WHERE s.local_date BETWEEN '2026-01-05' AND"
                       " '2026-01-11' ORDER BY s.started_at_ms, s.id"),
        QStringLiteral("SELECT h.session_id, h.exercise_id, min(h.exercise_index),"
                       " sum(h.result = 'done') FROM sessions s JOIN holds h"
                       " ON h.session_id = s.id WHERE s.local_date BETWEEN '2026-01-05' AND"
                       " '2026-01-11' GROUP BY h.session_id, h.exercise_id"),
        QStringLiteral("SELECT min(local_date) FROM sessions"),
    };
    const QString name = QStringLiteral("query-plan-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_store.databasePath());
        ASSERT_TRUE(db.open());
        for (const QString& sql : queries) {
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
                << query.lastError().text().toStdString();
            QStringList details;
            while (query.next())
                details << query.value(3).toString();
            const QString plan = details.join(QLatin1Char('\n'));
            EXPECT_TRUE(plan.contains(QStringLiteral("sessions_by_local_date")))
                << plan.toStdString();
            EXPECT_FALSE(plan.contains(QStringLiteral("SCAN s\n")) ||
                         plan.endsWith(QStringLiteral("SCAN s")) ||
                         plan.contains(QStringLiteral("SCAN h")) ||
                         plan.contains(QStringLiteral("SCAN holds")))
                << plan.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace
