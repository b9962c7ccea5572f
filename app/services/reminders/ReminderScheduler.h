#pragma once

#include "footcoach/Schedule.h"

#include <QObject>

#include <optional>
#include <set>

namespace footcoach {

class AppSettings;
class HistoryReader;
class ReminderLog;
class TimeZoneProvider;
class UserAvailability;
class WakeTimer;
class WallClock;

// Decides when the next reminder is due and says so exactly once per local date and slot. The
// reminder log is the judge of "once" (a reminder row is created by one process only), so a
// window and a background process never both remind. One wake timer is armed for the next
// reminder; plans are redone from the wall clock after sleep, clock and time-zone changes.
// A reminder due while the user cannot act on it (the screen locked, the user away, a window
// fullscreen) waits and is shown once, when that ends, if its grace period has not; after it,
// the slot is missed. Waiting follows the availability's signals: nothing polls.
class ReminderScheduler : public QObject {
    Q_OBJECT
public:
    // history: which sessions were done, so that a done slot needs no reminder.
    ReminderScheduler(const AppSettings& settings, ReminderLog& log, const HistoryReader& history,
                      const WallClock& clock, const TimeZoneProvider& zone, WakeTimer& timer,
                      UserAvailability& availability, QObject* parent = nullptr);

    std::optional<PlannedReminder> next() const { return m_next; }
    // The reminder that came due while the user could not act on it, until it is shown.
    std::optional<PlannedReminder> waiting() const { return m_waiting; }

    // Recomputes everything from the wall clock: records slots missed for good, shows a due
    // reminder, arms the timer for the next one.
    void replan();
    // The user's answers to a reminder.
    void snooze(const SlotKey& key);
    void skip(const SlotKey& key);
    void markStarted(const SlotKey& key);
    // From the tray: put off the next reminder, whether or not it has come yet.
    void snoozeNext();

Q_SIGNALS:
    void reminderDue(const footcoach::PlannedReminder& reminder);
    void nextChanged();

private:
    bool isHandled(const SlotKey& key) const;
    void fire(const PlannedReminder& reminder);
    void showWhenAvailable();
    void stopWaiting(const SlotKey& key);
    void record(const SlotKey& key, ReminderKind kind);

    const AppSettings& m_settings;
    ReminderLog& m_log;
    const HistoryReader& m_history;
    const WallClock& m_clock;
    const TimeZoneProvider& m_zone;
    WakeTimer& m_timer;
    UserAvailability& m_availability;
    QList<Snooze> m_snoozes;
    std::optional<PlannedReminder> m_waiting;
    std::set<SlotKey> m_handledHere; // without a shared log, and for slots put off
    std::optional<PlannedReminder> m_next;
    bool m_replanning = false;
};

} // namespace footcoach
