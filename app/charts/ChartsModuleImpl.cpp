#include "charts/ChartsModuleImpl.h"

#include "charts/HistoryView.h"
#include "charts/ReportCommand.h"
#include "charts/ReportWriter.h"

#include <QLocale>

namespace footcoach {

HistoryScreen* ChartsModuleImpl::createHistoryScreen(const HistoryStore& store,
                                                     const WallClock& clock,
                                                     const AppSettings& settings,
                                                     const Routine& routine, QWidget* parent) {
    return new HistoryView(store, clock, settings, routine, parent);
}

int ChartsModuleImpl::writeReport(const ReportData& data, QIODevice& out, const QString& version) {
    return ReportWriter::write(data, out, ReportWriter::pageSizeFor(QLocale()), version);
}

int ChartsModuleImpl::runReportPdf(const QString& dataDir, const QString& target, const QDate& from,
                                   const QDate& to, const Routine& routine, const WallClock& clock,
                                   const QString& version) {
    return footcoach::runReportPdf(dataDir, target, from, to, routine, clock, version);
}

ChartsModule* chartsModule() {
    static ChartsModuleImpl module;
    return &module;
}

} // namespace footcoach

extern "C" Q_DECL_EXPORT void* footcoach_charts_module() {
    return footcoach::chartsModule();
}
