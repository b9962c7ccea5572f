#pragma once

#include <QString>
#include <QtPlugin>

class QDate;
class QIODevice;
class QWidget;

namespace footcoach {

class AppSettings;
class HistoryScreen;
class HistoryReader;
class TimeZoneProvider;
class WallClock;
struct ReportData;
struct Routine;

// What the charts module (libfootcoach-charts.so, everything that draws with Qt Charts) offers
// the rest of the app: a Qt plugin (ChartsPlugin) with this interface. The executable loads it
// on first use (see ModuleLoader); tests link its code and use it directly.
class ChartsModule {
public:
    virtual ~ChartsModule() = default;

    virtual HistoryScreen* createHistoryScreen(const HistoryReader& history, const WallClock& clock,
                                               const TimeZoneProvider& zone,
                                               const AppSettings& settings, const Routine& routine,
                                               QWidget* parent) = 0;
    // The physician's report as a PDF on the locale's paper; returns the number of pages, 0 on
    // failure.
    virtual int writeReport(const ReportData& data, QIODevice& out, const QString& version) = 0;
    // --report-pdf; returns the exit status (see ReportCommand.h).
    virtual int runReportPdf(const QString& dataDir, const QString& target, const QDate& from,
                             const QDate& to, const Routine& routine, const WallClock& clock,
                             const TimeZoneProvider& zone, const QString& version) = 0;
};

// The module's file name.
inline constexpr char kChartsModuleFile[] = "libfootcoach-charts.so";

} // namespace footcoach

// The interface id: a plugin built against another version of the interface is refused.
#define FOOTCOACH_CHARTS_MODULE_IID "io.github.footcoach.ChartsModule/1"
Q_DECLARE_INTERFACE(footcoach::ChartsModule, FOOTCOACH_CHARTS_MODULE_IID)
