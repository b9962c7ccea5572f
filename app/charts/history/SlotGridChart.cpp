#include "charts/history/SlotGridChart.h"
#include "footcoach/DateText.h"
#include "footcoach/Words.h"

#include "ui/common/StatusStyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLocale>
#include <QScatterSeries>

namespace footcoach {

namespace {

constexpr std::array<SlotStatus, 5> kStatuses = {SlotStatus::Done, SlotStatus::Partial,
                                                 SlotStatus::Missed, SlotStatus::Upcoming,
                                                 SlotStatus::NotTracked};
constexpr qreal kMorningRow = 1; // morning on top, as the day reads
constexpr qreal kEveningRow = 0;

} // namespace

SlotGridChart::SlotGridChart(QWidget* parent)
    : SummarizedChart(parent) {
    m_x = new QCategoryAxis;
    m_y = new QCategoryAxis;
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setGridLineVisible(false);
    m_y->setGridLineVisible(false);
    m_x->setTruncateLabels(false);
    m_x->setLineVisible(false);
    m_y->setLineVisible(false);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    for (const SlotStatus status : kStatuses) {
        auto* series = new QScatterSeries;
        series->setName(Words::slotStatus(status));
        series->setBorderColor(Qt::transparent);
        chart()->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_series[size_t(status)] = series;
    }
    setMarkerSize(m_markerSize);
    applyFont();
    setDays({});
}

void SlotGridChart::setMarkerSize(qreal pixels) {
    m_markerSize = pixels;
    const int imagePixels = std::max(64, int(pixels * 4)); // sharp when printed
    for (const SlotStatus status : kStatuses) {
        m_series[size_t(status)]->setMarkerSize(pixels);
        m_series[size_t(status)]->setLightMarker(StatusStyle::image(status, imagePixels));
    }
}

void SlotGridChart::applyFont() {
    styleAxis(m_x);
    styleAxis(m_y);
}

void SlotGridChart::setDays(const QList<DayAdherence>& days) {
    m_days = days;
    std::array<QList<QPointF>, kStatuses.size()> points;
    for (qsizetype i = 0; i < days.size(); ++i) {
        points[size_t(days[i].morning)].append(QPointF(qreal(i), kMorningRow));
        points[size_t(days[i].evening)].append(QPointF(qreal(i), kEveningRow));
    }
    for (const SlotStatus status : kStatuses)
        m_series[size_t(status)]->replace(points[size_t(status)]);
    updateAxes();
    setSummary(summaryFor(days));
}

void SlotGridChart::updateAxes() {
    for (const QString& label : m_x->categoriesLabels())
        m_x->remove(label);
    for (const QString& label : m_y->categoriesLabels())
        m_y->remove(label);
    const QLocale locale;
    const bool long_ = m_days.size() > 7;
    for (qsizetype i = 0; i < m_days.size(); ++i) {
        const QDate d = m_days[i].date;
        if (long_ && d.dayOfWeek() != 1 && i != 0)
            continue;
        // Labels must be unique in a category axis; the date makes them so.
        const QString label =
            long_ ? DateText::dayMonth(d, locale) : locale.toString(d, QStringLiteral("ddd d"));
        m_x->append(label, qreal(i));
    }
    m_x->setRange(-0.5, qreal(std::max<qsizetype>(1, m_days.size())) - 0.5);
    m_y->append(Words::slot(Slot::Evening), kEveningRow);
    m_y->append(Words::slot(Slot::Morning), kMorningRow);
    m_y->setRange(-0.6, 1.6);
}

QString SlotGridChart::summaryFor(const QList<DayAdherence>& days) {
    int counts[kStatuses.size()] = {};
    for (const DayAdherence& d : days) {
        ++counts[int(d.morning)];
        ++counts[int(d.evening)];
    }
    if (days.isEmpty())
        return tr("No days to show.");
    QStringList parts;
    parts << tr("%n done", nullptr, counts[int(SlotStatus::Done)]);
    if (counts[int(SlotStatus::Partial)] > 0)
        parts << tr("%n partly done", nullptr, counts[int(SlotStatus::Partial)]);
    if (counts[int(SlotStatus::Missed)] > 0)
        parts << tr("%n missed", nullptr, counts[int(SlotStatus::Missed)]);
    if (counts[int(SlotStatus::Upcoming)] > 0)
        parts << tr("%n not yet due", nullptr, counts[int(SlotStatus::Upcoming)]);
    if (counts[int(SlotStatus::NotTracked)] > 0)
        parts << tr("%n before your first session", nullptr, counts[int(SlotStatus::NotTracked)]);
    // Name the missed and partial slots, so a screen reader user hears which ones.
    QStringList problems;
    const QLocale locale;
    for (const DayAdherence& d : days) {
        for (const Slot slot : {Slot::Morning, Slot::Evening}) {
            const SlotStatus s = d.status(slot);
            if (s != SlotStatus::Missed && s != SlotStatus::Partial)
                continue;
            const QString day =
                QStringLiteral("%1, %2").arg(locale.toString(d.date, QStringLiteral("dddd")),
                                             DateText::dayLongMonth(d.date, locale));
            const QString what =
                slot == Slot::Morning ? tr("%1 morning").arg(day) : tr("%1 evening").arg(day);
            problems << (s == SlotStatus::Missed ? tr("%1 missed").arg(what)
                                                 : tr("%1 partly done").arg(what));
        }
    }
    QString text = tr("Sessions: %1.").arg(parts.join(QStringLiteral(", ")));
    if (!problems.isEmpty() && problems.size() <= 6)
        text += QLatin1Char(' ') + problems.join(QStringLiteral("; ")) + QLatin1Char('.');
    return text;
}

} // namespace footcoach
