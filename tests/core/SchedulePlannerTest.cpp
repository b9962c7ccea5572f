#include "footcoach/Schedule.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

using namespace footcoach;

namespace {

QDateTime utc(int y, int m, int d, int h, int min, int s = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

QTimeZone zone(const char* id) {
    QTimeZone z{QByteArray(id)};
    EXPECT_TRUE(z.isValid()) << id << " is not known to this system (tzdata installed?)";
    return z;
}

// Runs a reminder loop from `from` to `to` the way the app does: ask for the next reminder, let
// time reach it, fire it, mark it handled. Returns every fired slot with its instant.
// Slots of days before firstDay count as dealt with earlier.
QList<PlannedReminder> simulate(const Schedule& schedule, const QTimeZone& z, QDateTime from,
                                const QDateTime& to, const QDate& firstDay) {
    std::set<SlotKey> handled;
    auto isHandled = [&](const SlotKey& k) {
        return k.date < firstDay || handled.count(k) > 0;
    };
    QList<PlannedReminder> fired;
    QDateTime now = from;
    for (int guard = 0; guard < 10000; ++guard) {
        const auto next = SchedulePlanner::next(schedule, now, z, isHandled);
        if (!next || next->due > to)
            break;
        if (next->due > now)
            now = next->due;
        fired.append(*next);
        handled.insert(next->key);
    }
    return fired;
}

} // namespace

TEST(SchedulePlanner, OrdinaryLocalTimes) {
    const QTimeZone berlin = zone("Europe/Berlin");
    EXPECT_EQ(SchedulePlanner::localToUtc(QDate(2026, 1, 10), QTime(7, 30), berlin),
              utc(2026, 1, 10, 6, 30));
    EXPECT_EQ(SchedulePlanner::localToUtc(QDate(2026, 7, 10), QTime(7, 30), berlin),
              utc(2026, 7, 10, 5, 30));
}

TEST(SchedulePlanner, DstGapFiresAtTheFirstValidInstantAfter) {
    // Berlin springs forward on 2026-03-29 at 02:00 local (01:00 UTC) to 03:00.
    EXPECT_EQ(SchedulePlanner::localToUtc(QDate(2026, 3, 29), QTime(2, 30), zone("Europe/Berlin")),
              utc(2026, 3, 29, 1, 0));
    // New York: 2026-03-08 02:00 EST -> 03:00 EDT (07:00 UTC).
    EXPECT_EQ(
        SchedulePlanner::localToUtc(QDate(2026, 3, 8), QTime(2, 15), zone("America/New_York")),
        utc(2026, 3, 8, 7, 0));
    // Lord Howe moves by only 30 minutes: 2026-10-04 02:00 +10:30 -> 02:30 +11 (15:30 UTC).
    EXPECT_EQ(
        SchedulePlanner::localToUtc(QDate(2026, 10, 4), QTime(2, 10), zone("Australia/Lord_Howe")),
        utc(2026, 10, 3, 15, 30));
    // 02:30 on that day exists again, at +11.
    EXPECT_EQ(
        SchedulePlanner::localToUtc(QDate(2026, 10, 4), QTime(2, 30), zone("Australia/Lord_Howe")),
        utc(2026, 10, 3, 15, 30));
}

TEST(SchedulePlanner, DstOverlapFiresOnceAtTheFirstOccurrence) {
    // Berlin falls back on 2026-10-25: 02:30 happens at 00:30 UTC and again at 01:30 UTC.
    EXPECT_EQ(SchedulePlanner::localToUtc(QDate(2026, 10, 25), QTime(2, 30), zone("Europe/Berlin")),
              utc(2026, 10, 25, 0, 30));
    // New York 2026-11-01: 01:30 at 05:30 UTC (EDT) first, then 06:30 UTC (EST).
    EXPECT_EQ(
        SchedulePlanner::localToUtc(QDate(2026, 11, 1), QTime(1, 30), zone("America/New_York")),
        utc(2026, 11, 1, 5, 30));
    // Lord Howe 2026-04-05: 01:45 at +11 (14:45 UTC) first, then at +10:30 (15:15 UTC).
    EXPECT_EQ(
        SchedulePlanner::localToUtc(QDate(2026, 4, 5), QTime(1, 45), zone("Australia/Lord_Howe")),
        utc(2026, 4, 4, 14, 45));
}

TEST(SchedulePlanner, ExactlyOncePerDateAndSlotThroughDstWeeksInThreeZones) {
    struct Case {
        const char* zone;
        QDate weekStart;
    };
    const Case cases[] = {
        {"Europe/Berlin", QDate(2026, 3, 25)},      {"Europe/Berlin", QDate(2026, 10, 22)},
        {"America/New_York", QDate(2026, 3, 5)},    {"America/New_York", QDate(2026, 10, 29)},
        {"Australia/Lord_Howe", QDate(2026, 4, 1)}, {"Australia/Lord_Howe", QDate(2026, 10, 1)}};
    // Times that fall in the gaps and overlaps of these zones, plus ordinary ones.
    const QTime times[][2] = {{QTime(7, 30), QTime(19, 30)},
                              {QTime(2, 30), QTime(21, 0)},
                              {QTime(1, 45), QTime(2, 15)},
                              {QTime(0, 0), QTime(23, 59)}};
    for (const Case& c : cases) {
        const QTimeZone z = zone(c.zone);
        for (const auto& t : times) {
            Schedule s;
            s.morning.time = t[0];
            s.evening.time = t[1];
            const QDateTime from = QDateTime(c.weekStart, QTime(0, 0), z).toUTC().addSecs(-3600);
            const QDateTime to = from.addDays(7);
            const QList<PlannedReminder> fired = simulate(s, z, from, to, c.weekStart);
            std::set<SlotKey> seen;
            QDateTime previous;
            for (const PlannedReminder& r : fired) {
                EXPECT_TRUE(seen.insert(r.key).second)
                    << c.zone << " fired twice for " << r.key.date.toString().toStdString();
                EXPECT_FALSE(r.late);
                if (previous.isValid()) {
                    EXPECT_GE(r.due, previous);
                }
                previous = r.due;
                // The instant is the wall time asked for, or later only when that time did not
                // exist.
                const QDateTime local = r.due.toTimeZone(z);
                EXPECT_EQ(local.date(), r.key.date);
                EXPECT_GE(local.time(), s.slot(r.key.slot).time) << c.zone;
            }
            // Every slot of the seven full days fired.
            for (QDate d = c.weekStart; d < c.weekStart.addDays(6); d = d.addDays(1)) {
                EXPECT_TRUE(seen.count({d, Slot::Morning}))
                    << c.zone << " " << d.toString().toStdString();
                EXPECT_TRUE(seen.count({d, Slot::Evening}))
                    << c.zone << " " << d.toString().toStdString();
            }
        }
    }
}

TEST(SchedulePlanner, RandomDatesAndTimesAlwaysRoundTrip) {
    std::mt19937 rng(2026);
    std::uniform_int_distribution<int> dayOfYear(0, 3 * 365);
    std::uniform_int_distribution<int> minute(0, 24 * 60 - 1);
    for (const char* id :
         {"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"}) {
        const QTimeZone z = zone(id);
        for (int i = 0; i < 2000; ++i) {
            const QDate d = QDate(2025, 1, 1).addDays(dayOfYear(rng));
            const QTime t = QTime(0, 0).addSecs(minute(rng) * 60);
            const QDateTime at = SchedulePlanner::localToUtc(d, t, z);
            const QDateTime local = at.toTimeZone(z);
            // Either exactly the wall time, or the end of a gap no longer than an hour.
            ASSERT_EQ(local.date(), d) << id;
            ASSERT_GE(local.time(), t) << id;
            ASSERT_LE(t.secsTo(local.time()), 3600) << id;
            if (local.time() != t) {
                // Only in a gap: one minute earlier must be on the other side of a transition.
                EXPECT_NE(z.offsetFromUtc(at.addSecs(-60)), z.offsetFromUtc(at)) << id;
            }
        }
    }
}

TEST(SchedulePlanner, DisabledSlotsAndWeekdaysAreRespected) {
    const QTimeZone z = zone("Europe/Berlin");
    Schedule s;
    s.evening.enabled = false;
    s.morning.weekdays = {true, false, true, false, true, false, false}; // Mon, Wed, Fri
    const QDateTime from = utc(2026, 1, 5, 0, 0);                        // a Monday
    const QList<PlannedReminder> fired = simulate(s, z, from, from.addDays(14), QDate(2026, 1, 5));
    ASSERT_EQ(fired.size(), 6);
    for (const PlannedReminder& r : fired) {
        EXPECT_EQ(r.key.slot, Slot::Morning);
        EXPECT_TRUE(r.key.date.dayOfWeek() == 1 || r.key.date.dayOfWeek() == 3 ||
                    r.key.date.dayOfWeek() == 5);
    }
    s.morning.enabled = false;
    EXPECT_FALSE(SchedulePlanner::next(s, from, z, {}).has_value());
}

TEST(SchedulePlanner, ClockJumpBackDoesNotRepeatAHandledReminder) {
    const QTimeZone z = zone("Europe/Berlin");
    Schedule s;
    std::set<SlotKey> handled;
    auto isHandled = [&handled](const SlotKey& k) {
        return handled.count(k) > 0;
    };
    const auto first = SchedulePlanner::next(s, utc(2026, 2, 2, 6, 29), z, isHandled);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->key, (SlotKey{QDate(2026, 2, 2), Slot::Morning}));
    handled.insert(first->key);
    // The clock is set back by an hour: the morning reminder must not come again.
    const auto again = SchedulePlanner::next(s, utc(2026, 2, 2, 5, 40), z, isHandled);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->key, (SlotKey{QDate(2026, 2, 2), Slot::Evening}));
}

TEST(SchedulePlanner, SuspendAcrossASlotGivesOneLateReminderWithinGrace) {
    const QTimeZone z = zone("Europe/Berlin");
    Schedule s; // 07:30 and 19:30, grace two hours
    // Asleep from 06:00 to 08:10 local: the 07:30 reminder is late but within grace.
    const auto late = SchedulePlanner::next(s, utc(2026, 2, 3, 7, 10), z, {});
    ASSERT_TRUE(late);
    EXPECT_EQ(late->key, (SlotKey{QDate(2026, 2, 3), Slot::Morning}));
    EXPECT_TRUE(late->late);
    EXPECT_EQ(late->due, utc(2026, 2, 3, 6, 30));
    // Woken at 10:00 local, past grace: no late reminder, the morning counts as missed.
    const auto next = SchedulePlanner::next(s, utc(2026, 2, 3, 9, 0), z, {});
    ASSERT_TRUE(next);
    EXPECT_EQ(next->key, (SlotKey{QDate(2026, 2, 3), Slot::Evening}));
    EXPECT_FALSE(next->late);
    const QList<SlotKey> missed = SchedulePlanner::missed(
        s, utc(2026, 2, 3, 9, 0), z, [](const SlotKey& k) { return k.date < QDate(2026, 2, 3); });
    EXPECT_EQ(missed, (QList<SlotKey>{{QDate(2026, 2, 3), Slot::Morning}}));
}

TEST(SchedulePlanner, NothingIsMissedBeforeTheHistoryBegan) {
    const QTimeZone z = zone("Europe/Berlin");
    Schedule s;                                   // 07:30 and 19:30, grace two hours
    const QDateTime now = utc(2026, 2, 3, 11, 0); // 12:00 local
    const auto nothingHandled = [](const SlotKey&) {
        return false;
    };
    // Without a start: both slots of the two days before and this morning.
    EXPECT_EQ(SchedulePlanner::missed(s, now, z, nothingHandled).size(), 5);
    // First used yesterday at 10:00 local: yesterday's evening and this morning only.
    EXPECT_EQ(
        SchedulePlanner::missed(s, now, z, nothingHandled, utc(2026, 2, 2, 9, 0)),
        (QList<SlotKey>{{QDate(2026, 2, 2), Slot::Evening}, {QDate(2026, 2, 3), Slot::Morning}}));
    // First used just now: nothing was asked of the user yet.
    EXPECT_TRUE(SchedulePlanner::missed(s, now, z, nothingHandled, now).isEmpty());
}

TEST(SchedulePlanner, LateEveningGraceRunsPastMidnight) {
    const QTimeZone z = zone("Europe/Berlin");
    Schedule s;
    s.evening.time = QTime(23, 30);
    const auto late =
        SchedulePlanner::next(s, utc(2026, 2, 3, 23, 15), z, {}); // 00:15 local next day
    ASSERT_TRUE(late);
    EXPECT_EQ(late->key, (SlotKey{QDate(2026, 2, 3), Slot::Evening}));
    EXPECT_TRUE(late->late);
}

TEST(SchedulePlanner, TimeZoneChangeReplansFromTheNewLocalTime) {
    Schedule s;
    const QDateTime now = utc(2026, 6, 1, 12, 0);
    const auto berlin = SchedulePlanner::next(s, now, zone("Europe/Berlin"), {});
    const auto newYork = SchedulePlanner::next(s, now, zone("America/New_York"), {});
    ASSERT_TRUE(berlin && newYork);
    EXPECT_EQ(berlin->due, utc(2026, 6, 1, 17, 30)); // 19:30 CEST
    EXPECT_EQ(newYork->key, (SlotKey{QDate(2026, 6, 1), Slot::Morning}));
    EXPECT_TRUE(newYork->late);
    EXPECT_EQ(newYork->due, utc(2026, 6, 1, 11, 30)); // 07:30 EDT, half an hour ago: due now
}

TEST(SchedulePlanner, AttributionUsesTheLocalStartDayAndTheMidpoint) {
    const QTimeZone z = zone("Europe/Berlin");
    Schedule s; // boundary 13:30
    EXPECT_EQ(s.slotBoundary(), QTime(13, 30));
    EXPECT_EQ(SchedulePlanner::attribute(s, utc(2026, 1, 5, 12, 29), z),
              (SlotKey{QDate(2026, 1, 5), Slot::Morning}));
    EXPECT_EQ(SchedulePlanner::attribute(s, utc(2026, 1, 5, 12, 30), z),
              (SlotKey{QDate(2026, 1, 5), Slot::Evening}));
    // A session started at 23:59 local counts for the day it started, even if it ends after
    // midnight.
    EXPECT_EQ(SchedulePlanner::attribute(s, utc(2026, 1, 5, 22, 59), z),
              (SlotKey{QDate(2026, 1, 5), Slot::Evening}));
    EXPECT_EQ(SchedulePlanner::attribute(s, utc(2026, 1, 5, 23, 1), z),
              (SlotKey{QDate(2026, 1, 6), Slot::Morning}));
}

TEST(SchedulePlanner, SnoozedReminderComesBackOnceAfterSnoozeMinutes) {
    const QTimeZone z = zone("Europe/Berlin");
    Schedule s;
    s.snoozeMinutes = 10;
    std::set<SlotKey> handled;
    auto isHandled = [&handled](const SlotKey& k) {
        return handled.count(k) > 0;
    };
    const QDateTime fired = utc(2026, 2, 2, 6, 30); // 07:30 local
    const auto first = SchedulePlanner::next(s, fired, z, isHandled);
    ASSERT_TRUE(first);
    handled.insert(first->key);
    const Snooze later = SchedulePlanner::snooze(s, first->key, fired);
    EXPECT_EQ(later.until, utc(2026, 2, 2, 6, 40));
    const auto again = SchedulePlanner::next(s, fired.addSecs(60), z, isHandled, {later});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->key, first->key);
    EXPECT_EQ(again->due, later.until);
    // Once the snooze is used up, the next reminder is the evening one.
    const auto after = SchedulePlanner::next(s, later.until, z, isHandled);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->key.slot, Slot::Evening);
}

TEST(SchedulePlanner, NoLateReminderForASlotBeforeTheHistoryBegan) {
    const QTimeZone z = zone("Europe/Berlin");
    Schedule s;                                   // 07:30 and 19:30, grace two hours
    const QDateTime now = utc(2026, 2, 3, 7, 40); // 08:40 local, the morning slot is late
    const auto late = SchedulePlanner::next(s, now, z, {});
    ASSERT_TRUE(late);
    EXPECT_TRUE(late->late);
    // The history began at 08:35 local (a first start): no late reminder, the evening is next.
    const auto first = SchedulePlanner::next(s, now, z, {}, {}, utc(2026, 2, 3, 7, 35));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->key, (SlotKey{QDate(2026, 2, 3), Slot::Evening}));
    EXPECT_FALSE(first->late);
    // Begun before the slot: the late reminder still comes.
    const auto earlier = SchedulePlanner::next(s, now, z, {}, {}, utc(2026, 2, 3, 6, 0));
    ASSERT_TRUE(earlier);
    EXPECT_EQ(earlier->key, (SlotKey{QDate(2026, 2, 3), Slot::Morning}));
}

TEST(SchedulePlanner, ASessionCountsForASlotOnlyWithinItsWindow) {
    const QTimeZone z = zone("Europe/Berlin"); // UTC+1 in February
    Schedule s;                                // 07:30 and 19:30, grace two hours
    const QDate day(2026, 2, 3);
    auto at = [&](int h, int m) {
        return SchedulePlanner::sessionSlot(s, QDateTime(day, QTime(h, m), z).toUTC(), z);
    };
    const SlotKey morning{day, Slot::Morning};
    const SlotKey evening{day, Slot::Evening};
    // Three hours before the slot to the end of its grace period, both ends included.
    EXPECT_EQ(at(4, 29), std::nullopt);
    EXPECT_EQ(at(4, 30), morning);
    EXPECT_EQ(at(7, 30), morning);
    EXPECT_EQ(at(9, 30), morning);
    EXPECT_EQ(at(9, 31), std::nullopt); // right after the morning session: no early evening
    EXPECT_EQ(at(13, 0), std::nullopt);
    EXPECT_EQ(at(16, 29), std::nullopt);
    EXPECT_EQ(at(16, 30), evening);
    EXPECT_EQ(at(21, 30), evening);
    EXPECT_EQ(at(21, 31), std::nullopt);
    const SlotWindow w = SchedulePlanner::window(s, evening, z);
    EXPECT_EQ(w.from, utc(2026, 2, 3, 15, 30));
    EXPECT_EQ(w.to, utc(2026, 2, 3, 20, 30));
    // The next change of what counts: the morning window's end, just after 09:30 local.
    EXPECT_EQ(SchedulePlanner::nextWindowChange(s, utc(2026, 2, 3, 7, 0), z),
              utc(2026, 2, 3, 8, 30).addMSecs(1));
    EXPECT_EQ(SchedulePlanner::nextWindowChange(s, utc(2026, 2, 3, 9, 0), z),
              utc(2026, 2, 3, 15, 30));
}

TEST(SchedulePlanner, SlotWindowsAcrossMidnightAndOverlaps) {
    const QTimeZone z = zone("Europe/Berlin");
    Schedule s;
    s.evening.time = QTime(23, 30);
    s.morning.time = QTime(1, 30);
    s.graceMinutes = 60;
    // 00:15 local on the 4th: after the 3rd's evening slot (its grace) and before the 4th's
    // morning (its lead): the nearer slot time wins, the evening 45 minutes ago.
    EXPECT_EQ(SchedulePlanner::sessionSlot(s, utc(2026, 2, 3, 23, 15), z),
              (SlotKey{QDate(2026, 2, 3), Slot::Evening}));
    // 01:00 local: the morning slot, half an hour ahead, is nearer.
    EXPECT_EQ(SchedulePlanner::sessionSlot(s, utc(2026, 2, 4, 0, 0), z),
              (SlotKey{QDate(2026, 2, 4), Slot::Morning}));
    // A slot whose reminder is off still has its window (adherence counts both slots).
    Schedule off;
    off.evening.enabled = false;
    EXPECT_EQ(SchedulePlanner::sessionSlot(off, utc(2026, 2, 3, 18, 30), z),
              (SlotKey{QDate(2026, 2, 3), Slot::Evening}));
}
