#pragma once

#include "ui/window/ChartsModule.h"

#include <QObject>

namespace footcoach {

// The charts module as a Qt plugin: ChartsHistoryScreen, ReportWriter, the print dialog, the
// exercise sheet and the report and sheet commands behind
// the ChartsModule interface. The executable gets it from QPluginLoader (ModuleLoader); tests,
// which link the module's code, make one themselves.
class ChartsPlugin final : public QObject, public ChartsModule {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID FOOTCOACH_CHARTS_MODULE_IID)
    Q_INTERFACES(footcoach::ChartsModule)

public:
    HistoryScreen* createHistoryScreen(const HistoryReader& history, const WallClock& clock,
                                       const TimeZoneProvider& zone, const AppSettings& settings,
                                       const Routine& routine, QWidget* parent) override;
    int writeReport(const ReportData& data, QIODevice& out, const QString& version) override;
    int runReportPdf(const QString& dataDir, const QString& target, const QDate& from,
                     const QDate& to, const Routine& routine, const WallClock& clock,
                     const TimeZoneProvider& zone, const QString& version) override;
    void printReport(const ReportSources& sources, QWidget* parent) override;
    void printExerciseSheet(const Routine& routine, QWidget* parent) override;
    int runHandoutPdf(const QString& dataDir, const QString& target,
                      const std::optional<Routine>& routine, const QString& version) override;
};

} // namespace footcoach
