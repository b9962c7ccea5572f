#pragma once

#include "footcoach/Adherence.h"
#include "footcoach/HistoryRecords.h"
#include "footcoach/Schedule.h"
#include "services/history/AdherenceFigures.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace footcoach {

class HistoryReader;
class WallClock;

// Daily average numbness, for the symptom trend.
struct NumbnessPoint {
    QDate date;
    std::optional<double> before;
    std::optional<double> after;
};

// One week as the history screen shows it.
struct WeekSnapshot {
    WeekAdherence adherence;
    QList<SessionSummary> sessions;
    QList<ExerciseTally> tallies;
    bool isCurrent = false;
};

// The weeks before and including a week, for the trend charts beside it.
struct TrendSnapshot {
    QList<WeekAdherence> weeks; // oldest first
    QList<NumbnessPoint> numbness;
};

// Reads what the history screen shows from the store: a week, the weeks before it, the
// streak. Every read is a range query on the local-date index, so switching weeks stays fast
// however long the history is. "Now" is the injected wall clock and the planner's open slot.
class HistoryQuery {
public:
    HistoryQuery(const HistoryReader& history, const WallClock& clock, Schedule schedule,
                 QTimeZone zone);

    LocalMoment now() const;
    QDate thisWeek() const { return Adherence::weekStartOf(now().date); }
    std::optional<QDate> firstWeek() const;
    // The record begins on the day of the first session, as in the report: slots before it
    // are not tracked rather than missed. Invalid for an empty history.
    QDate trackedFrom() const;

    WeekSnapshot week(const QDate& anyDay) const;
    TrendSnapshot trend(const QDate& lastWeek, int weekCount) const;
    // Days in a row with both sessions done, as Adherence::currentStreak counts them. Reads
    // back only as far as the streak goes.
    int streak() const;

    static QList<NumbnessPoint> dailyNumbness(const QList<SessionSummary>& sessions);

private:
    const HistoryReader& m_history;
    const WallClock& m_clock;
    Schedule m_schedule;
    QTimeZone m_zone;
};

} // namespace footcoach
