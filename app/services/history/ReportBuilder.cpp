#include "services/history/ReportBuilder.h"
#include "footcoach/DateText.h"
#include "footcoach/Words.h"

#include "footcoach/HistoryReader.h"
#include "footcoach/PrescriptionLog.h"
#include "footcoach/SessionPlan.h"
#include "services/settings/PrescriptionRecorder.h"

#include <QHash>
#include <QLocale>

#include <array>

namespace footcoach {

namespace {

// Rows of a week, a month or a year: short ranges by week, as the issue asks; years of history
// by month or year so that the report still fits on two pages.
enum class RowKind { Week, Month, Year };

RowKind rowKindFor(const QDate& from, const QDate& to) {
    const qint64 days = from.daysTo(to) + 1;
    if (days <= 7 * 16)
        return RowKind::Week;
    if (days <= 366 * 2)
        return RowKind::Month;
    return RowKind::Year;
}

QDate rowEnd(RowKind kind, const QDate& start) {
    switch (kind) {
    case RowKind::Week:
        return Adherence::weekStartOf(start).addDays(6);
    case RowKind::Month:
        return QDate(start.year(), start.month(), start.daysInMonth());
    case RowKind::Year:
        return QDate(start.year(), 12, 31);
    }
    return start;
}

QString rowLabel(RowKind kind, const QDate& from, const QDate& to) {
    const QLocale locale;
    switch (kind) {
    case RowKind::Week:
        if (from.month() == to.month())
            return QStringLiteral("%1–%2").arg(from.day()).arg(DateText::dayMonth(to, locale));
        return QStringLiteral("%1 – %2").arg(DateText::dayMonth(from, locale),
                                             DateText::dayMonth(to, locale));
    case RowKind::Month:
        return locale.toString(from, QStringLiteral("MMMM yyyy"));
    case RowKind::Year:
        return QString::number(from.year());
    }
    return {};
}

// The prescription changes that took effect in the range, in words with their dates. What a
// change replaced is its beforeJson, of the routine of the record before it.
QStringList changeLines(const QList<PrescriptionChange>& records, const QDate& from,
                        const QDate& to) {
    const QLocale locale;
    QStringList lines;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const PrescriptionChange& c = records[i];
        if (!c.isChange() || c.effective < from || c.effective > to)
            continue;
        const PrescriptionChange& previous = records[i - 1];
        const QStringList words = Words::prescriptionChanges(
            Prescription::fromJson(c.beforeJson, previous.routineId, previous.routineVersion),
            Prescription::fromJson(c.detailsJson, c.routineId, c.routineVersion));
        if (!words.isEmpty())
            lines << Words::changeFrom(c.effective, words, locale);
    }
    return lines;
}

// The routine as prescribed at the end of the range: its moves and numbers from the record in
// force then, its words from the routine in use where the record has none.
Routine routineInForce(const QList<PrescriptionChange>& records, const QDate& to,
                       const Routine& current) {
    const std::optional<Prescription> p = PrescriptionRecorder::inForce(records, to);
    if (!p)
        return current;
    Routine r = current;
    if (p->routineId != current.id && !p->title.source.isEmpty())
        r.title = p->title;
    r.id = p->routineId;
    r.version = p->routineVersion;
    const QList<PrescribedMove> moves = p->movesOr(current);
    r.exercises.clear();
    for (const PrescribedMove& m : moves) {
        Exercise e;
        e.id = m.id;
        e.title = m.title;
        e.sides = m.sides;
        e.reps = m.reps;
        e.holdSeconds = m.holdSeconds;
        e.minHoldSeconds = m.minHoldSeconds;
        e.restSeconds = m.restSeconds;
        for (const Exercise& known : current.exercises) {
            if (known.id == m.id)
                e.positionSeconds = known.positionSeconds;
        }
        r.exercises.append(e);
    }
    return r;
}

// The table's rows from the first counted day to the end of the range, and their total.
void addRows(ReportData& r, const QList<SessionSummary>& sessions, const QDate& counted,
             const LocalMoment& now) {
    const RowKind kind = rowKindFor(r.from, r.to);
    r.rowHeading = kind == RowKind::Week    ? ReportBuilder::tr("Week")
                   : kind == RowKind::Month ? ReportBuilder::tr("Month")
                                            : ReportBuilder::tr("Year");
    // Whole sentences, so that each language can inflect and capitalise them its own way.
    r.tableHeading = kind == RowKind::Week    ? ReportBuilder::tr("Sessions by week")
                     : kind == RowKind::Month ? ReportBuilder::tr("Sessions by month")
                                              : ReportBuilder::tr("Sessions by year");
    // Sessions are in start order; each row takes its slice.
    for (QDate start = counted; start <= r.to;) {
        const QDate end = std::min(rowEnd(kind, start), r.to);
        r.rows.append(
            {rowLabel(kind, start, end), AdherenceFigures::period(sessions, start, end, now)});
        r.total.add(r.rows.last().figures);
        start = end.addDays(1);
    }
    r.total.from = r.from;
    r.total.to = r.to;
}

// The chart's days: the whole range if short, else the last four weeks; none before counted.
QList<DayAdherence> gridDays(const QList<SessionSummary>& sessions, const QDate& from,
                             const QDate& to, const QDate& counted, const LocalMoment& now) {
    const QDate gridFrom = std::max(counted, to.addDays(-(ReportBuilder::kGridMaxDays - 1)));
    const QDate gridStart = from.daysTo(to) < ReportBuilder::kGridMaxDays
                                ? gridFrom
                                : Adherence::weekStartOf(to).addDays(-21); // last four weeks
    const QList<SessionRecord> records = AdherenceFigures::records(sessions);
    QList<DayAdherence> days;
    for (QDate week = Adherence::weekStartOf(gridStart); week <= to; week = week.addDays(7)) {
        const WeekAdherence w = Adherence::week(records, week, now);
        for (const DayAdherence& d : w.days) {
            if (d.date >= std::max(gridStart, counted) && d.date <= to)
                days.append(d);
        }
    }
    return days;
}

// A point a week, for the weeks that have daily points, averaging that week's check-ins.
QList<NumbnessPoint> weeklyNumbness(const QList<NumbnessPoint>& daily,
                                    const QList<SessionSummary>& sessions) {
    QList<NumbnessPoint> weekly;
    for (const NumbnessPoint& p : daily) {
        const QDate week = Adherence::weekStartOf(p.date);
        if (weekly.isEmpty() || weekly.last().date != week)
            weekly.append({week, std::nullopt, std::nullopt});
    }
    QHash<QDate, std::array<int, 4>> sums; // before sum, count, after sum, count
    for (const SessionSummary& s : sessions) {
        auto& w = sums[Adherence::weekStartOf(s.localDate)];
        if (s.numbnessBefore) {
            w[0] += *s.numbnessBefore;
            ++w[1];
        }
        if (s.numbnessAfter) {
            w[2] += *s.numbnessAfter;
            ++w[3];
        }
    }
    for (NumbnessPoint& p : weekly) {
        const auto w = sums.value(p.date);
        if (w[1] > 0)
            p.before = double(w[0]) / w[1];
        if (w[3] > 0)
            p.after = double(w[2]) / w[3];
    }
    return weekly;
}

} // namespace

QDate ReportBuilder::defaultFrom(const QDate& today) {
    return Adherence::weekStartOf(today).addDays(-21);
}

ReportData ReportBuilder::build(const HistoryReader& history, const PrescriptionLog& prescriptions,
                                const Routine& routine, const LocalMoment& now, const QDate& from,
                                const QDate& to) {
    ReportData r;
    r.from = from;
    r.to = to;
    r.madeOn = now.date;
    const QString localeName = QLocale().name();
    const QList<PrescriptionChange> records = prescriptions.prescriptionChanges();
    const Routine prescribed = routineInForce(records, to, routine);
    r.routineTitle = prescribed.title.forLocale(localeName);
    const SessionPlan plan(prescribed);
    r.plannedHolds = plan.holdCount();
    r.scheduleLine = tr("Twice a day, morning and evening; about %1 a session.")
                         .arg(Words::duration(plan.totalSeconds()));
    for (const PrescribedMove& m : Prescription::of(prescribed, {}).moves)
        r.programLines << Words::prescribedMove(m, localeName);
    r.changeLines = changeLines(records, from, to);

    const QList<SessionSummary> sessions = history.sessionSummaries(from, to);
    const std::optional<QDate> firstSession = history.firstSessionDate();
    r.emptyHistory = !firstSession.has_value();
    // Days before the first session are before the user started, not missed.
    if (firstSession && *firstSession <= to)
        r.countedFrom = std::max(from, *firstSession);
    const QDate counted = r.countedFrom.isValid() ? r.countedFrom : to.addDays(1);

    addRows(r, sessions, counted, now);
    r.gridDays = gridDays(sessions, from, to, counted, now);
    r.numbness = HistoryQuery::dailyNumbness(sessions);
    if (from.daysTo(to) > 120) {
        // Months or years of days are a blur on paper: one point a week instead.
        r.numbness = weeklyNumbness(r.numbness, sessions);
    }
    r.problems = AdherenceFigures::problems(sessions, counted, to, now);
    return r;
}

} // namespace footcoach
