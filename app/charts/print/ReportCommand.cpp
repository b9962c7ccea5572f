#include "charts/print/ReportCommand.h"
#include "services/commands/HistoryForCommand.h"

#include "charts/print/ReportWriter.h"
#include "footcoach/Clock.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/TimeZoneProvider.h"
#include "services/history/HistoryQuery.h"
#include "services/history/ReportBuilder.h"
#include "services/settings/AppSettings.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace footcoach {

int runReportPdf(const QString& dataDir, const QString& target, const QDate& from, const QDate& to,
                 const Routine& routine, const WallClock& clock, const TimeZoneProvider& zone,
                 const QString& version) {
    QTextStream err(stderr);
    HistoryStore store(dataDir, clock);
    if (!openHistoryForCommand(store, err))
        return 2;
    const AppSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    const HistoryQuery model(store, clock, settings.schedule(), zone.zone());
    const LocalMoment now = model.now();
    const QDate last = to.isValid() ? to : now.date;
    const QDate first = from.isValid() ? from : ReportBuilder::defaultFrom(now.date);
    if (first > last) {
        err << "footcoach: --from " << first.toString(Qt::ISODate) << " is after the end of the "
            << "report, " << last.toString(Qt::ISODate) << Qt::endl;
        return 2;
    }
    const ReportData data = ReportBuilder::build(store, store, routine, now, first, last);
    // Written to a temporary file and renamed, so a failed report never leaves half a file.
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        err << "footcoach: cannot write " << target << ": " << out.errorString() << Qt::endl;
        return 2;
    }
    if (ReportWriter::write(data, out, ReportWriter::pageSizeFor(QLocale()), version) == 0 ||
        !out.commit()) {
        err << "footcoach: writing " << target << " failed: " << out.errorString() << Qt::endl;
        return 2;
    }
    return 0;
}

} // namespace footcoach
