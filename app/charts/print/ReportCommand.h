#pragma once

#include <QDate>
#include <QString>

namespace footcoach {

struct Routine;
class TimeZoneProvider;
class WallClock;

// --report-pdf: writes the physician's report for [from, to] (default: the last four weeks)
// and returns the exit status: 0 on success, 2 with a message on standard error otherwise.
// Needs a QApplication.
int runReportPdf(const QString& dataDir, const QString& target, const QDate& from, const QDate& to,
                 const Routine& routine, const WallClock& clock, const TimeZoneProvider& zone,
                 const QString& version);

} // namespace footcoach
