#include "footcoach/Adherence.h"

#include <QHash>

namespace footcoach {

QString toString(SlotStatus status) {
    switch (status) {
    case SlotStatus::Done:
        return QStringLiteral("done");
    case SlotStatus::Partial:
        return QStringLiteral("partial");
    case SlotStatus::Missed:
        return QStringLiteral("missed");
    case SlotStatus::Upcoming:
        return QStringLiteral("upcoming");
    case SlotStatus::NotTracked:
        return QStringLiteral("not tracked");
    }
    return {};
}

double WeekAdherence::percentSoFar() const {
    const int passed = 14 - upcoming - notTracked;
    return passed > 0 ? 100.0 * done / passed : 0.0;
}

QDate Adherence::weekStartOf(const QDate& date) {
    return date.addDays(1 - date.dayOfWeek());
}

namespace {

// The best a slot reached: done beats partial; abandoned sessions count for nothing.
enum class Reached { Nothing, Partial, Done };

Reached reached(const QList<SessionRecord>& sessions, const SlotKey& key) {
    Reached best = Reached::Nothing;
    for (const SessionRecord& s : sessions) {
        if (s.localDate != key.date || s.slot != key.slot)
            continue;
        if (s.status == SessionStatus::Complete)
            return Reached::Done;
        if (s.status == SessionStatus::Partial)
            best = Reached::Partial;
    }
    return best;
}

SlotStatus statusFrom(Reached r, const SlotKey& key, const LocalMoment& now,
                      const QDate& trackedFrom) {
    if (r == Reached::Done)
        return SlotStatus::Done;
    if (r == Reached::Partial)
        return SlotStatus::Partial;
    if (trackedFrom.isValid() && key.date < trackedFrom)
        return SlotStatus::NotTracked;
    const bool stillOpen =
        key.date > now.date ||
        (key.date == now.date && (key.slot == Slot::Evening || now.openSlot == Slot::Morning));
    return stillOpen ? SlotStatus::Upcoming : SlotStatus::Missed;
}

} // namespace

SlotStatus Adherence::slotStatus(const QList<SessionRecord>& sessions, const SlotKey& key,
                                 const LocalMoment& now, const QDate& trackedFrom) {
    return statusFrom(reached(sessions, key), key, now, trackedFrom);
}

WeekAdherence Adherence::week(const QList<SessionRecord>& sessions, const QDate& anyDayInWeek,
                              const LocalMoment& now, const QDate& trackedFrom) {
    WeekAdherence w;
    w.weekStart = weekStartOf(anyDayInWeek);
    QList<SessionRecord> inWeek;
    const QDate weekEnd = w.weekStart.addDays(6);
    for (const SessionRecord& s : sessions) {
        if (s.localDate >= w.weekStart && s.localDate <= weekEnd)
            inWeek.append(s);
    }
    for (int i = 0; i < 7; ++i) {
        DayAdherence& day = w.days[i];
        day.date = w.weekStart.addDays(i);
        day.morning = slotStatus(inWeek, {day.date, Slot::Morning}, now, trackedFrom);
        day.evening = slotStatus(inWeek, {day.date, Slot::Evening}, now, trackedFrom);
        for (const SlotStatus s : {day.morning, day.evening}) {
            w.done += s == SlotStatus::Done;
            w.partial += s == SlotStatus::Partial;
            w.missed += s == SlotStatus::Missed;
            w.upcoming += s == SlotStatus::Upcoming;
            w.notTracked += s == SlotStatus::NotTracked;
        }
    }
    return w;
}

int Adherence::currentStreak(const QList<SessionRecord>& sessions, const LocalMoment& now) {
    // Index the complete sessions once: the walk back below may cover years.
    QHash<QDate, int> doneSlots; // bit 0 morning, bit 1 evening
    QDate earliest = now.date;
    for (const SessionRecord& s : sessions) {
        if (s.status != SessionStatus::Complete)
            continue;
        doneSlots[s.localDate] |= s.slot == Slot::Morning ? 1 : 2;
        earliest = std::min(earliest, s.localDate);
    }
    auto bothDone = [&](const QDate& d) {
        return doneSlots.value(d) == 3;
    };

    int streak = 0;
    QDate day = now.date;
    if (bothDone(day)) {
        ++streak;
    } else {
        const SlotStatus morning = slotStatus(sessions, {day, Slot::Morning}, now);
        const bool morningMissed = morning == SlotStatus::Missed || morning == SlotStatus::Partial;
        if (morningMissed && now.openSlot == Slot::Evening)
            return 0;
    }
    for (day = day.addDays(-1); day >= earliest && bothDone(day); day = day.addDays(-1))
        ++streak;
    return streak;
}

} // namespace footcoach
