#include "charts/history/WeeklyPercentChart.h"
#include "footcoach/DateText.h"

#include "services/history/AdherenceFigures.h"
#include "ui/common/StatusStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace footcoach {

int WeeklyPercentChart::weekPercent(const WeekAdherence& w) {
    return AdherenceFigures::roundedPercent(w.done, 14 - w.upcoming - w.notTracked).value_or(0);
}

WeeklyPercentChart::WeeklyPercentChart(QWidget* parent)
    : SummarizedChart(parent) {
    m_set = new QBarSet(tr("Sessions done"));
    m_set->setColor(StatusStyle::barColor());
    m_set->setBorderColor(StatusStyle::shownBarColor());
    m_set->setSelectedColor(StatusStyle::shownBarColor());
    m_set->setLabelColor(QColor(0x10, 0x10, 0x10));
    m_series = new QBarSeries;
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value%"));
    chart()->addSeries(m_series);
    m_x = new QBarCategoryAxis;
    m_x->setGridLineVisible(false);
    m_x->setTruncateLabels(false);
    m_y = new QValueAxis;
    m_y->setRange(0, 115); // room for the label above a full bar
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setTickInterval(50);
    m_y->setLabelFormat(QStringLiteral("%d%"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    // The room for the dates is known once the chart has laid its plot out.
    connect(chart(), &QChart::plotAreaChanged, this, [this] { label(); });
    applyFont();
}

WeeklyPercentChart::~WeeklyPercentChart() {
    // The chart may still lay itself out while the view is taken down.
    chart()->disconnect(this);
}

void WeeklyPercentChart::applyFont() {
    styleAxis(m_x);
    styleAxis(m_y);
    // A little smaller than the axes, so that twelve neighbouring figures never touch.
    QFont figures = chartFont();
    if (figures.pixelSize() > 0)
        figures.setPixelSize(std::max(9, figures.pixelSize() * 17 / 20));
    else
        figures.setPointSizeF(figures.pointSizeF() * 0.85);
    m_set->setLabelFont(figures);
    label();
}

void WeeklyPercentChart::setWeeks(const QList<WeekAdherence>& weeks, const QDate& shownWeek,
                                  const QDate& runningWeek) {
    QList<qreal> values;
    int shown = -1;
    m_weekStarts.clear();
    m_runningWeek = runningWeek;
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        m_weekStarts << weeks[i].weekStart;
        values << qreal(weekPercent(weeks[i]));
        if (weeks[i].weekStart == shownWeek)
            shown = int(i);
    }
    m_set->deselectAllBars();
    m_set->remove(0, m_set->count());
    m_set->append(values);
    label();
    // A new user's first weeks: bars no wider than six weeks' would be, not one slab.
    m_series->setBarWidth(0.7 * std::min<qreal>(1.0, qreal(weeks.size()) / 6.0));
    if (shown >= 0)
        m_set->selectBar(shown);
    setSummary(summaryFor(weeks, runningWeek));
}

void WeeklyPercentChart::label() {
    const QLocale locale;
    QStringList dates;
    qreal widest = 0;
    const QFontMetricsF metrics(m_x->labelsFont());
    for (const QDate& week : std::as_const(m_weekStarts)) {
        dates << (week == m_runningWeek ? tr("so far") : DateText::dayMonth(week, locale));
        widest = std::max(widest, metrics.horizontalAdvance(dates.last()));
    }
    // Every other label on long runs at least; more apart where the chart is narrow (large
    // text, long month names), so that they never collide. The bar figures say the rest.
    const QRectF plot = chart()->plotArea();
    const qreal plotWidth = plot.width() > 0 ? plot.width() : std::max(1, width() - 80);
    const int n = int(dates.size());
    const qreal category = plotWidth / std::max(1, n);
    const int byWidth = int(std::ceil((widest + 12) / category));
    const int every = std::max({1, n > 8 ? 2 : 1, byWidth});
    // The newest week is labelled, unless its date is wider than its bar's room: Qt Charts
    // drops a label that runs past the end of the axis, so then the one before it is.
    const bool newestFits = n == 0 || metrics.horizontalAdvance(dates.last()) <= category;
    const int newest = n - 1 - (n > 1 && !newestFits ? 1 : 0);
    QStringList categories;
    for (int i = 0; i < n; ++i) {
        // The oldest, like the newest, would be dropped when it runs past the axis's start.
        const bool dropped = i == 0 && n > 1 && metrics.horizontalAdvance(dates[0]) > category;
        const bool labelled = i <= newest && (newest - i) % every == 0 && !dropped;
        // Category labels must be unique: unlabelled ones get distinct runs of zero-width
        // spaces, which take no room a neighbour could collide with.
        categories << (labelled ? dates[i] : QString(i + 1, QChar(0x200B)));
    }
    if (categories != m_x->categories())
        m_x->setCategories(categories);
}

QStringList WeeklyPercentChart::shownDates() const {
    QStringList dates = m_x->categories();
    for (QString& date : dates)
        date.remove(QChar(0x200B));
    return dates;
}

QString WeeklyPercentChart::summaryFor(const QList<WeekAdherence>& weeks,
                                       const QDate& runningWeek) {
    if (weeks.isEmpty())
        return tr("No weeks to show.");
    const QLocale locale;
    if (weeks.size() == 1)
        return weeks.first().weekStart == runningWeek
                   ? tr("Sessions done so far this week, the week of %1: %2%.")
                         .arg(DateText::dayLongMonth(weeks.first().weekStart, locale))
                         .arg(weekPercent(weeks.first()))
                   : tr("Sessions done in the week of %1: %2%.")
                         .arg(DateText::dayLongMonth(weeks.first().weekStart, locale))
                         .arg(weekPercent(weeks.first()));
    QStringList parts;
    for (const WeekAdherence& w : weeks) {
        parts << (w.weekStart == runningWeek ? tr("%1% so far").arg(weekPercent(w))
                                             : QStringLiteral("%1%").arg(weekPercent(w)));
    }
    return tr("Sessions done per week, of those due, from the week of %1 to the week of %2: %3.")
        .arg(DateText::dayLongMonth(weeks.first().weekStart, locale),
             DateText::dayLongMonth(weeks.last().weekStart, locale),
             parts.join(QStringLiteral(", ")));
}

} // namespace footcoach
