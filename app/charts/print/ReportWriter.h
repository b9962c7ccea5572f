#pragma once

#include "services/history/ReportBuilder.h"

#include <QCoreApplication>
#include <QPageSize>

class QIODevice;
class QLocale;
class QPagedPaintDevice;
class QPainter;

namespace footcoach {

// Lays the physician's report out as a PDF of one or two pages: who and when, the key
// figures, the prescribed program, the table, the morning-and-evening chart, the numbness
// trend and the missed or partly done sessions. Black text, patterns and shapes that survive a
// black-and-white printer. Needs a QApplication (the charts are widgets); works offscreen.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(footcoach::ReportWriter)
public:
    // Letter or A4, by the locale's country (PaperSize).
    static QPageSize pageSizeFor(const QLocale& locale);

    // Writes the PDF to out; returns the number of pages, 0 on failure.
    static int write(const ReportData& data, QIODevice& out, const QPageSize& pageSize,
                     const QString& version);
    // Paints the report on a PDF writer or a printer set to print the full page (no margins
    // of its own); returns the number of pages, 0 on failure.
    static int paint(const ReportData& data, QPagedPaintDevice& device, const QString& version);

    // The key figures' numbness line: the averages before and after, and how many check-ins.
    static QString numbnessLine(const PeriodFigures& total);
};

} // namespace footcoach
