#pragma once

#include "footcoach/Types.h"

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <array>
#include <functional>
#include <optional>

namespace footcoach {

struct SlotSchedule {
    bool enabled = true;
    QTime time;
    std::array<bool, 7> weekdays{true, true, true, true, true, true, true}; // Monday first

    bool onDay(const QDate& date) const { return enabled && weekdays[date.dayOfWeek() - 1]; }
};

struct Schedule {
    SlotSchedule morning{true, QTime(7, 30)};
    SlotSchedule evening{true, QTime(19, 30)};
    int snoozeMinutes = 10;
    int graceMinutes = 120;

    const SlotSchedule& slot(Slot s) const { return s == Slot::Morning ? morning : evening; }
    SlotSchedule& slot(Slot s) { return s == Slot::Morning ? morning : evening; }

    // Sessions started before this local time count for the morning, from it on for the
    // evening: halfway between the two reminder times.
    QTime slotBoundary() const;
};

struct PlannedReminder {
    SlotKey key;
    QDateTime due;     // UTC
    bool late = false; // due is already past (missed while asleep or off), within grace

    friend bool operator==(const PlannedReminder&, const PlannedReminder&) = default;
};

// A reminder the user put off: it comes again at `until`.
struct Snooze {
    SlotKey key;
    QDateTime until; // UTC
};

// Tells whether a slot needs no reminder: already reminded, done, skipped or recorded missed.
using SlotHandled = std::function<bool(const SlotKey&)>;

class SchedulePlanner {
public:
    // The UTC instant at which a local date and time happens in a zone. In a DST gap it is the
    // first valid instant after (the end of the gap); in an overlap, the first occurrence.
    static QDateTime localToUtc(const QDate& date, const QTime& time, const QTimeZone& zone);

    // The next reminder to show, given what has been handled. A late one (its instant passed
    // less than graceMinutes ago) comes first; otherwise the earliest future one. A snoozed
    // reminder comes at its snooze time, even though its slot was already reminded.
    static std::optional<PlannedReminder> next(const Schedule& schedule, const QDateTime& nowUtc,
                                               const QTimeZone& zone, const SlotHandled& handled,
                                               const QList<Snooze>& snoozes = {});

    // Putting a reminder off: it comes again snoozeMinutes from now.
    static Snooze snooze(const Schedule& schedule, const SlotKey& key, const QDateTime& nowUtc);

    // Slots whose reminder instant passed more than graceMinutes ago, not handled, within the
    // last lookBackDays days and not before notBeforeUtc (when the history began; a slot
    // before the app was first used was never asked of the user): to be recorded as missed.
    static QList<SlotKey> missed(const Schedule& schedule, const QDateTime& nowUtc,
                                 const QTimeZone& zone, const SlotHandled& handled,
                                 const QDateTime& notBeforeUtc = {}, int lookBackDays = 2);

    // Which local day and slot a session that started at startUtc counts for.
    static SlotKey attribute(const Schedule& schedule, const QDateTime& startUtc,
                             const QTimeZone& zone);

    // The slot open at a moment, for adherence.
    static SlotKey openSlot(const Schedule& schedule, const QDateTime& nowUtc,
                            const QTimeZone& zone);
};

} // namespace footcoach
