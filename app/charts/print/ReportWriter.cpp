#include "charts/print/ReportWriter.h"
#include "footcoach/DateText.h"
#include "footcoach/Words.h"

#include "charts/history/NumbnessChart.h"
#include "charts/history/SlotGridChart.h"
#include "charts/print/PaperSize.h"
#include "charts/print/ReportTableLayout.h"
#include "ui/common/StatusStyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace footcoach {

namespace {

// Everything is laid out in points (1/72 inch); the painter is scaled to the writer's dpi.
constexpr qreal kMargin = 42;
constexpr int kDpi = 300;
constexpr qreal kChartPixelsPerPoint = 2; // charts render at twice the point size

QFont font(qreal points, bool bold = false) {
    // After the painter's scale one pixel is one point.
    return ReportTableLayout::font(points, bold);
}

class Page {
public:
    Page(QPainter& painter, const QRectF& area)
        : m_p(painter)
        , m_area(area)
        , m_y(area.top()) {}

    qreal y() const { return m_y; }
    qreal left() const { return m_area.left(); }
    qreal width() const { return m_area.width(); }
    qreal remaining() const { return m_area.bottom() - m_y; }
    void skip(qreal points) { m_y += points; }
    void reset() { m_y = m_area.top(); }

    // Wrapped text; returns its height.
    qreal text(const QString& text, const QFont& f, qreal indent = 0,
               const QColor& color = Qt::black) {
        m_p.setFont(f);
        m_p.setPen(color);
        const QRectF box(left() + indent, m_y, width() - indent, 1000);
        const QRectF used = m_p.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft, text);
        m_p.drawText(box, Qt::TextWordWrap | Qt::AlignLeft, text);
        m_y += used.height();
        return used.height();
    }

    void heading(const QString& text) {
        skip(10);
        this->text(text, font(12.5, true));
        m_p.setPen(QPen(Qt::black, 0.8));
        m_p.drawLine(QPointF(left(), m_y + 1.5), QPointF(left() + width(), m_y + 1.5));
        skip(5);
    }

private:
    QPainter& m_p;
    QRectF m_area;
    qreal m_y;
};

void renderChart(QPainter& p, SummarizedChart& chart, const QRectF& target) {
    chart.resize(int(target.width() * kChartPixelsPerPoint),
                 int(target.height() * kChartPixelsPerPoint));
    p.save();
    p.translate(target.topLeft());
    p.scale(1 / kChartPixelsPerPoint, 1 / kChartPixelsPerPoint);
    chart.QWidget::render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    p.restore();
}

void drawLegend(QPainter& p, qreal x, qreal y, qreal size) {
    p.setFont(font(9));
    p.setPen(Qt::black);
    const QFontMetricsF fm(p.font());
    for (const SlotStatus s :
         {SlotStatus::Done, SlotStatus::Partial, SlotStatus::Missed, SlotStatus::Upcoming}) {
        StatusStyle::paint(p, QRectF(x, y, size, size), s);
        x += size + 4;
        const QString label = Words::slotStatus(s);
        p.drawText(QPointF(x, y + size * 0.78), label);
        x += fm.horizontalAdvance(label) + 16;
    }
}

QString dayCount(int days) {
    return ReportWriter::tr("%n days", nullptr, days);
}

QString numbnessPair(const PeriodFigures& f) {
    if (!f.beforeTenths() && !f.afterTenths())
        return QStringLiteral("–");
    return QStringLiteral("%1 → %2").arg(AdherenceFigures::tenthsText(f.beforeTenths()),
                                         AdherenceFigures::tenthsText(f.afterTenths()));
}

QString percentText(const PeriodFigures& f) {
    const auto pct = f.percent();
    return pct ? QStringLiteral("%1%").arg(*pct) : QStringLiteral("–");
}

QFont chartFont(qreal points) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(int(points * kChartPixelsPerPoint));
    return f;
}

QStringList tableRow(const QString& label, const PeriodFigures& f) {
    return {label,
            ReportWriter::tr("%1 of %2").arg(f.done).arg(f.passedSlots()),
            QString::number(f.partial),
            QString::number(f.missed),
            percentText(f),
            QString::number(f.holdsDone),
            numbnessPair(f)};
}

// The report being laid out: its sections in reading order, each drawn where the previous one
// ended, and the page count that the footers and the new pages keep.
class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(footcoach::ReportWriter)
public:
    ReportDocument(const ReportData& data, QPagedPaintDevice& pdf, QPainter& painter,
                   const QSizeF& paper, const QString& version)
        : m_data(data)
        , m_pdf(pdf)
        , m_p(painter)
        , m_paper(paper)
        , m_area(kMargin, kMargin, paper.width() - 2 * kMargin, paper.height() - 2 * kMargin - 14)
        , m_page(painter, m_area)
        , m_version(version)
        , m_totalPages(data.emptyHistory ? 1 : 2) {}

    // Draws every section; returns the number of pages.
    int layOut();

private:
    void header();
    void keyFigures();
    QString headline() const;
    QString numbnessLine() const;
    void program();
    void table();
    void drawTableRow(const ReportTableLayout& layout, const QStringList& cells, bool bold,
                      bool shade);
    void rule();
    void adherenceNote();
    void slotChart();
    void numbnessTrend();
    void problemList();
    QString problemEntry(const SlotProblem& problem, bool oneYear) const;
    int plannedOf(const SlotProblem& problem) const;
    int problemColumns(bool oneYear) const;
    void footer();
    void newPage();

    const ReportData& m_data;
    QPagedPaintDevice& m_pdf;
    QPainter& m_p;
    const QSizeF m_paper;
    const QRectF m_area;
    Page m_page;
    const QLocale m_locale;
    const QString m_version;
    int m_pages = 1;
    const int m_totalPages;
};

int ReportDocument::layOut() {
    header();
    keyFigures();
    program();
    table();
    slotChart();
    // With nothing recorded there is nothing for a second page: the first one says so.
    if (!m_data.emptyHistory) {
        // Page two: the symptom trend and the list (the chart may already have moved there).
        if (m_pages == 1)
            newPage();
        numbnessTrend();
        problemList();
    }
    footer();
    return m_pages;
}

// Who, what and when.
void ReportDocument::header() {
    m_page.text(tr("Stretching record: %1").arg(m_data.routineTitle), font(17, true));
    m_page.skip(4);
    m_page.text(tr("Period: %1 to %2 (%3). Printed %4.")
                    .arg(DateText::longDate(m_data.from, m_locale),
                         DateText::longDate(m_data.to, m_locale),
                         dayCount(int(m_data.from.daysTo(m_data.to) + 1)),
                         DateText::longDate(m_data.madeOn, m_locale)),
                font(10));
    if (m_data.countedFrom.isValid() && m_data.countedFrom > m_data.from)
        m_page.text(tr("The record starts on %1, the day of the first session; the days before "
                       "it are not counted.")
                        .arg(DateText::longDate(m_data.countedFrom, m_locale)),
                    font(10));
    m_page.skip(6);
    m_page.text(tr("Name: ________________________________    Date of birth: ________________"),
                font(10));
    m_page.skip(10);
}

// The figures a busy reader needs first, in a box.
void ReportDocument::keyFigures() {
    const PeriodFigures& t = m_data.total;
    const qreal top = m_page.y();
    m_page.skip(7);
    m_page.text(headline(), font(14, true), 8);
    m_page.skip(2);
    m_page.text(tr("Partly done: %1    Missed: %2    Stretches held: %3")
                    .arg(t.partial)
                    .arg(t.missed)
                    .arg(t.holdsDone),
                font(11), 8);
    if (t.extra > 0) {
        // Extra sessions were done outside the slots' times: counted for no slot, shown here.
        m_page.skip(2);
        m_page.text(
            tr("Extra sessions, outside the morning and evening times: %n", nullptr, t.extra),
            font(11), 8);
    }
    m_page.skip(2);
    m_page.text(numbnessLine(), font(11), 8);
    m_page.skip(7);
    m_p.setPen(QPen(Qt::black, 1.2));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(QRectF(m_page.left(), top, m_page.width(), m_page.y() - top));
}

QString ReportDocument::headline() const {
    const PeriodFigures& t = m_data.total;
    if (m_data.emptyHistory)
        return tr("No sessions have been recorded yet.");
    if (t.passedSlots() == 0)
        return tr("No sessions were due in this period yet.");
    return tr("Sessions done: %1 of %2 (%3)").arg(t.done).arg(t.passedSlots()).arg(percentText(t));
}

QString ReportDocument::numbnessLine() const {
    return ReportWriter::numbnessLine(m_data.total);
}

void ReportDocument::program() {
    m_page.heading(tr("Prescribed program"));
    m_page.text(tr("%1: %2").arg(m_data.routineTitle, m_data.scheduleLine), font(10));
    for (const QString& line : m_data.programLines)
        m_page.text(QStringLiteral("•  ") + line, font(10), 8);
    m_page.skip(2);
    if (m_data.changeLines.isEmpty()) {
        m_page.text(tr("No changes to the program in this period."), font(10));
    } else {
        m_page.text(tr("Changes in this period:"), font(10, true));
        for (const QString& line : m_data.changeLines)
            m_page.text(QStringLiteral("•  ") + line, font(10), 8);
    }
}

// The table: a row a week (or month or year), then the whole period's.
void ReportDocument::table() {
    m_page.heading(m_data.tableHeading);
    const QStringList headers = {m_data.rowHeading,
                                 tr("Sessions\ndone"),
                                 tr("Partly\ndone"),
                                 tr("Missed"),
                                 tr("Adherence"),
                                 tr("Stretches\nheld"),
                                 tr("Numbness\nbefore → after")};
    QList<QStringList> body;
    for (const ReportRow& row : m_data.rows)
        body.append(tableRow(row.label, row.figures));
    body.append(tableRow(tr("All"), m_data.total));
    const ReportTableLayout layout = ReportTableLayout::fit(headers, body, m_page.width());
    if (m_data.rows.isEmpty()) {
        m_page.text(m_data.emptyHistory
                        ? tr("Nothing is recorded yet. The table fills in from the first session.")
                        : tr("No sessions were recorded in this period."),
                    font(10));
    } else {
        drawTableRow(layout, headers, true, false);
        m_page.skip(1);
        rule();
        for (int i = 0; i + 1 < int(body.size()); ++i)
            drawTableRow(layout, body[i], false, i % 2 == 1);
        rule();
        drawTableRow(layout, body.last(), true, false);
    }
    m_page.skip(2);
    adherenceNote();
}

void ReportDocument::drawTableRow(const ReportTableLayout& layout, const QStringList& cells,
                                  bool bold, bool shade) {
    const bool twoLines = cells.join(QString()).contains(QLatin1Char('\n'));
    const qreal rowHeight = (twoLines ? 25 : 14.5) * layout.points / ReportTableLayout::kMaxPoints;
    if (shade) {
        m_p.fillRect(QRectF(m_page.left(), m_page.y(), m_page.width(), rowHeight),
                     QColor(0xee, 0xee, 0xee));
    }
    m_p.setFont(font(layout.points, bold));
    m_p.setPen(Qt::black);
    qreal x = m_page.left();
    for (int i = 0; i < int(cells.size()); ++i) {
        const qreal w = layout.widths[i];
        m_p.drawText(QRectF(x + 3, m_page.y(), w - 6, rowHeight),
                     (twoLines ? Qt::AlignBottom : Qt::AlignVCenter) |
                         (i == 0 ? Qt::AlignLeft : Qt::AlignRight),
                     cells[i]);
        x += w;
    }
    m_page.skip(rowHeight);
}

// A line across the table, under its header and above its total.
void ReportDocument::rule() {
    m_p.setPen(QPen(Qt::black, 0.8));
    m_p.drawLine(QPointF(m_page.left(), m_page.y()),
                 QPointF(m_page.left() + m_page.width(), m_page.y()));
}

void ReportDocument::adherenceNote() {
    const int upcoming = m_data.total.upcoming;
    QString note = tr("Adherence: sessions done of the two a day the program asks for.");
    if (upcoming > 0)
        note += QLatin1Char(' ') +
                tr("The %n sessions still to come are not counted.", nullptr, upcoming);
    m_page.text(note, font(8.5), 0, QColor(0x30, 0x30, 0x30));
}

// The chart: which slots were done, day by day; on the next page if it does not fit.
void ReportDocument::slotChart() {
    if (m_data.gridDays.isEmpty())
        return;
    const qreal chartHeight = 118;
    if (m_page.remaining() < chartHeight + 40)
        newPage();
    m_page.heading(m_data.gridDays.size() < m_data.from.daysTo(m_data.to) + 1
                       ? tr("Morning and evening, the last four weeks")
                       : tr("Morning and evening, day by day"));
    SlotGridChart grid;
    grid.setChartFont(chartFont(9));
    const qreal columnWidth = (m_page.width() - 60) / qreal(m_data.gridDays.size());
    grid.setMarkerSize(std::min(26.0, columnWidth * 0.8) * kChartPixelsPerPoint);
    grid.setDays(m_data.gridDays);
    renderChart(m_p, grid, QRectF(m_page.left(), m_page.y(), m_page.width(), chartHeight - 20));
    m_page.skip(chartHeight - 16);
    drawLegend(m_p, m_page.left() + 60, m_page.y(), 10);
    m_page.skip(14);
}

void ReportDocument::numbnessTrend() {
    m_page.heading(tr("Numbness before and after the sessions"));
    if (m_data.numbness.isEmpty()) {
        m_page.text(tr("No numbness check-ins were recorded in this period."), font(10));
        return;
    }
    NumbnessChart numbness;
    numbness.setChartFont(chartFont(9.5));
    numbness.setPoints(m_data.numbness, m_data.from, m_data.to);
    m_page.skip(4);
    NumbnessChart::paintLegend(m_p, QPointF(m_page.left() + 30, m_page.y()), font(9.5));
    m_page.skip(16);
    renderChart(m_p, numbness, QRectF(m_page.left(), m_page.y(), m_page.width(), 190));
    m_page.skip(192);
    m_page.text(m_data.from.daysTo(m_data.to) > 120
                    ? tr("Each point is the average of a week's check-ins: 0 is normal "
                         "feeling, 10 no feeling at all.")
                    : tr("Each point is the average of a day's check-ins: 0 is normal "
                         "feeling, 10 no feeling at all."),
                font(9), 0, QColor(0x30, 0x30, 0x30));
}

// The missed or partly done sessions, in columns, as many of the latest as the page holds.
void ReportDocument::problemList() {
    m_page.heading(tr("Missed or partly done sessions: %1").arg(m_data.problems.size()));
    if (m_data.problems.isEmpty()) {
        m_page.text(m_data.total.passedSlots() > 0 ? tr("None: every session was done.")
                                                   : tr("None."),
                    font(10));
        return;
    }
    const bool oneYear = m_data.from.year() == m_data.to.year();
    const int columns = problemColumns(oneYear);
    const qreal lineHeight = 13;
    const qreal columnWidth = m_page.width() / columns;
    const int rowsFit = std::max(1, int((m_page.remaining() - 20) / lineHeight));
    const int capacity = rowsFit * columns;
    const bool cut = m_data.problems.size() > capacity;
    const int shown = cut ? capacity - 1 : int(m_data.problems.size());
    // The most recent ones matter most when they do not all fit.
    const int first = int(m_data.problems.size()) - shown;
    const int rows = (shown + columns - 1) / columns;
    m_p.setFont(font(9));
    m_p.setPen(Qt::black);
    for (int i = 0; i < shown; ++i) {
        const SlotProblem& problem = m_data.problems[first + i];
        const qreal x = m_page.left() + (i / rows) * columnWidth;
        const qreal y = m_page.y() + (i % rows) * lineHeight;
        StatusStyle::paint(m_p, QRectF(x, y + 1.5, 9, 9), problem.status);
        m_p.setFont(font(9));
        m_p.setPen(Qt::black);
        m_p.drawText(QRectF(x + 13, y, columnWidth - 15, lineHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, problemEntry(problem, oneYear));
    }
    m_page.skip(rows * lineHeight + 4);
    if (cut)
        m_page.text(tr("%n earlier ones are left out here; the CSV export lists every "
                       "session.",
                       nullptr, first),
                    font(9), 0, QColor(0x30, 0x30, 0x30));
    m_page.text(tr("Partly done shows the stretches held of those the session asked for."),
                font(8.5), 0, QColor(0x40, 0x40, 0x40));
}

// What the session asked for; a session kept without its plan counts against the program.
int ReportDocument::plannedOf(const SlotProblem& problem) const {
    return problem.holdsPlanned > 0 ? problem.holdsPlanned : m_data.plannedHolds;
}

QString ReportDocument::problemEntry(const SlotProblem& problem, bool oneYear) const {
    const QString when =
        (oneYear ? DateText::weekdayDayMonth(problem.key.date, m_locale)
                 : QStringLiteral("%1 %2").arg(
                       DateText::weekdayDayMonth(problem.key.date, m_locale),
                       m_locale.toString(problem.key.date, QStringLiteral("yyyy")))) +
        QLatin1Char(' ') + (problem.key.slot == Slot::Morning ? tr("morning") : tr("evening"));
    const QString what = problem.status == SlotStatus::Missed
                             ? tr("missed")
                             : tr("%1 of %2").arg(problem.holdsDone).arg(plannedOf(problem));
    return tr("%1: %2").arg(when, what);
}

// As many columns (up to three) as the longest entry allows: some languages say "morning" or
// "missed" in many more letters than English.
int ReportDocument::problemColumns(bool oneYear) const {
    const QFontMetricsF metrics(font(9));
    qreal longest = 0;
    for (const SlotProblem& problem : m_data.problems)
        longest = std::max(longest, metrics.horizontalAdvance(problemEntry(problem, oneYear)));
    const qreal kMarkAndGap = 13 + 10;
    return std::clamp(int(m_page.width() / (longest + kMarkAndGap)), 1, 3);
}

void ReportDocument::footer() {
    m_p.setFont(font(8));
    m_p.setPen(QColor(0x40, 0x40, 0x40));
    const QRectF line(kMargin, m_paper.height() - kMargin - 8, m_area.width(), 12);
    m_p.drawText(line, Qt::AlignLeft,
                 tr("Made with FootCoach %1 from the record kept on the patient's computer.")
                     .arg(m_version));
    m_p.drawText(line, Qt::AlignRight, tr("Page %1 of %2").arg(m_pages).arg(m_totalPages));
}

void ReportDocument::newPage() {
    footer();
    m_pdf.newPage();
    ++m_pages;
    m_page.reset();
}

} // namespace

QString ReportWriter::numbnessLine(const PeriodFigures& t) {
    if (t.beforeCount + t.afterCount == 0)
        return tr("Numbness: no check-ins in this period.");
    return tr("Numbness, average from 0 (normal feeling) to 10 (no feeling): %1 before "
              "sessions, %2 after (%n check-ins).",
              nullptr, std::max(t.beforeCount, t.afterCount))
        .arg(AdherenceFigures::tenthsText(t.beforeTenths()),
             AdherenceFigures::tenthsText(t.afterTenths()));
}

QPageSize ReportWriter::pageSizeFor(const QLocale& locale) {
    return PaperSize::forLocale(locale);
}

int ReportWriter::write(const ReportData& data, QIODevice& out, const QPageSize& pageSize,
                        const QString& version) {
    QPdfWriter pdf(&out);
    pdf.setPageSize(pageSize);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(kDpi);
    pdf.setTitle(tr("Stretching record %1 to %2")
                     .arg(data.from.toString(Qt::ISODate), data.to.toString(Qt::ISODate)));
    pdf.setCreator(QStringLiteral("FootCoach %1").arg(version));
    return paint(data, pdf, version);
}

int ReportWriter::paint(const ReportData& data, QPagedPaintDevice& device, const QString& version) {
    QPainter p;
    if (!p.begin(&device))
        return 0;
    p.scale(qreal(device.logicalDpiX()) / 72, qreal(device.logicalDpiY()) / 72);
    ReportDocument report(data, device, p, device.pageLayout().fullRectPoints().size(), version);
    const int pages = report.layOut();
    p.end();
    return pages;
}

} // namespace footcoach
