#include "charts/ChartsPlugin.h"

#include "charts/ChartsHistoryScreen.h"
#include "charts/ReportCommand.h"
#include "charts/ReportWriter.h"

#include <QLocale>

namespace footcoach {

HistoryScreen* ChartsPlugin::createHistoryScreen(const HistoryReader& history,
                                                 const WallClock& clock,
                                                 const TimeZoneProvider& zone,
                                                 const AppSettings& settings,
                                                 const Routine& routine, QWidget* parent) {
    return new ChartsHistoryScreen(history, clock, zone, settings, routine, parent);
}

int ChartsPlugin::writeReport(const ReportData& data, QIODevice& out, const QString& version) {
    return ReportWriter::write(data, out, ReportWriter::pageSizeFor(QLocale()), version);
}

int ChartsPlugin::runReportPdf(const QString& dataDir, const QString& target, const QDate& from,
                               const QDate& to, const Routine& routine, const WallClock& clock,
                               const TimeZoneProvider& zone, const QString& version) {
    return footcoach::runReportPdf(dataDir, target, from, to, routine, clock, zone, version);
}

} // namespace footcoach
