// Adherence figures against a hand-worked week: what the history screen and the report print.
#include "FakeClock.h"
#include "TestDataDir.h"
#include "footcoach/HistoryStore.h"
#include "services/history/AdherenceFigures.h"
#include "services/history/HistoryQuery.h"

#include <gtest/gtest.h>

using namespace footcoach;
using namespace footcoach::test;

namespace {

const QDate kMonday(2026, 1, 5);

// The week of Monday 5 January 2026, seen on Wednesday the 14th (the next week), by hand:
//   Mon: morning complete, evening complete        -> done, done
//   Tue: morning partial (6 holds), evening none    -> partial, missed
//   Wed: morning abandoned (0 holds), evening complete + a partial one -> missed, done
//   Thu: nothing                                    -> missed, missed
//   Fri: morning partial then complete              -> done, missed
//   Sat: morning complete, evening complete         -> done, done
//   Sun: evening complete                           -> missed, done
// done 7, partial 1, missed 6: 7 of 14 = 50%. Holds done: 18 per complete session (6 of them:
// Mon x2, Wed evening, Fri second, Sat x2, Sun = 7 -> 126) + 6 (Tue) + 9 (Wed partial) + 4 (Fri
// partial) = 145. Numbness before: Mon 7, Mon 6, Sat 5 -> 18/3 = 6.0; after: Mon 5, Sat 2 ->
// 7/2 = 3.5.
class HistoryFiguresTest : public ::testing::Test {
protected:
    TestDataDir m_dir;
    FakeWallClock m_clock{QDateTime(QDate(2026, 1, 14), QTime(12, 0), Qt::UTC)};
    HistoryStore m_store{m_dir.path(), m_clock};

    void SetUp() override {
        ASSERT_TRUE(m_store.open());
        add(0, Slot::Morning, SessionStatus::Complete, 18, 7, 5);
        add(0, Slot::Evening, SessionStatus::Complete, 18, 6, std::nullopt);
        add(1, Slot::Morning, SessionStatus::Partial, 6);
        add(2, Slot::Morning, SessionStatus::Abandoned, 0);
        add(2, Slot::Evening, SessionStatus::Partial, 9);
        add(2, Slot::Evening, SessionStatus::Complete, 18);
        add(4, Slot::Morning, SessionStatus::Partial, 4);
        add(4, Slot::Morning, SessionStatus::Complete, 18);
        add(5, Slot::Morning, SessionStatus::Complete, 18, 5, 2);
        add(5, Slot::Evening, SessionStatus::Complete, 18);
        add(6, Slot::Evening, SessionStatus::Complete, 18);
        add(9, Slot::Morning, SessionStatus::Complete, 18); // next week
    }

    void add(int day, Slot slot, SessionStatus status, int holds,
             std::optional<int> before = std::nullopt, std::optional<int> after = std::nullopt) {
        const QDate date = kMonday.addDays(day);
        const QDateTime start(date, QTime(slot == Slot::Morning ? 8 : 20, m_minute++), Qt::UTC);
        const auto id = m_store.beginSession(
            {QStringLiteral("numb-feet-stretches"), 1, {date, slot}, start, 0, {}});
        ASSERT_TRUE(id);
        for (int i = 0; i < holds; ++i) {
            HoldOutcome h{i / 6,
                          QStringLiteral("move-%1").arg(i / 6),
                          i % 2 ? Side::Right : Side::Left,
                          (i % 6) / 2 + 1,
                          20,
                          20000,
                          HoldResult::Completed};
            ASSERT_TRUE(m_store.recordHold(*id, h, start.addSecs(30 * i)));
        }
        // A skipped hold never counts as held.
        HoldOutcome skipped{9,    QStringLiteral("extra"), Side::Left, 1, 20,
                            3000, HoldResult::Skipped};
        ASSERT_TRUE(m_store.recordHold(*id, skipped, start.addSecs(900)));
        ASSERT_TRUE(m_store.finishSession(*id, status, start.addSecs(1000)));
        if (before || after) {
            ASSERT_TRUE(m_store.recordCheckIn({*id, before, after, {}}));
        }
    }

    LocalMoment now() const { return {QDate(2026, 1, 14), Slot::Evening}; }

private:
    int m_minute = 0;
};

TEST_F(HistoryFiguresTest, AWholeWeekByHand) {
    const auto sessions = m_store.sessionSummaries(kMonday, kMonday.addDays(6));
    const PeriodFigures f = AdherenceFigures::period(sessions, kMonday, kMonday.addDays(6), now());
    EXPECT_EQ(f.done, 7);
    EXPECT_EQ(f.partial, 1);
    EXPECT_EQ(f.missed, 6);
    EXPECT_EQ(f.upcoming, 0);
    EXPECT_EQ(f.percent(), 50);
    EXPECT_EQ(f.holdsDone, 145);
    EXPECT_EQ(f.beforeTenths(), 60);
    EXPECT_EQ(f.afterTenths(), 35);
    EXPECT_EQ(AdherenceFigures::tenthsText(f.afterTenths()), QStringLiteral("3.5"));

    // The same as the core's week.
    const WeekAdherence w =
        Adherence::week(m_store.sessionRecords(kMonday, kMonday.addDays(6)), kMonday, now());
    EXPECT_EQ(w.done, f.done);
    EXPECT_EQ(w.partial, f.partial);
    EXPECT_EQ(w.missed, f.missed);
    EXPECT_EQ(f.percent(), qRound(w.percent()));
    EXPECT_EQ(f.percent(), qRound(w.percentSoFar()));
}

TEST_F(HistoryFiguresTest, MissedAndPartlyDoneSlotsInOrder) {
    const auto sessions = m_store.sessionSummaries(kMonday, kMonday.addDays(6));
    const auto problems = AdherenceFigures::problems(sessions, kMonday, kMonday.addDays(6), now());
    ASSERT_EQ(problems.size(), 7);
    EXPECT_EQ(problems[0].key, (SlotKey{kMonday.addDays(1), Slot::Morning}));
    EXPECT_EQ(problems[0].status, SlotStatus::Partial);
    EXPECT_EQ(problems[0].holdsDone, 6);
    EXPECT_EQ(problems[1].key, (SlotKey{kMonday.addDays(1), Slot::Evening}));
    EXPECT_EQ(problems[1].status, SlotStatus::Missed);
    EXPECT_EQ(problems[2].key, (SlotKey{kMonday.addDays(2), Slot::Morning})); // abandoned
    EXPECT_EQ(problems[6].key, (SlotKey{kMonday.addDays(6), Slot::Morning}));
}

TEST_F(HistoryFiguresTest, APartWeekAndTheCurrentWeek) {
    const auto sessions = m_store.sessionSummaries(kMonday, kMonday.addDays(13));
    // Thursday to Sunday: Thu missed x2, Fri done + missed, Sat done x2, Sun missed + done.
    const PeriodFigures part =
        AdherenceFigures::period(sessions, kMonday.addDays(3), kMonday.addDays(6), now());
    EXPECT_EQ(part.slots(), 8);
    EXPECT_EQ(part.done, 4);
    EXPECT_EQ(part.missed, 4);
    EXPECT_EQ(part.percent(), 50);
    // This week, seen on Wednesday evening: Mon and Tue missed, Wed morning done, the rest to come.
    const QDate next = kMonday.addDays(7);
    const PeriodFigures current = AdherenceFigures::period(sessions, next, next.addDays(6), now());
    EXPECT_EQ(current.done, 1);
    EXPECT_EQ(current.missed, 4); // Mon evening, Tue x2, Wed morning
    EXPECT_EQ(current.upcoming, 9);
    EXPECT_EQ(current.passedSlots(), 5);
    EXPECT_EQ(current.percent(), 20);
}

TEST(AdherenceFigures, RoundingIsHalfUpAndExact) {
    EXPECT_EQ(AdherenceFigures::roundedPercent(1, 8), 13); // 12.5
    EXPECT_EQ(AdherenceFigures::roundedPercent(1, 3), 33);
    EXPECT_EQ(AdherenceFigures::roundedPercent(2, 3), 67);
    EXPECT_EQ(AdherenceFigures::roundedPercent(14, 14), 100);
    EXPECT_FALSE(AdherenceFigures::roundedPercent(0, 0).has_value());
    EXPECT_EQ(AdherenceFigures::averageTenths(9, 4), 23); // 2.25 -> 2.3
    EXPECT_EQ(AdherenceFigures::averageTenths(7, 3), 23); // 2.333
    EXPECT_FALSE(AdherenceFigures::averageTenths(0, 0).has_value());
    EXPECT_EQ(AdherenceFigures::tenthsText(std::nullopt), QStringLiteral("–"));
    EXPECT_EQ(AdherenceFigures::tenthsText(100), QStringLiteral("10.0"));
    for (int done = 0; done <= 14; ++done)
        EXPECT_EQ(AdherenceFigures::roundedPercent(done, 14), qRound(100.0 * done / 14.0));
}

TEST_F(HistoryFiguresTest, TheModelReadsTheWeekTheTrendAndTheStreak) {
    Schedule schedule;
    const HistoryQuery model(m_store, m_clock, schedule, QTimeZone(QByteArrayLiteral("UTC")));
    EXPECT_EQ(model.now().date, QDate(2026, 1, 14));
    EXPECT_EQ(model.thisWeek(), kMonday.addDays(7));
    EXPECT_EQ(model.firstWeek(), kMonday);
    const WeekSnapshot week = model.week(kMonday.addDays(3));
    EXPECT_EQ(week.adherence.weekStart, kMonday);
    EXPECT_EQ(week.adherence.done, 7);
    EXPECT_EQ(week.sessions.size(), 11);
    EXPECT_FALSE(week.isCurrent);
    const TrendSnapshot trend = model.trend(kMonday.addDays(7), 12);
    // The trend starts with the week of the first session, not with empty weeks before it.
    ASSERT_EQ(trend.weeks.size(), 2);
    EXPECT_EQ(trend.weeks.first().weekStart, kMonday);
    EXPECT_EQ(trend.weeks.last().weekStart, kMonday.addDays(7));
    EXPECT_EQ(trend.weeks[0].done, 7);
    ASSERT_EQ(trend.numbness.size(), 2); // Monday and Saturday
    EXPECT_DOUBLE_EQ(*trend.numbness[0].before, 6.5);
    EXPECT_DOUBLE_EQ(*trend.numbness[0].after, 5.0);
    // Wednesday 14th: morning missed, so no streak today.
    EXPECT_EQ(model.streak(), 0);
}

TEST(HistoryQueryStart, DaysBeforeTheFirstSessionAreNotCountedAsMissed) {
    // A user who began on Wednesday evening, seen on Friday morning.
    TestDataDir dir;
    FakeWallClock clock{QDateTime(kMonday.addDays(4), QTime(9, 0), Qt::UTC)};
    HistoryStore store(dir.path(), clock);
    ASSERT_TRUE(store.open());
    const QDateTime start(kMonday.addDays(2), QTime(19, 0), Qt::UTC);
    const auto id = store.beginSession({QStringLiteral("numb-feet-stretches"),
                                        1,
                                        {kMonday.addDays(2), Slot::Evening},
                                        start,
                                        0,
                                        {}});
    ASSERT_TRUE(id);
    ASSERT_TRUE(store.finishSession(*id, SessionStatus::Complete, start.addSecs(400)));

    const HistoryQuery model(store, clock, Schedule{}, QTimeZone(QByteArrayLiteral("UTC")));
    EXPECT_EQ(model.trackedFrom(), kMonday.addDays(2));
    const WeekAdherence w = model.week(kMonday).adherence;
    EXPECT_EQ(w.days[0].morning, SlotStatus::NotTracked);
    EXPECT_EQ(w.days[1].evening, SlotStatus::NotTracked);
    EXPECT_EQ(w.days[2].morning, SlotStatus::Missed);
    EXPECT_EQ(w.days[2].evening, SlotStatus::Done);
    EXPECT_EQ(w.notTracked, 4);
    EXPECT_EQ(w.missed, 3); // Wednesday morning, Thursday both
    EXPECT_EQ(model.trend(kMonday, 12).weeks.size(), 1);
}

} // namespace
