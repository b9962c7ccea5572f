#include "services/reminders/ReminderScheduler.h"
#include "FakeClock.h"
#include "TestDataDir.h"
#include "footcoach/HistoryStore.h"
#include "services/reminders/AvailabilitySource.h"
#include "services/reminders/UserAvailability.h"
#include "services/reminders/WakeTimer.h"
#include "services/settings/AppSettings.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace footcoach;
using namespace std::chrono_literals;

namespace {

// A wake timer the test fires by hand; it remembers what it was armed for.
class FakeWakeTimer final : public WakeTimer {
public:
    void arm(std::chrono::milliseconds after) override { armed = after; }
    void cancel() override { armed.reset(); }
    void fire() { Q_EMIT fired(); }
    void setClock() { Q_EMIT clockChanged(); }
    std::optional<std::chrono::milliseconds> armed;
};

// A screen lock, idle watch or fullscreen window the test sets by hand.
class FakeAvailabilitySource final : public AvailabilitySource {
public:
    bool blocks() const override { return blocking; }
    void set(bool block) {
        blocking = block;
        Q_EMIT changed();
    }
    void setWaiting(bool w) override { waiting = w; }
    bool blocking = false;
    bool waiting = false;
};

QDateTime utc(int h, int m, int s = 0, int day = 5) {
    return QDateTime(QDate(2026, 1, day), QTime(h, m, s), Qt::UTC);
}

struct SchedulerFixture {
    test::TestDataDir dir;
    AppSettings settings{dir.file("settings.ini")};
    test::FakeWallClock wall{utc(7, 29, 55)};
    HistoryStore store{dir.path(), wall};
    test::FakeTimeZone zone;
    FakeWakeTimer timer;
    UserAvailability availability;
    FakeAvailabilitySource* locked = new FakeAvailabilitySource;
    FakeAvailabilitySource* idle = new FakeAvailabilitySource;
    std::unique_ptr<ReminderScheduler> scheduler;
    std::unique_ptr<QSignalSpy> due;

    SchedulerFixture() {
        EXPECT_TRUE(store.open());
        availability.add(locked);
        availability.add(idle);
        scheduler = std::make_unique<ReminderScheduler>(settings, store, store, wall, zone, timer,
                                                        availability);
        due = std::make_unique<QSignalSpy>(scheduler.get(), &ReminderScheduler::reminderDue);
    }
    PlannedReminder reminder(int i) const { return due->at(i).at(0).value<PlannedReminder>(); }
    void passTo(const QDateTime& t) {
        wall.set(t);
        timer.fire();
    }
};

} // namespace

TEST(ReminderScheduler, ArmsOneTimerAndRemindsOnceAtTheSlot) {
    SchedulerFixture f;
    f.scheduler->replan();
    EXPECT_EQ(f.due->count(), 0);
    ASSERT_TRUE(f.timer.armed);
    EXPECT_EQ(*f.timer.armed, 5000ms);
    f.passTo(utc(7, 30));
    ASSERT_EQ(f.due->count(), 1);
    EXPECT_EQ(f.reminder(0).key, (SlotKey{QDate(2026, 1, 5), Slot::Morning}));
    EXPECT_FALSE(f.reminder(0).late);
    // The timer firing again, or a replan, does not repeat it: the next one is the evening.
    f.timer.fire();
    f.scheduler->replan();
    EXPECT_EQ(f.due->count(), 1);
    ASSERT_TRUE(f.scheduler->next());
    EXPECT_EQ(f.scheduler->next()->key.slot, Slot::Evening);
    EXPECT_EQ(*f.timer.armed, std::chrono::milliseconds(utc(7, 30).msecsTo(utc(19, 30))));
    EXPECT_TRUE(f.store.hasReminder({QDate(2026, 1, 5), Slot::Morning}, ReminderKind::Fired));
}

TEST(ReminderScheduler, TwoProcessesSharingTheHistoryRemindOnlyOnce) {
    SchedulerFixture f;
    FakeWakeTimer otherTimer;
    HistoryStore otherStore(f.dir.path(), f.wall);
    ASSERT_TRUE(otherStore.open());
    UserAvailability always;
    ReminderScheduler other(f.settings, otherStore, otherStore, f.wall, f.zone, otherTimer, always);
    QSignalSpy otherDue(&other, &ReminderScheduler::reminderDue);
    f.scheduler->replan();
    other.replan();
    f.wall.set(utc(7, 30));
    f.timer.fire();
    otherTimer.fire();
    EXPECT_EQ(f.due->count() + otherDue.count(), 1);
}

TEST(ReminderScheduler, ADoneSessionMeansNoReminder) {
    SchedulerFixture f;
    const auto id = f.store.beginSession(
        {"numb-feet-stretches", 1, {QDate(2026, 1, 5), Slot::Morning}, utc(7, 0), 0, {}});
    ASSERT_TRUE(id);
    ASSERT_TRUE(f.store.finishSession(*id, SessionStatus::Complete, utc(7, 8)));
    f.scheduler->replan();
    f.passTo(utc(7, 30));
    EXPECT_EQ(f.due->count(), 0);
    EXPECT_EQ(f.scheduler->next()->key.slot, Slot::Evening);
}

TEST(ReminderScheduler, SnoozeRemindsAgainOnceAfterTheSnoozeLength) {
    SchedulerFixture f;
    f.scheduler->replan();
    f.passTo(utc(7, 30));
    ASSERT_EQ(f.due->count(), 1);
    f.scheduler->snooze(f.reminder(0).key);
    EXPECT_EQ(*f.timer.armed, 10min);
    f.passTo(utc(7, 40));
    ASSERT_EQ(f.due->count(), 2);
    EXPECT_EQ(f.reminder(1).key.slot, Slot::Morning);
    f.passTo(utc(7, 50));
    EXPECT_EQ(f.due->count(), 2);
    EXPECT_TRUE(f.store.hasReminder(f.reminder(0).key, ReminderKind::Snoozed));
}

TEST(ReminderScheduler, SkipEndsTheSlot) {
    SchedulerFixture f;
    f.scheduler->replan();
    f.passTo(utc(7, 30));
    f.scheduler->skip(f.reminder(0).key);
    EXPECT_TRUE(f.store.hasReminder(f.reminder(0).key, ReminderKind::Dismissed));
    EXPECT_EQ(f.scheduler->next()->key.slot, Slot::Evening);
}

TEST(ReminderScheduler, WakingLateWithinGraceRemindsOnceMarkedLate) {
    SchedulerFixture f;
    f.scheduler->replan();
    // Asleep through 07:30; the wake timer fires on waking at 08:15.
    f.passTo(utc(8, 15));
    ASSERT_EQ(f.due->count(), 1);
    EXPECT_TRUE(f.reminder(0).late);
}

TEST(ReminderScheduler, WakingAfterGraceRecordsTheSlotAsMissed) {
    SchedulerFixture f;
    f.wall.set(utc(10, 0));
    f.scheduler->replan();
    EXPECT_EQ(f.due->count(), 0);
    EXPECT_TRUE(f.store.hasReminder({QDate(2026, 1, 5), Slot::Morning}, ReminderKind::Missed));
    EXPECT_EQ(f.scheduler->next()->key.slot, Slot::Evening);
}

TEST(ReminderScheduler, AFreshHistoryRecordsNoMissedSlotFromBeforeItsFirstStart) {
    test::TestDataDir dir;
    AppSettings settings{dir.file("settings.ini")};
    test::FakeWallClock wall{utc(10, 0)}; // first started at 10:00, after the morning's grace
    HistoryStore store{dir.path(), wall};
    ASSERT_TRUE(store.open());
    FakeWakeTimer timer;
    test::FakeTimeZone zone;
    UserAvailability always;
    ReminderScheduler scheduler(settings, store, store, wall, zone, timer, always);
    scheduler.replan();
    for (int day = 3; day <= 5; ++day) {
        for (const Slot slot : {Slot::Morning, Slot::Evening})
            EXPECT_FALSE(store.hasReminder({QDate(2026, 1, day), slot})) << day;
    }
    ASSERT_TRUE(scheduler.next());
    EXPECT_EQ(scheduler.next()->key, (SlotKey{QDate(2026, 1, 5), Slot::Evening}));
    // The next morning's slot, slept through past its grace, is missed as usual.
    wall.set(utc(10, 0, 0, 7));
    timer.fire();
    EXPECT_TRUE(store.hasReminder({QDate(2026, 1, 6), Slot::Morning}, ReminderKind::Missed));
    EXPECT_TRUE(store.hasReminder({QDate(2026, 1, 5), Slot::Evening}, ReminderKind::Missed));
}

TEST(ReminderScheduler, ClockSetForwardReplansAtOnce) {
    SchedulerFixture f;
    f.wall.set(utc(6, 0));
    f.scheduler->replan();
    EXPECT_EQ(*f.timer.armed, 90min);
    f.wall.set(utc(7, 31));
    f.timer.setClock();
    ASSERT_EQ(f.due->count(), 1);
    EXPECT_EQ(f.reminder(0).key.slot, Slot::Morning);
}

TEST(ReminderScheduler, SettingsChangeReplans) {
    SchedulerFixture f;
    f.scheduler->replan();
    Schedule s = f.settings.schedule();
    s.morning.time = QTime(8, 0);
    f.settings.setSchedule(s);
    EXPECT_EQ(*f.timer.armed, std::chrono::milliseconds(utc(7, 29, 55).msecsTo(utc(8, 0))));
    s.morning.enabled = false;
    s.evening.enabled = false;
    f.settings.setSchedule(s);
    EXPECT_FALSE(f.timer.armed);
    EXPECT_FALSE(f.scheduler->next());
}

TEST(ReminderScheduler, SnoozeNextFromTheTrayMovesTheComingReminder) {
    SchedulerFixture f;
    f.scheduler->replan();
    f.scheduler->snoozeNext();
    EXPECT_EQ(f.scheduler->next()->due, utc(7, 40));
    f.passTo(utc(7, 30));
    EXPECT_EQ(f.due->count(), 0);
    f.passTo(utc(7, 40));
    EXPECT_EQ(f.due->count(), 1);
}

TEST(ReminderScheduler, ALockedScreenAtTheSlotHoldsTheReminderUntilUnlocked) {
    SchedulerFixture f;
    f.locked->blocking = true;
    f.scheduler->replan();
    f.passTo(utc(7, 30));
    EXPECT_EQ(f.due->count(), 0);
    ASSERT_TRUE(f.scheduler->waiting());
    EXPECT_TRUE(f.idle->waiting); // a source that must ask may arm its next question now
    // The plan goes on: the timer is armed for the evening, not polling for the unlock.
    ASSERT_TRUE(f.timer.armed);
    EXPECT_EQ(*f.timer.armed, 12h);
    // Another lock source changing while still locked shows nothing.
    f.wall.set(utc(7, 50));
    f.idle->set(false);
    EXPECT_EQ(f.due->count(), 0);
    // Unlocked: exactly one reminder, marked late (it comes 20 minutes after its time).
    f.locked->set(false);
    ASSERT_EQ(f.due->count(), 1);
    EXPECT_EQ(f.reminder(0).key.slot, Slot::Morning);
    EXPECT_TRUE(f.reminder(0).late);
    EXPECT_FALSE(f.scheduler->waiting());
    EXPECT_FALSE(f.idle->waiting);
    f.locked->set(true);
    f.locked->set(false);
    f.passTo(utc(7, 51));
    EXPECT_EQ(f.due->count(), 1);
}

TEST(ReminderScheduler, AnyOneSourceBlockingIsEnoughToWait) {
    SchedulerFixture f;
    f.idle->blocking = true; // away from the keyboard for ten minutes, the screen not locked
    f.scheduler->replan();
    f.passTo(utc(7, 30));
    EXPECT_EQ(f.due->count(), 0);
    f.locked->set(true);
    f.idle->set(false); // back, but the screen is now locked
    EXPECT_EQ(f.due->count(), 0);
    f.wall.set(utc(7, 30, 40));
    f.locked->set(false);
    ASSERT_EQ(f.due->count(), 1);
    EXPECT_FALSE(f.reminder(0).late); // within a minute of its time
}

TEST(ReminderScheduler, BackAfterTheGracePeriodTheSlotIsMissed) {
    SchedulerFixture f; // grace two hours
    f.locked->blocking = true;
    f.scheduler->replan();
    f.passTo(utc(7, 30));
    f.wall.set(utc(9, 31));
    f.locked->set(false);
    EXPECT_EQ(f.due->count(), 0);
    EXPECT_FALSE(f.scheduler->waiting());
    EXPECT_TRUE(f.store.hasReminder({QDate(2026, 1, 5), Slot::Morning}, ReminderKind::Missed));
}

TEST(ReminderScheduler, AWaitingReminderIsDroppedWhenTheSessionStartsAnyway) {
    SchedulerFixture f;
    f.locked->blocking = true;
    f.scheduler->replan();
    f.passTo(utc(7, 30));
    f.scheduler->markStarted({QDate(2026, 1, 5), Slot::Morning});
    f.locked->set(false);
    EXPECT_EQ(f.due->count(), 0);
}

TEST(ReminderScheduler, LockedFromMorningToEveningShowsOnlyTheEveningReminder) {
    SchedulerFixture f;
    f.settings.setSchedule([&] {
        Schedule s = f.settings.schedule();
        s.graceMinutes = 24 * 60; // so that only the next slot can end the morning's wait
        return s;
    }());
    f.locked->blocking = true;
    f.scheduler->replan();
    f.passTo(utc(7, 30));
    f.passTo(utc(19, 30));
    ASSERT_TRUE(f.scheduler->waiting());
    EXPECT_EQ(f.scheduler->waiting()->key.slot, Slot::Evening);
    EXPECT_TRUE(f.store.hasReminder({QDate(2026, 1, 5), Slot::Morning}, ReminderKind::Missed));
    f.locked->set(false);
    ASSERT_EQ(f.due->count(), 1);
    EXPECT_EQ(f.reminder(0).key.slot, Slot::Evening);
}
