#pragma once

#include <QDate>
#include <QString>

namespace footcoach {

// The days a report covers, as chosen in the print dialog: one of four presets, worked out
// from "today" (which the caller takes from the injected clock), so the same choice always
// gives the same days on a given date.
struct ReportRange {
    enum class Preset {
        LastFourWeeks,   // the four calendar weeks up to today, this week included
        LastThreeMonths, // from the same day three months back, to today
        Since,           // from a chosen day to today
        Custom           // two chosen days
    };

    QDate from;
    QDate to;

    // since: the chosen first day (Since, Custom); until: the chosen last day (Custom).
    static ReportRange make(Preset preset, const QDate& today, const QDate& since = {},
                            const QDate& until = {});

    // Both days set, in order.
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // "footcoach-report-2026-11-03-to-2026-12-01.pdf"
    QString fileName() const;
};

} // namespace footcoach
