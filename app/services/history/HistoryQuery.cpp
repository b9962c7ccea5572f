#include "services/history/HistoryQuery.h"

#include "footcoach/Clock.h"
#include "footcoach/HistoryReader.h"

#include <QMap>

#include <algorithm>

namespace footcoach {

HistoryQuery::HistoryQuery(const HistoryReader& history, const WallClock& clock, Schedule schedule,
                           QTimeZone zone)
    : m_history(history)
    , m_clock(clock)
    , m_schedule(std::move(schedule))
    , m_zone(std::move(zone)) {}

LocalMoment HistoryQuery::now() const {
    const SlotKey open = SchedulePlanner::openSlot(m_schedule, m_clock.nowUtc(), m_zone);
    return {open.date, open.slot};
}

QDate HistoryQuery::trackedFrom() const {
    return m_history.firstSessionDate().value_or(QDate());
}

std::optional<QDate> HistoryQuery::firstWeek() const {
    const auto first = m_history.firstSessionDate();
    if (!first)
        return std::nullopt;
    return Adherence::weekStartOf(*first);
}

WeekSnapshot HistoryQuery::week(const QDate& anyDay) const {
    const LocalMoment moment = now();
    WeekSnapshot snapshot;
    const QDate start = Adherence::weekStartOf(anyDay);
    snapshot.sessions = m_history.sessionSummaries(start, start.addDays(6));
    snapshot.tallies = m_history.exerciseTallies(start, start.addDays(6));
    snapshot.adherence =
        Adherence::week(AdherenceFigures::records(snapshot.sessions), start, moment, trackedFrom());
    snapshot.isCurrent = start == Adherence::weekStartOf(moment.date);
    return snapshot;
}

TrendSnapshot HistoryQuery::trend(const QDate& lastWeek, int weekCount) const {
    const LocalMoment moment = now();
    const QDate last = Adherence::weekStartOf(lastWeek);
    QDate first = last.addDays(-7 * (weekCount - 1));
    // Weeks before the record began would read as 0 %: they are left out.
    const QDate tracked = trackedFrom();
    if (tracked.isValid())
        first = std::clamp(Adherence::weekStartOf(tracked), first, last);
    const QList<SessionSummary> sessions = m_history.sessionSummaries(first, last.addDays(6));
    const QList<SessionRecord> records = AdherenceFigures::records(sessions);
    TrendSnapshot snapshot;
    for (QDate week = first; week <= last; week = week.addDays(7))
        snapshot.weeks.append(Adherence::week(records, week, moment, tracked));
    snapshot.numbness = dailyNumbness(sessions);
    return snapshot;
}

QList<NumbnessPoint> HistoryQuery::dailyNumbness(const QList<SessionSummary>& sessions) {
    struct Sums {
        int before = 0, beforeCount = 0, after = 0, afterCount = 0;
    };
    QMap<QDate, Sums> days;
    for (const SessionSummary& s : sessions) {
        if (!s.numbnessBefore && !s.numbnessAfter)
            continue;
        Sums& d = days[s.localDate];
        if (s.numbnessBefore) {
            d.before += *s.numbnessBefore;
            ++d.beforeCount;
        }
        if (s.numbnessAfter) {
            d.after += *s.numbnessAfter;
            ++d.afterCount;
        }
    }
    QList<NumbnessPoint> points;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        NumbnessPoint p{it.key(), std::nullopt, std::nullopt};
        if (it->beforeCount > 0)
            p.before = double(it->before) / it->beforeCount;
        if (it->afterCount > 0)
            p.after = double(it->after) / it->afterCount;
        points.append(p);
    }
    return points;
}

int HistoryQuery::streak() const {
    const LocalMoment moment = now();
    // Read a window back from today and widen it while the streak reaches its start: a
    // ten-year streak costs a few reads, an ordinary one a single short one.
    for (int days = 64;; days *= 4) {
        const QDate from = moment.date.addDays(-days);
        const QList<SessionRecord> records = m_history.sessionRecords(from, moment.date);
        const int streak = Adherence::currentStreak(records, moment);
        if (streak < days || records.isEmpty())
            return streak;
        const auto first = m_history.firstSessionDate();
        if (!first || *first >= from)
            return streak;
    }
}

} // namespace footcoach
