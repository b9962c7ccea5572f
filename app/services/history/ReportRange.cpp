#include "services/history/ReportRange.h"

#include "services/history/ReportBuilder.h"

namespace footcoach {

ReportRange ReportRange::make(Preset preset, const QDate& today, const QDate& since,
                              const QDate& until) {
    switch (preset) {
    case Preset::LastFourWeeks:
        // The same days as --report-pdf without --from, so the two reports agree.
        return {ReportBuilder::defaultFrom(today), today};
    case Preset::LastThreeMonths:
        return {today.addMonths(-3), today};
    case Preset::Since:
        return {since, today};
    case Preset::Custom:
        return {since, until};
    }
    return {};
}

QString ReportRange::fileName() const {
    return QStringLiteral("footcoach-report-%1-to-%2.pdf")
        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

} // namespace footcoach
