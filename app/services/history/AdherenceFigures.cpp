#include "services/history/AdherenceFigures.h"

#include <QHash>
#include <QLocale>
#include <QPair>

#include <algorithm>

namespace footcoach {

std::optional<int> AdherenceFigures::roundedPercent(int part, int whole) {
    if (whole <= 0)
        return std::nullopt;
    // Integer arithmetic: no binary fraction can make 0.5 round the other way.
    return (200 * part + whole) / (2 * whole);
}

std::optional<int> AdherenceFigures::averageTenths(int sum, int count) {
    if (count <= 0)
        return std::nullopt;
    return (20 * sum + count) / (2 * count);
}

QString AdherenceFigures::tenthsText(std::optional<int> tenths) {
    if (!tenths)
        return QStringLiteral("–");
    return QStringLiteral("%1%2%3")
        .arg(*tenths / 10)
        .arg(QLocale().decimalPoint())
        .arg(*tenths % 10);
}

std::optional<int> PeriodFigures::percent() const {
    return AdherenceFigures::roundedPercent(done, passedSlots());
}

std::optional<int> PeriodFigures::beforeTenths() const {
    return AdherenceFigures::averageTenths(beforeSum, beforeCount);
}

std::optional<int> PeriodFigures::afterTenths() const {
    return AdherenceFigures::averageTenths(afterSum, afterCount);
}

void PeriodFigures::add(const PeriodFigures& other) {
    if (!from.isValid() || (other.from.isValid() && other.from < from))
        from = other.from;
    if (!to.isValid() || other.to > to)
        to = other.to;
    done += other.done;
    partial += other.partial;
    missed += other.missed;
    upcoming += other.upcoming;
    extra += other.extra;
    holdsDone += other.holdsDone;
    beforeSum += other.beforeSum;
    beforeCount += other.beforeCount;
    afterSum += other.afterSum;
    afterCount += other.afterCount;
}

namespace {

// Sessions grouped by the Monday of their week, so that a range of years costs one pass.
QHash<QDate, QList<SessionRecord>> byWeek(const QList<SessionSummary>& sessions, const QDate& from,
                                          const QDate& to) {
    QHash<QDate, QList<SessionRecord>> weeks;
    for (const SessionSummary& s : sessions) {
        if (s.localDate >= from && s.localDate <= to && !s.extra) // extras count for no slot
            weeks[Adherence::weekStartOf(s.localDate)].append({s.localDate, s.slot, s.status});
    }
    return weeks;
}

} // namespace

QList<SessionRecord> AdherenceFigures::records(const QList<SessionSummary>& sessions) {
    QList<SessionRecord> result;
    result.reserve(sessions.size());
    for (const SessionSummary& s : sessions) {
        if (!s.extra) // an extra session counts for no slot
            result.append({s.localDate, s.slot, s.status});
    }
    return result;
}

PeriodFigures AdherenceFigures::period(const QList<SessionSummary>& sessions, const QDate& from,
                                       const QDate& to, const LocalMoment& now) {
    PeriodFigures f;
    f.from = from;
    f.to = to;
    for (const SessionSummary& s : sessions) {
        if (s.localDate < from || s.localDate > to)
            continue;
        // Holds and check-ins of extra sessions count too (as in the CSV export); the slots'
        // statuses below do not see them.
        f.holdsDone += s.holdsDone;
        f.extra += s.extra;
        if (s.numbnessBefore) {
            f.beforeSum += *s.numbnessBefore;
            ++f.beforeCount;
        }
        if (s.numbnessAfter) {
            f.afterSum += *s.numbnessAfter;
            ++f.afterCount;
        }
    }
    const auto weeks = byWeek(sessions, from, to);
    for (QDate week = Adherence::weekStartOf(from); week <= to; week = week.addDays(7)) {
        const WeekAdherence w = Adherence::week(weeks.value(week), week, now);
        for (const DayAdherence& day : w.days) {
            if (day.date < from || day.date > to)
                continue;
            for (const SlotStatus s : {day.morning, day.evening}) {
                f.done += s == SlotStatus::Done;
                f.partial += s == SlotStatus::Partial;
                f.missed += s == SlotStatus::Missed;
                f.upcoming += s == SlotStatus::Upcoming;
            }
        }
    }
    return f;
}

QList<SlotProblem> AdherenceFigures::problems(const QList<SessionSummary>& sessions,
                                              const QDate& from, const QDate& to,
                                              const LocalMoment& now) {
    // The best session of each slot, and what it asked for.
    QHash<QPair<QDate, int>, QPair<int, int>> best;
    for (const SessionSummary& s : sessions) {
        if (s.localDate >= from && s.localDate <= to && !s.extra) {
            QPair<int, int>& holds = best[{s.localDate, int(s.slot)}];
            if (s.holdsDone >= holds.first)
                holds = {s.holdsDone, s.holdsPlanned};
        }
    }
    const auto weeks = byWeek(sessions, from, to);
    QList<SlotProblem> result;
    for (QDate week = Adherence::weekStartOf(from); week <= to; week = week.addDays(7)) {
        const WeekAdherence w = Adherence::week(weeks.value(week), week, now);
        for (const DayAdherence& day : w.days) {
            if (day.date < from || day.date > to)
                continue;
            for (const Slot slot : {Slot::Morning, Slot::Evening}) {
                const SlotStatus status = day.status(slot);
                if (status != SlotStatus::Missed && status != SlotStatus::Partial)
                    continue;
                const QPair<int, int> holds = best.value({day.date, int(slot)});
                result.append({{day.date, slot}, status, holds.first, holds.second});
            }
        }
    }
    return result;
}

} // namespace footcoach
