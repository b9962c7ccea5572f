#pragma once

#include "footcoach/Adherence.h"
#include "footcoach/HistoryRecords.h"

#include <QDate>
#include <QList>

#include <optional>

namespace footcoach {

// The figures of one stretch of days (a week, a month, a report's whole range), computed the
// same way for the history screen, the report and its tests, so they never disagree.
// Slot statuses come from Adherence::week; holds and numbness from the sessions in the range,
// exactly the rows --export-csv writes for those dates.
struct PeriodFigures {
    QDate from;
    QDate to;
    int done = 0;
    int partial = 0;
    int missed = 0;
    int upcoming = 0;
    int holdsDone = 0;
    int extra = 0; // extra sessions: recorded and shown, counted for no slot
    int beforeSum = 0;
    int beforeCount = 0;
    int afterSum = 0;
    int afterCount = 0;

    int slots() const { return done + partial + missed + upcoming; }
    int passedSlots() const { return slots() - upcoming; }
    // Done sessions against the slots that have passed (two a day), rounded half up;
    // nullopt when none has passed. For a whole past week this is Adherence::week's percent().
    std::optional<int> percent() const;
    // Average numbness in tenths (53 is 5.3), rounded half up; nullopt without check-ins.
    std::optional<int> beforeTenths() const;
    std::optional<int> afterTenths() const;

    void add(const PeriodFigures& other);
};

// A slot that was missed or only partly done, for the report's list.
struct SlotProblem {
    SlotKey key;
    SlotStatus status = SlotStatus::Missed;
    int holdsDone = 0;    // the best session in the slot
    int holdsPlanned = 0; // what that session asked for
};

class AdherenceFigures {
public:
    // a / b as a whole percent, rounded half up; nullopt when b is 0.
    static std::optional<int> roundedPercent(int part, int whole);
    // sum / count in tenths, rounded half up; nullopt when count is 0.
    static std::optional<int> averageTenths(int sum, int count);
    // "5.3" in the locale's decimal point; "–" for nullopt.
    static QString tenthsText(std::optional<int> tenths);

    static QList<SessionRecord> records(const QList<SessionSummary>& sessions);

    // Figures for [from, to]; sessions may cover more days.
    static PeriodFigures period(const QList<SessionSummary>& sessions, const QDate& from,
                                const QDate& to, const LocalMoment& now);

    // Missed and partly done slots in [from, to], oldest first.
    static QList<SlotProblem> problems(const QList<SessionSummary>& sessions, const QDate& from,
                                       const QDate& to, const LocalMoment& now);
};

} // namespace footcoach
