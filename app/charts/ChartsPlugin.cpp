#include "charts/ChartsPlugin.h"

#include "charts/history/ChartsHistoryScreen.h"
#include "charts/print/ExerciseSheetWriter.h"
#include "charts/print/HandoutCommand.h"
#include "charts/print/PrintChoiceDialog.h"
#include "charts/print/ReportCommand.h"
#include "charts/print/ReportRangeBox.h"
#include "charts/print/ReportWriter.h"
#include "footcoach/Clock.h"
#include "footcoach/TimeZoneProvider.h"
#include "services/history/ReportBuilder.h"

#include <QApplication>
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

void ChartsPlugin::printReport(const ReportSources& sources, QWidget* parent) {
    // "Now" as the History screen has it: the open slot on the injected clock.
    const SlotKey open =
        SchedulePlanner::openSlot(sources.schedule, sources.clock.nowUtc(), sources.zone.zone());
    const LocalMoment now{open.date, open.slot};
    auto* range = new ReportRangeBox(now.date);
    PrintJob job{ReportWriter::tr("The report for your doctor"),
                 [range] { return range->range().fileName(); },
                 [range, &sources, now](QPagedPaintDevice& device) {
                     const ReportRange days = range->range();
                     const ReportData data =
                         ReportBuilder::build(sources.history, sources.prescriptions,
                                              sources.routine, now, days.from, days.to);
                     return ReportWriter::paint(data, device, QApplication::applicationVersion());
                 }};
    PrintChoiceDialog dialog(std::move(job), parent);
    dialog.addOptions(range);
    QObject::connect(range, &ReportRangeBox::changed, &dialog, &PrintChoiceDialog::setReady);
    dialog.exec();
}

void ChartsPlugin::printExerciseSheet(const Routine& routine, QWidget* parent) {
    PrintJob job{ExerciseSheetWriter::tr("The exercise sheet"),
                 [] { return QStringLiteral("footcoach-exercise-sheet.pdf"); },
                 [&routine](QPagedPaintDevice& device) {
                     return ExerciseSheetWriter::paint(routine, device,
                                                       QApplication::applicationVersion())
                         .pages;
                 }};
    PrintChoiceDialog dialog(std::move(job), parent);
    dialog.exec();
}

int ChartsPlugin::runHandoutPdf(const QString& dataDir, const QString& target,
                                const std::optional<Routine>& routine, const QString& version) {
    return footcoach::runHandoutPdf(dataDir, target, routine, version);
}

} // namespace footcoach
