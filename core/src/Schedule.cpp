#include "footcoach/Schedule.h"

#include <algorithm>
#include <cstdlib>

namespace footcoach {

QTime Schedule::slotBoundary() const {
    const int m = morning.time.isValid() ? morning.time.msecsSinceStartOfDay() : 7 * 3600 * 1000;
    const int e = evening.time.isValid() ? evening.time.msecsSinceStartOfDay() : 19 * 3600 * 1000;
    if (m >= e)
        return QTime(13, 0);
    return QTime::fromMSecsSinceStartOfDay(m + (e - m) / 2);
}

QDateTime SchedulePlanner::localToUtc(const QDate& date, const QTime& time, const QTimeZone& zone) {
    // Treat the wall time as if it were UTC, then try every offset the zone uses around then.
    const qint64 wall = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    auto offsetAt = [&zone](qint64 utcMs) {
        return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
    };
    QList<int> offsets{offsetAt(wall - kDayMs), offsetAt(wall), offsetAt(wall + kDayMs)};
    std::optional<qint64> best;
    for (const int offset : offsets) {
        const qint64 utc = wall - offset * 1000LL;
        if (offsetAt(utc) == offset && (!best || utc < *best))
            best = utc; // the earliest valid instant: in an overlap, the first occurrence
    }
    if (best)
        return QDateTime::fromMSecsSinceEpoch(*best, Qt::UTC);

    // A gap: the wall time never happens. The first valid instant after it is the transition.
    const int largest = *std::max_element(offsets.begin(), offsets.end());
    const qint64 before = wall - largest * 1000LL - 1;
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetData transition =
            zone.nextTransition(QDateTime::fromMSecsSinceEpoch(before, Qt::UTC));
        if (transition.atUtc.isValid())
            return transition.atUtc.toUTC();
    }
    const int smallest = *std::min_element(offsets.begin(), offsets.end());
    return QDateTime::fromMSecsSinceEpoch(wall - smallest * 1000LL, Qt::UTC);
}

namespace {

struct Candidate {
    SlotKey key;
    QDateTime due;
};

QList<Candidate> candidates(const Schedule& schedule, const QDate& from, const QDate& to,
                            const QTimeZone& zone, const SlotHandled& handled) {
    QList<Candidate> result;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        for (const Slot slot : {Slot::Morning, Slot::Evening}) {
            const SlotSchedule& s = schedule.slot(slot);
            if (!s.onDay(day) || !s.time.isValid())
                continue;
            const SlotKey key{day, slot};
            if (handled && handled(key))
                continue;
            result.append({key, SchedulePlanner::localToUtc(day, s.time, zone)});
        }
    }
    return result;
}

} // namespace

Snooze SchedulePlanner::snooze(const Schedule& schedule, const SlotKey& key,
                               const QDateTime& nowUtc) {
    return {key, nowUtc.addSecs(std::max(1, schedule.snoozeMinutes) * 60LL).toUTC()};
}

std::optional<PlannedReminder> SchedulePlanner::next(const Schedule& schedule,
                                                     const QDateTime& nowUtc, const QTimeZone& zone,
                                                     const SlotHandled& handled,
                                                     const QList<Snooze>& snoozes,
                                                     const QDateTime& notBeforeUtc) {
    const QDate today = nowUtc.toTimeZone(zone).date();
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    const qint64 grace = schedule.graceMinutes * 60'000LL;
    std::optional<PlannedReminder> late;
    std::optional<PlannedReminder> upcoming;
    // Yesterday too: an evening reminder's grace window can run past midnight.
    for (const Candidate& c :
         candidates(schedule, today.addDays(-1), today.addDays(8), zone, handled)) {
        const qint64 due = c.due.toMSecsSinceEpoch();
        if (due <= now) {
            if (notBeforeUtc.isValid() && c.due < notBeforeUtc)
                continue;
            if (now - due <= grace && (!late || c.due < late->due))
                late = PlannedReminder{c.key, c.due, now - due > 60'000};
        } else if (!upcoming || c.due < upcoming->due) {
            upcoming = PlannedReminder{c.key, c.due, false};
        }
    }
    for (const Snooze& s : snoozes) {
        // A snooze that came due while asleep is shown on waking, like a late reminder.
        if (s.until <= nowUtc) {
            if (!late || s.until < late->due)
                late = PlannedReminder{s.key, s.until, now - s.until.toMSecsSinceEpoch() > 60'000};
        } else if (!upcoming || s.until < upcoming->due) {
            upcoming = PlannedReminder{s.key, s.until, false};
        }
    }
    return late ? late : upcoming;
}

QList<SlotKey> SchedulePlanner::missed(const Schedule& schedule, const QDateTime& nowUtc,
                                       const QTimeZone& zone, const SlotHandled& handled,
                                       const QDateTime& notBeforeUtc, int lookBackDays) {
    const QDate today = nowUtc.toTimeZone(zone).date();
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    const qint64 grace = schedule.graceMinutes * 60'000LL;
    QList<SlotKey> result;
    for (const Candidate& c :
         candidates(schedule, today.addDays(-lookBackDays), today, zone, handled)) {
        if (notBeforeUtc.isValid() && c.due < notBeforeUtc)
            continue;
        if (now - c.due.toMSecsSinceEpoch() > grace)
            result.append(c.key);
    }
    return result;
}

SlotWindow SchedulePlanner::window(const Schedule& schedule, const SlotKey& key,
                                   const QTimeZone& zone) {
    const QDateTime due = localToUtc(key.date, schedule.slot(key.slot).time, zone);
    return {key, due.addSecs(-kWindowLeadMinutes * 60LL),
            due.addSecs(std::max(0, schedule.graceMinutes) * 60LL)};
}

namespace {

// The windows that can hold a moment of `day`: the day before's evening window may run past
// midnight, the next day's morning window may open before it.
QList<SlotWindow> windowsAround(const Schedule& schedule, const QDate& day, const QTimeZone& zone) {
    QList<SlotWindow> result;
    for (QDate d = day.addDays(-1); d <= day.addDays(1); d = d.addDays(1)) {
        for (const Slot slot : {Slot::Morning, Slot::Evening}) {
            if (schedule.slot(slot).time.isValid())
                result.append(SchedulePlanner::window(schedule, {d, slot}, zone));
        }
    }
    return result;
}

} // namespace

std::optional<SlotKey> SchedulePlanner::sessionSlot(const Schedule& schedule,
                                                    const QDateTime& startUtc,
                                                    const QTimeZone& zone) {
    const QDate day = startUtc.toTimeZone(zone).date();
    std::optional<SlotKey> best;
    qint64 bestDistance = 0;
    for (const SlotWindow& w : windowsAround(schedule, day, zone)) {
        if (!w.contains(startUtc))
            continue;
        const QDateTime due = w.from.addSecs(kWindowLeadMinutes * 60LL);
        const qint64 distance = std::abs(startUtc.msecsTo(due));
        if (!best || distance < bestDistance) {
            best = w.key;
            bestDistance = distance;
        }
    }
    return best;
}

QDateTime SchedulePlanner::nextWindowChange(const Schedule& schedule, const QDateTime& nowUtc,
                                            const QTimeZone& zone) {
    const QDate day = nowUtc.toTimeZone(zone).date();
    QDateTime best;
    for (QDate d = day; d <= day.addDays(2); d = d.addDays(1)) {
        for (const SlotWindow& w : windowsAround(schedule, d, zone)) {
            // A window ends just after its last included moment.
            for (const QDateTime& t : {w.from, w.to.addMSecs(1)}) {
                if (t > nowUtc && (!best.isValid() || t < best))
                    best = t;
            }
        }
    }
    return best;
}

SlotKey SchedulePlanner::attribute(const Schedule& schedule, const QDateTime& startUtc,
                                   const QTimeZone& zone) {
    const QDateTime local = startUtc.toTimeZone(zone);
    const Slot slot = local.time() < schedule.slotBoundary() ? Slot::Morning : Slot::Evening;
    return {local.date(), slot};
}

SlotKey SchedulePlanner::openSlot(const Schedule& schedule, const QDateTime& nowUtc,
                                  const QTimeZone& zone) {
    return attribute(schedule, nowUtc, zone);
}

} // namespace footcoach
