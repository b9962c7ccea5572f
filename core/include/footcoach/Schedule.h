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

// The span in which a session counts for a slot: from kWindowLeadMinutes before the slot's
// time to the end of its grace period. A session started outside every window is an extra one.
struct SlotWindow {
    SlotKey key;
    QDateTime from; // UTC, included
    QDateTime to;   // UTC, included: the last moment a late reminder may still come

    bool contains(const QDateTime& utc) const { return from <= utc && utc <= to; }
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

    // How long before a slot's time a session already counts for it.
    static constexpr int kWindowLeadMinutes = 180;

    // The next reminder to show, given what has been handled. A late one (its instant passed
    // less than graceMinutes ago) comes first; otherwise the earliest future one. A snoozed
    // reminder comes at its snooze time, even though its slot was already reminded. No late
    // reminder comes for a slot before notBeforeUtc (when the history began: on a first start
    // the user was never asked for the slots that passed before it).
    static std::optional<PlannedReminder> next(const Schedule& schedule, const QDateTime& nowUtc,
                                               const QTimeZone& zone, const SlotHandled& handled,
                                               const QList<Snooze>& snoozes = {},
                                               const QDateTime& notBeforeUtc = {});

    // Putting a reminder off: it comes again snoozeMinutes from now.
    static Snooze snooze(const Schedule& schedule, const SlotKey& key, const QDateTime& nowUtc);

    // Slots whose reminder instant passed more than graceMinutes ago, not handled, within the
    // last lookBackDays days and not before notBeforeUtc (when the history began; a slot
    // before the app was first used was never asked of the user): to be recorded as missed.
    static QList<SlotKey> missed(const Schedule& schedule, const QDateTime& nowUtc,
                                 const QTimeZone& zone, const SlotHandled& handled,
                                 const QDateTime& notBeforeUtc = {}, int lookBackDays = 2);

    // The window of one date's slot (its time is used even when its reminder is off: adherence
    // counts both slots of every day).
    static SlotWindow window(const Schedule& schedule, const SlotKey& key, const QTimeZone& zone);

    // The slot a session started at startUtc counts for: the one whose window holds it (where
    // two windows overlap, the one whose time is nearer). nullopt: an extra session.
    static std::optional<SlotKey> sessionSlot(const Schedule& schedule, const QDateTime& startUtc,
                                              const QTimeZone& zone);

    // The next instant after nowUtc at which a window opens or closes (what the home screen
    // offers changes then).
    static QDateTime nextWindowChange(const Schedule& schedule, const QDateTime& nowUtc,
                                      const QTimeZone& zone);

    // Which local day and slot a moment belongs to, split at Schedule::slotBoundary() (for
    // adherence's "now"; sessions count by window, sessionSlot()).
    static SlotKey attribute(const Schedule& schedule, const QDateTime& startUtc,
                             const QTimeZone& zone);

    // The slot open at a moment, for adherence.
    static SlotKey openSlot(const Schedule& schedule, const QDateTime& nowUtc,
                            const QTimeZone& zone);
};

} // namespace footcoach
