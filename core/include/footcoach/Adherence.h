#pragma once

#include "footcoach/Types.h"

#include <QDate>
#include <QList>
#include <QTime>

#include <array>

namespace footcoach {

// One recorded session as adherence sees it: which local day and slot it counts for, and how
// it ended.
struct SessionRecord {
    QDate localDate;
    Slot slot = Slot::Morning;
    SessionStatus status = SessionStatus::Complete;
};

// NotTracked: a slot before the record began (the day of the first session), so neither done
// nor missed.
enum class SlotStatus { Done, Partial, Missed, Upcoming, NotTracked };
QString toString(SlotStatus status);

struct DayAdherence {
    QDate date;
    SlotStatus morning = SlotStatus::Upcoming;
    SlotStatus evening = SlotStatus::Upcoming;

    SlotStatus status(Slot slot) const { return slot == Slot::Morning ? morning : evening; }
};

struct WeekAdherence {
    QDate weekStart; // a Monday
    std::array<DayAdherence, 7> days;
    int done = 0;
    int partial = 0;
    int missed = 0;
    int upcoming = 0;
    int notTracked = 0;

    // Done sessions against the 14 the program asks for (two a day), 0-100.
    double percent() const { return 100.0 * done / 14.0; }
    // Done sessions against the tracked slots that have already passed, 0-100; 0 when none has.
    double percentSoFar() const;
};

// "Now" for adherence: the local date and the slot that is currently open.
struct LocalMoment {
    QDate date;
    Slot openSlot = Slot::Morning;
};

class Adherence {
public:
    // The Monday of the week that holds date.
    static QDate weekStartOf(const QDate& date);

    // Status of one day and slot. Done beats partial beats missed; a slot that is still open
    // (today's open slot and later, or any future day) is upcoming unless done or partial.
    // With a valid trackedFrom, a slot on an earlier day with no session is not tracked.
    static SlotStatus slotStatus(const QList<SessionRecord>& sessions, const SlotKey& key,
                                 const LocalMoment& now, const QDate& trackedFrom = {});

    // sessions may hold any range; only those in the week are counted.
    static WeekAdherence week(const QList<SessionRecord>& sessions, const QDate& anyDayInWeek,
                              const LocalMoment& now, const QDate& trackedFrom = {});

    // Days in a row, counting back from today, on which both sessions were done. Today counts
    // once both its sessions are done; until then it does not break the streak unless one of
    // its slots is already missed.
    static int currentStreak(const QList<SessionRecord>& sessions, const LocalMoment& now);
};

} // namespace footcoach
