#pragma once

#include "footcoach/Adherence.h"
#include "footcoach/HistoryRecords.h"

#include <QDate>
#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>

namespace footcoach {

// Reads what was done: the adherence grid, the History screen, the report, the CSV export.
class HistoryReader {
public:
    virtual ~HistoryReader() = default;

    // Sessions whose local date is in [from, to], for the adherence grid. A session that never
    // finished (the app died) counts as partial if it has a done hold, else as abandoned.
    virtual QList<SessionRecord> sessionRecords(const QDate& from, const QDate& to) const = 0;
    // Sessions whose local date is in [from, to] with their hold counts and check-in, in the
    // order they started.
    virtual QList<SessionSummary> sessionSummaries(const QDate& from, const QDate& to) const = 0;
    // Done and skipped holds per session and exercise for sessions in [from, to], ordered by
    // session start and exercise index.
    virtual QList<ExerciseTally> exerciseTallies(const QDate& from, const QDate& to) const = 0;
    // The local date of the earliest recorded session; nullopt for an empty history.
    virtual std::optional<QDate> firstSessionDate() const = 0;
    virtual QList<HoldRecord> holds(qint64 sessionId) const = 0;
    virtual std::optional<CheckIn> checkIn(qint64 sessionId) const = 0;
    // RFC 4180, UTF-8, CRLF line ends; see CsvWriter.h for the headers.
    virtual bool exportCsv(QIODevice& out, CsvTable table) const = 0;
    virtual QString lastError() const = 0;
};

} // namespace footcoach
