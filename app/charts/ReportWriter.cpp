#include "charts/ReportWriter.h"
#include "footcoach/DateText.h"
#include "footcoach/Words.h"

#include "charts/NumbnessChart.h"
#include "charts/ReportTableLayout.h"
#include "charts/SlotGridChart.h"
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
    return days == 1 ? ReportWriter::tr("1 day") : ReportWriter::tr("%1 days").arg(days);
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

} // namespace

QPageSize ReportWriter::pageSizeFor(const QLocale& locale) {
    const auto territory = locale.territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada
               ? QPageSize(QPageSize::Letter)
               : QPageSize(QPageSize::A4);
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
    QPainter p;
    if (!p.begin(&pdf))
        return 0;
    p.scale(qreal(kDpi) / 72, qreal(kDpi) / 72);
    const QSizeF paper = pageSize.size(QPageSize::Point);
    const QRectF area(kMargin, kMargin, paper.width() - 2 * kMargin,
                      paper.height() - 2 * kMargin - 14);
    const QLocale locale;
    int pages = 1;
    const int totalPages = data.emptyHistory ? 1 : 2;
    auto footer = [&](int page) {
        p.setFont(font(8));
        p.setPen(QColor(0x40, 0x40, 0x40));
        const QRectF line(kMargin, paper.height() - kMargin - 8, area.width(), 12);
        p.drawText(line, Qt::AlignLeft,
                   tr("Made with FootCoach %1 from the record kept on the patient's computer.")
                       .arg(version));
        p.drawText(line, Qt::AlignRight, tr("Page %1 of %2").arg(page).arg(totalPages));
    };

    Page page(p, area);
    // Who, what and when.
    page.text(tr("Stretching record: %1").arg(data.routineTitle), font(17, true));
    page.skip(4);
    page.text(tr("Period: %1 to %2 (%3). Printed %4.")
                  .arg(DateText::longDate(data.from, locale), DateText::longDate(data.to, locale),
                       dayCount(int(data.from.daysTo(data.to) + 1)),
                       DateText::longDate(data.madeOn, locale)),
              font(10));
    if (data.countedFrom.isValid() && data.countedFrom > data.from)
        page.text(tr("The record starts on %1, the day of the first session; the days before "
                     "it are not counted.")
                      .arg(DateText::longDate(data.countedFrom, locale)),
                  font(10));
    page.skip(6);
    page.text(tr("Name: ________________________________    Date of birth: ________________"),
              font(10));
    page.skip(10);

    // The figures a busy reader needs first, in a box.
    const PeriodFigures& t = data.total;
    {
        const qreal top = page.y();
        page.skip(7);
        QString headline;
        if (data.emptyHistory)
            headline = tr("No sessions have been recorded yet.");
        else if (t.passedSlots() == 0)
            headline = tr("No sessions were due in this period yet.");
        else
            headline = tr("Sessions done: %1 of %2 (%3)")
                           .arg(t.done)
                           .arg(t.passedSlots())
                           .arg(percentText(t));
        page.text(headline, font(14, true), 8);
        page.skip(2);
        page.text(tr("Partly done: %1    Missed: %2    Stretches held: %3")
                      .arg(t.partial)
                      .arg(t.missed)
                      .arg(t.holdsDone),
                  font(11), 8);
        page.skip(2);
        const QString numb =
            t.beforeCount + t.afterCount == 0
                ? tr("Numbness: no check-ins in this period.")
                : tr("Numbness, average from 0 (normal feeling) to 10 (no feeling): %1 before "
                     "sessions, %2 after (%3 check-ins).")
                      .arg(AdherenceFigures::tenthsText(t.beforeTenths()),
                           AdherenceFigures::tenthsText(t.afterTenths()))
                      .arg(std::max(t.beforeCount, t.afterCount));
        page.text(numb, font(11), 8);
        page.skip(7);
        p.setPen(QPen(Qt::black, 1.2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(page.left(), top, page.width(), page.y() - top));
    }

    page.heading(tr("Prescribed program"));
    page.text(tr("%1: %2").arg(data.routineTitle, data.scheduleLine), font(10));
    for (const QString& line : data.programLines)
        page.text(QStringLiteral("•  ") + line, font(10), 8);
    page.skip(2);
    if (data.changeLines.isEmpty()) {
        page.text(tr("No changes to the program in this period."), font(10));
    } else {
        page.text(tr("Changes in this period:"), font(10, true));
        for (const QString& line : data.changeLines)
            page.text(QStringLiteral("•  ") + line, font(10), 8);
    }

    // The table.
    page.heading(data.tableHeading);
    const QStringList headers = {data.rowHeading,
                                 tr("Sessions\ndone"),
                                 tr("Partly\ndone"),
                                 tr("Missed"),
                                 tr("Adherence"),
                                 tr("Stretches\nheld"),
                                 tr("Numbness\nbefore → after")};
    QList<QStringList> body;
    for (const ReportRow& row : data.rows) {
        const PeriodFigures& f = row.figures;
        body.append({row.label, tr("%1 of %2").arg(f.done).arg(f.passedSlots()),
                     QString::number(f.partial), QString::number(f.missed), percentText(f),
                     QString::number(f.holdsDone), numbnessPair(f)});
    }
    body.append({tr("All"), tr("%1 of %2").arg(t.done).arg(t.passedSlots()),
                 QString::number(t.partial), QString::number(t.missed), percentText(t),
                 QString::number(t.holdsDone), numbnessPair(t)});
    const ReportTableLayout table = ReportTableLayout::fit(headers, body, page.width());
    auto drawRow = [&](const QStringList& cells, bool bold, bool shade) {
        const bool twoLines = cells.join(QString()).contains(QLatin1Char('\n'));
        const qreal rowHeight =
            (twoLines ? 25 : 14.5) * table.points / ReportTableLayout::kMaxPoints;
        if (shade) {
            p.fillRect(QRectF(page.left(), page.y(), page.width(), rowHeight),
                       QColor(0xee, 0xee, 0xee));
        }
        p.setFont(font(table.points, bold));
        p.setPen(Qt::black);
        qreal x = page.left();
        for (int i = 0; i < int(cells.size()); ++i) {
            const qreal w = table.widths[i];
            p.drawText(QRectF(x + 3, page.y(), w - 6, rowHeight),
                       (twoLines ? Qt::AlignBottom : Qt::AlignVCenter) |
                           (i == 0 ? Qt::AlignLeft : Qt::AlignRight),
                       cells[i]);
            x += w;
        }
        page.skip(rowHeight);
    };
    if (data.rows.isEmpty()) {
        page.text(data.emptyHistory
                      ? tr("Nothing is recorded yet. The table fills in from the first session.")
                      : tr("No sessions were recorded in this period."),
                  font(10));
    } else {
        drawRow(headers, true, false);
        page.skip(1);
        p.setPen(QPen(Qt::black, 0.8));
        p.drawLine(QPointF(page.left(), page.y()), QPointF(page.left() + page.width(), page.y()));
        for (int i = 0; i + 1 < int(body.size()); ++i)
            drawRow(body[i], false, i % 2 == 1);
        p.setPen(QPen(Qt::black, 0.8));
        p.drawLine(QPointF(page.left(), page.y()), QPointF(page.left() + page.width(), page.y()));
        drawRow(body.last(), true, false);
    }
    page.skip(2);
    QString note = tr("Adherence: sessions done of the two a day the program asks for.");
    if (t.upcoming == 1)
        note += QLatin1Char(' ') + tr("The one session still to come is not counted.");
    else if (t.upcoming > 1)
        note +=
            QLatin1Char(' ') + tr("The %1 sessions still to come are not counted.").arg(t.upcoming);
    page.text(note, font(8.5), 0, QColor(0x30, 0x30, 0x30));

    // The chart: which slots were done, day by day.
    if (!data.gridDays.isEmpty()) {
        const qreal chartHeight = 118;
        if (page.remaining() < chartHeight + 40) {
            footer(pages);
            pdf.newPage();
            ++pages;
            page.reset();
        }
        page.heading(data.gridDays.size() < data.from.daysTo(data.to) + 1
                         ? tr("Morning and evening, the last four weeks")
                         : tr("Morning and evening, day by day"));
        SlotGridChart grid;
        QFont chartFont(QStringLiteral("DejaVu Sans"));
        chartFont.setPixelSize(int(9 * kChartPixelsPerPoint));
        grid.setChartFont(chartFont);
        const qreal columnWidth = (page.width() - 60) / qreal(data.gridDays.size());
        grid.setMarkerSize(std::min(26.0, columnWidth * 0.8) * kChartPixelsPerPoint);
        grid.setDays(data.gridDays);
        renderChart(p, grid, QRectF(page.left(), page.y(), page.width(), chartHeight - 20));
        page.skip(chartHeight - 16);
        drawLegend(p, page.left() + 60, page.y(), 10);
        page.skip(14);
    }

    if (data.emptyHistory) {
        // Nothing for a second page: the report says so on the first.
        footer(pages);
        p.end();
        return pages;
    }

    // Page two: the symptom trend and the list (the chart may already have moved there).
    if (pages == 1) {
        footer(pages);
        pdf.newPage();
        ++pages;
        page.reset();
    }
    page.heading(tr("Numbness before and after the sessions"));
    if (data.numbness.isEmpty()) {
        page.text(tr("No numbness check-ins were recorded in this period."), font(10));
    } else {
        NumbnessChart numbness;
        QFont chartFont(QStringLiteral("DejaVu Sans"));
        chartFont.setPixelSize(int(9.5 * kChartPixelsPerPoint));
        numbness.setChartFont(chartFont);
        numbness.setPoints(data.numbness, data.from, data.to);
        page.skip(4);
        NumbnessChart::paintLegend(p, QPointF(page.left() + 30, page.y()), font(9.5));
        page.skip(16);
        renderChart(p, numbness, QRectF(page.left(), page.y(), page.width(), 190));
        page.skip(192);
        page.text(data.from.daysTo(data.to) > 120
                      ? tr("Each point is the average of a week's check-ins: 0 is normal "
                           "feeling, 10 no feeling at all.")
                      : tr("Each point is the average of a day's check-ins: 0 is normal "
                           "feeling, 10 no feeling at all."),
                  font(9), 0, QColor(0x30, 0x30, 0x30));
    }

    page.heading(tr("Missed or partly done sessions: %1").arg(data.problems.size()));
    if (data.problems.isEmpty()) {
        page.text(data.total.passedSlots() > 0 ? tr("None: every session was done.") : tr("None."),
                  font(10));
    } else {
        const bool oneYear = data.from.year() == data.to.year();
        auto entry = [&](const SlotProblem& problem) {
            const QString when =
                (oneYear ? DateText::weekdayDayMonth(problem.key.date, locale)
                         : QStringLiteral("%1 %2").arg(
                               DateText::weekdayDayMonth(problem.key.date, locale),
                               locale.toString(problem.key.date, QStringLiteral("yyyy")))) +
                QLatin1Char(' ') +
                (problem.key.slot == Slot::Morning ? tr("morning") : tr("evening"));
            const QString what = problem.status == SlotStatus::Missed
                                     ? tr("missed")
                                     : tr("%1 of %2").arg(problem.holdsDone).arg(data.plannedHolds);
            return tr("%1: %2").arg(when, what);
        };
        // As many columns (up to three) as the longest entry allows: some languages say
        // "morning" or "missed" in many more letters than English.
        const QFontMetricsF metrics(font(9));
        qreal longest = 0;
        for (const SlotProblem& problem : data.problems)
            longest = std::max(longest, metrics.horizontalAdvance(entry(problem)));
        const qreal kMarkAndGap = 13 + 10;
        const int columns = std::clamp(int(page.width() / (longest + kMarkAndGap)), 1, 3);
        const qreal lineHeight = 13;
        const qreal columnWidth = page.width() / columns;
        const int rowsFit = std::max(1, int((page.remaining() - 20) / lineHeight));
        const int capacity = rowsFit * columns;
        const bool cut = data.problems.size() > capacity;
        const int shown = cut ? capacity - 1 : int(data.problems.size());
        // The most recent ones matter most when they do not all fit.
        const int first = int(data.problems.size()) - shown;
        const int rows = (shown + columns - 1) / columns;
        p.setFont(font(9));
        p.setPen(Qt::black);
        for (int i = 0; i < shown; ++i) {
            const SlotProblem& problem = data.problems[first + i];
            const qreal x = page.left() + (i / rows) * columnWidth;
            const qreal y = page.y() + (i % rows) * lineHeight;
            StatusStyle::paint(p, QRectF(x, y + 1.5, 9, 9), problem.status);
            p.setFont(font(9));
            p.setPen(Qt::black);
            p.drawText(QRectF(x + 13, y, columnWidth - 15, lineHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, entry(problem));
        }
        page.skip(rows * lineHeight + 4);
        if (cut)
            page.text(tr("%1 earlier ones are left out here; the CSV export lists every "
                         "session.")
                          .arg(first),
                      font(9), 0, QColor(0x30, 0x30, 0x30));
        page.text(tr("Partly done shows the stretches held of the %1 in a session.")
                      .arg(data.plannedHolds),
                  font(8.5), 0, QColor(0x40, 0x40, 0x40));
    }
    footer(pages);
    p.end();
    return pages;
}

} // namespace footcoach
