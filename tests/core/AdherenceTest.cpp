#include "footcoach/Adherence.h"

#include <gtest/gtest.h>

using namespace footcoach;

namespace {
const QDate kMonday(2026, 2, 2);
SessionRecord rec(int day, Slot slot, SessionStatus status = SessionStatus::Complete) {
    return {kMonday.addDays(day), slot, status};
}
constexpr auto M = Slot::Morning;
constexpr auto E = Slot::Evening;
} // namespace

TEST(Adherence, WeekStartIsMonday) {
    EXPECT_EQ(Adherence::weekStartOf(QDate(2026, 2, 8)), kMonday); // Sunday
    EXPECT_EQ(Adherence::weekStartOf(kMonday), kMonday);
}

TEST(Adherence, EmptyPastWeekIsAllMissed) {
    const WeekAdherence w = Adherence::week({}, kMonday, {kMonday.addDays(30), M});
    EXPECT_EQ(w.missed, 14);
    EXPECT_EQ(w.done, 0);
    EXPECT_DOUBLE_EQ(w.percent(), 0.0);
}

TEST(Adherence, FutureWeekIsAllUpcoming) {
    const WeekAdherence w = Adherence::week({}, kMonday, {kMonday.addDays(-1), E});
    EXPECT_EQ(w.upcoming, 14);
    EXPECT_DOUBLE_EQ(w.percentSoFar(), 0.0);
}

TEST(Adherence, DaysBeforeTheRecordBeganAreNotTracked) {
    // The first session was on Wednesday evening; today is Friday evening.
    const QList<SessionRecord> s{rec(2, E), rec(3, M)};
    const WeekAdherence w =
        Adherence::week(s, kMonday, {kMonday.addDays(4), E}, kMonday.addDays(2));
    EXPECT_EQ(w.days[0].morning, SlotStatus::NotTracked);
    EXPECT_EQ(w.days[1].evening, SlotStatus::NotTracked);
    // The first day counts whole: its morning was missed.
    EXPECT_EQ(w.days[2].morning, SlotStatus::Missed);
    EXPECT_EQ(w.days[2].evening, SlotStatus::Done);
    EXPECT_EQ(w.days[3].evening, SlotStatus::Missed);
    EXPECT_EQ(w.days[4].morning, SlotStatus::Missed);
    EXPECT_EQ(w.days[4].evening, SlotStatus::Upcoming);
    EXPECT_EQ(w.notTracked, 4);
    EXPECT_EQ(w.done, 2);
    EXPECT_EQ(w.missed, 3);
    EXPECT_EQ(w.upcoming, 5);
    EXPECT_NEAR(w.percentSoFar(), 100.0 * 2 / 5, 1e-9);
    // Without a start every passed slot with no session counts as missed, as before.
    EXPECT_EQ(Adherence::week(s, kMonday, {kMonday.addDays(4), E}).missed, 7);
    // A session found before the start still counts.
    EXPECT_EQ(Adherence::slotStatus(s, {kMonday.addDays(2), E}, {kMonday.addDays(4), E},
                                    kMonday.addDays(3)),
              SlotStatus::Done);
}

TEST(Adherence, HandComputedWeek) {
    // Mon both, Tue morning partial then complete, Wed evening partial, Thu morning abandoned,
    // Fri nothing, Sat morning; today is Sunday morning.
    const QList<SessionRecord> s{rec(0, M),
                                 rec(0, E),
                                 rec(1, M, SessionStatus::Partial),
                                 rec(1, M),
                                 rec(2, E, SessionStatus::Partial),
                                 rec(3, M, SessionStatus::Abandoned),
                                 rec(5, M),
                                 rec(-1, E),
                                 rec(7, M)};
    const WeekAdherence w = Adherence::week(s, kMonday.addDays(3), {kMonday.addDays(6), M});
    EXPECT_EQ(w.weekStart, kMonday);
    EXPECT_EQ(w.days[0].morning, SlotStatus::Done);
    EXPECT_EQ(w.days[1].morning, SlotStatus::Done);
    EXPECT_EQ(w.days[1].evening, SlotStatus::Missed);
    EXPECT_EQ(w.days[2].evening, SlotStatus::Partial);
    EXPECT_EQ(w.days[3].morning, SlotStatus::Missed);
    EXPECT_EQ(w.days[6].morning, SlotStatus::Upcoming);
    EXPECT_EQ(w.days[6].evening, SlotStatus::Upcoming);
    EXPECT_EQ(w.done, 4);
    EXPECT_EQ(w.partial, 1);
    EXPECT_EQ(w.missed, 7);
    EXPECT_EQ(w.upcoming, 2);
    EXPECT_NEAR(w.percent(), 100.0 * 4 / 14, 1e-9);
    EXPECT_NEAR(w.percentSoFar(), 100.0 * 4 / 12, 1e-9);
}

TEST(Adherence, TodaysMorningTurnsMissedOnceTheEveningOpens) {
    const QList<SessionRecord> none;
    EXPECT_EQ(Adherence::slotStatus(none, {kMonday, M}, {kMonday, M}), SlotStatus::Upcoming);
    EXPECT_EQ(Adherence::slotStatus(none, {kMonday, M}, {kMonday, E}), SlotStatus::Missed);
    EXPECT_EQ(Adherence::slotStatus(none, {kMonday, E}, {kMonday, E}), SlotStatus::Upcoming);
    // Just after midnight the previous evening is over.
    EXPECT_EQ(Adherence::slotStatus(none, {kMonday, E}, {kMonday.addDays(1), M}),
              SlotStatus::Missed);
}

TEST(Adherence, StreakCountsFullDaysBackFromToday) {
    QList<SessionRecord> s;
    for (int d = 0; d < 5; ++d) {
        s.append(rec(d, M));
        s.append(rec(d, E));
    }
    // Today (day 5) morning still open: the streak is the five days before.
    EXPECT_EQ(Adherence::currentStreak(s, {kMonday.addDays(5), M}), 5);
    // Today both done: six.
    s.append(rec(5, M));
    s.append(rec(5, E));
    EXPECT_EQ(Adherence::currentStreak(s, {kMonday.addDays(5), E}), 6);
    // A gap on day 2 cuts it to the days after the gap.
    s.removeIf(
        [](const SessionRecord& r) { return r.localDate == kMonday.addDays(2) && r.slot == E; });
    EXPECT_EQ(Adherence::currentStreak(s, {kMonday.addDays(5), E}), 3);
}

TEST(Adherence, StreakBreaksWhenTodaysMorningWasMissed) {
    const QList<SessionRecord> s{rec(0, M), rec(0, E), rec(1, E)};
    EXPECT_EQ(Adherence::currentStreak(s, {kMonday.addDays(1), M}), 1);
    EXPECT_EQ(Adherence::currentStreak(s, {kMonday.addDays(1), E}), 0);
    EXPECT_EQ(Adherence::currentStreak({}, {kMonday, M}), 0);
    // A partial session does not keep a streak going.
    const QList<SessionRecord> p{rec(0, M), rec(0, E, SessionStatus::Partial)};
    EXPECT_EQ(Adherence::currentStreak(p, {kMonday.addDays(1), M}), 0);
}
