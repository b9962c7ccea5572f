#pragma once

#include "footcoach/Routine.h"
#include "services/history/AdherenceFigures.h"
#include "services/history/HistoryQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace footcoach {

class HistoryReader;
class PrescriptionLog;

// One row of the report's table: a week (or a month or a year on long ranges).
struct ReportRow {
    QString label;
    PeriodFigures figures;
};

// Everything the physician's report shows, computed before any painting so that tests can
// check the figures and the writer only lays them out.
struct ReportData {
    QDate from;
    QDate to;
    QDate madeOn;
    QDate countedFrom; // the first day counted: from, or the first session's day if later
    QString routineTitle;
    QString scheduleLine;     // "Twice a day, morning and evening; about 8 min a session."
    QStringList programLines; // one per move as prescribed at the end of the range
    QStringList changeLines;  // prescription changes in the range, dated, in words
    QString rowHeading;       // "Week", "Month" or "Year"
    QString tableHeading;     // "Sessions by week", by month or by year
    QList<ReportRow> rows;
    PeriodFigures total;
    QList<DayAdherence> gridDays; // the chart: the range's days, at most the last four weeks
    QList<NumbnessPoint> numbness;
    QList<SlotProblem> problems; // missed or partly done slots, oldest first
    int plannedHolds = 0;        // holds in one whole session as prescribed at the end
    bool emptyHistory = true;    // nothing recorded at all, in or out of the range
};

class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(footcoach::ReportBuilder)
public:
    static constexpr int kGridMaxDays = 35;

    // The default range: the four calendar weeks up to today, this week included.
    static QDate defaultFrom(const QDate& today);

    // The program shown is the one in force at the end of the range (routine gives its words
    // when the record has none); the changes are those dated within the range.
    static ReportData build(const HistoryReader& history, const PrescriptionLog& prescriptions,
                            const Routine& routine, const LocalMoment& now, const QDate& from,
                            const QDate& to);
};

} // namespace footcoach
