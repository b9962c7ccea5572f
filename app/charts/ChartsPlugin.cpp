#include "charts/ChartsPlugin.h"

#include "charts/ChartsHistoryScreen.h"
#include "charts/ReportCommand.h"
#include "charts/ReportWriter.h"

#include <QLocale>

namespace footcoach {

HistoryScreen* ChartsPlugin::createHistoryScreen(const HistoryStore& store, const WallClock& clock,
                                                 const AppSettings& settings,
                                                 const Routine& routine, QWidget* parent) {
    return new ChartsHistoryScreen(store, clock, settings, routine, parent);
}

int ChartsPlugin::writeReport(const ReportData& data, QIODevice& out, const QString& version) {
    return ReportWriter::write(data, out, ReportWriter::pageSizeFor(QLocale()), version);
}

int ChartsPlugin::runReportPdf(const QString& dataDir, const QString& target, const QDate& from,
                               const QDate& to, const Routine& routine, const WallClock& clock,
                               const QString& version) {
    return footcoach::runReportPdf(dataDir, target, from, to, routine, clock, version);
}

} // namespace footcoach
