#pragma once

#include "footcoach/Schedule.h"

#include <QString>
#include <QtPlugin>

#include <optional>

class QDate;
class QIODevice;
class QWidget;

namespace footcoach {

class AppSettings;
class HistoryScreen;
class HistoryReader;
class PrescriptionLog;
class TimeZoneProvider;
class WallClock;
struct ReportData;
struct Routine;

// What a report printed from the window is made of; "today" comes from the clock.
struct ReportSources {
    const HistoryReader& history;
    const PrescriptionLog& prescriptions;
    const Routine& routine; // with the program in force applied
    const WallClock& clock;
    const TimeZoneProvider& zone;
    Schedule schedule;
};

// What the charts module (libfootcoach-charts.so: everything that draws with Qt Charts, and
// everything printed, with Qt Print Support) offers the rest of the app: a Qt plugin (ChartsPlugin)
// with this interface. The executable loads it on first use (see ModuleLoader); tests link its code
// and use it directly.
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

    // File > Print report…: the dialog with the choice of days, Print… and Save as PDF….
    virtual void printReport(const ReportSources& sources, QWidget* parent) = 0;
    // File > Print exercise sheet…: the same choice for the sheet of routine (with the program
    // in force applied).
    virtual void printExerciseSheet(const Routine& routine, QWidget* parent) = 0;
    // --handout-pdf; returns the exit status (see HandoutCommand.h).
    virtual int runHandoutPdf(const QString& dataDir, const QString& target,
                              const std::optional<Routine>& routine, const QString& version) = 0;
};

// The module's file name.
inline constexpr char kChartsModuleFile[] = "libfootcoach-charts.so";

} // namespace footcoach

// The interface id: a plugin built against another version of the interface is refused.
#define FOOTCOACH_CHARTS_MODULE_IID "io.github.footcoach.ChartsModule/2"
Q_DECLARE_INTERFACE(footcoach::ChartsModule, FOOTCOACH_CHARTS_MODULE_IID)
