#pragma once

#include "ui/window/ChartsModule.h"

namespace footcoach {

// The charts module's implementation of ChartsModule: HistoryView, ReportWriter and
// runReportPdf behind the interface. The module exports it through footcoach_charts_module();
// tests, which link the module's code, take it from chartsModule().
class ChartsModuleImpl final : public ChartsModule {
public:
    HistoryScreen* createHistoryScreen(const HistoryStore& store, const WallClock& clock,
                                       const AppSettings& settings, const Routine& routine,
                                       QWidget* parent) override;
    int writeReport(const ReportData& data, QIODevice& out, const QString& version) override;
    int runReportPdf(const QString& dataDir, const QString& target, const QDate& from,
                     const QDate& to, const Routine& routine, const WallClock& clock,
                     const QString& version) override;
};

// The one instance in this module, without global constructors (created on first call).
ChartsModule* chartsModule();

} // namespace footcoach
