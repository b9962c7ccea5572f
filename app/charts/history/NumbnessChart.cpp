#include "charts/history/NumbnessChart.h"
#include "footcoach/DateText.h"

#include "services/history/AdherenceFigures.h"
#include "ui/common/StatusStyle.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>

#include <QValueAxis>
#include <array>
#include <tuple>

namespace footcoach {

namespace {

QImage markImage(const QColor& color, bool square) {
    const int px = 48;
    QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 4));
    p.setBrush(color);
    const QRectF r(6, 6, px - 12, px - 12);
    if (square)
        p.drawRect(r);
    else
        p.drawEllipse(r);
    return image;
}

qreal dayX(const QDate& date) {
    return qreal(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

} // namespace

NumbnessChart::NumbnessChart(QWidget* parent)
    : SummarizedChart(parent) {
    m_before = new QLineSeries;
    m_before->setName(tr("Before the session"));
    m_before->setPen(QPen(StatusStyle::beforeColor(), 3, Qt::SolidLine));
    m_before->setLightMarker(markImage(StatusStyle::beforeColor(), false));
    m_before->setMarkerSize(11);
    m_after = new QLineSeries;
    m_after->setName(tr("After the session"));
    m_after->setPen(QPen(StatusStyle::afterColor(), 3, Qt::DashLine));
    m_after->setLightMarker(markImage(StatusStyle::afterColor(), true));
    m_after->setMarkerSize(11);
    chart()->addSeries(m_before);
    chart()->addSeries(m_after);
    m_x = new QDateTimeAxis;
    m_x->setFormat(DateText::dayMonthFormat());
    m_x->setGridLineVisible(false);
    m_y = new QValueAxis;
    m_y->setRange(0, 10);
    m_y->setTickCount(3);
    m_y->setLabelFormat(QStringLiteral("%d"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries* s : {m_before, m_after}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    applyFont();
}

QSizeF NumbnessChart::paintLegend(QPainter& painter, const QPointF& topLeft, const QFont& font) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const qreal h = fm.height();
    const qreal sample = h * 2.2;
    qreal x = topLeft.x();
    const qreal mid = topLeft.y() + h / 2;
    const std::array<std::tuple<QString, QColor, Qt::PenStyle, bool>, 2> entries = {
        std::tuple{tr("Before the session"), StatusStyle::beforeColor(), Qt::SolidLine, false},
        std::tuple{tr("After the session"), StatusStyle::afterColor(), Qt::DashLine, true}};
    for (const auto& [label, color, style, square] : entries) {
        painter.setPen(QPen(color, std::max(1.5, h * 0.16), style));
        painter.drawLine(QPointF(x, mid), QPointF(x + sample, mid));
        painter.setPen(QPen(Qt::white, h * 0.08));
        painter.setBrush(color);
        const QRectF mark(x + sample / 2 - h * 0.3, mid - h * 0.3, h * 0.6, h * 0.6);
        if (square)
            painter.drawRect(mark);
        else
            painter.drawEllipse(mark);
        x += sample + h * 0.4;
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(QPointF(x, topLeft.y() + fm.ascent()), label);
        x += fm.horizontalAdvance(label) + h * 1.2;
    }
    painter.restore();
    return {x - topLeft.x(), h};
}

void NumbnessChart::applyFont() {
    styleAxis(m_x);
    styleAxis(m_y);
}

void NumbnessChart::setPoints(const QList<NumbnessPoint>& points, const QDate& from,
                              const QDate& to) {
    QList<QPointF> before;
    QList<QPointF> after;
    for (const NumbnessPoint& p : points) {
        if (p.date < from || p.date > to)
            continue;
        if (p.before)
            before.append(QPointF(dayX(p.date), *p.before));
        if (p.after)
            after.append(QPointF(dayX(p.date), *p.after));
    }
    m_before->replace(before);
    m_after->replace(after);
    m_x->setRange(QDateTime(from, QTime(0, 0), Qt::UTC), QDateTime(to, QTime(23, 59), Qt::UTC));
    const qint64 days = from.daysTo(to);
    m_x->setTickCount(days > 70 ? 7 : days > 20 ? 5 : 4);
    QList<NumbnessPoint> shown;
    for (const NumbnessPoint& p : points) {
        if (p.date >= from && p.date <= to)
            shown.append(p);
    }
    setSummary(summaryFor(shown));
}

QString NumbnessChart::summaryFor(const QList<NumbnessPoint>& points) {
    int beforeSum = 0, beforeCount = 0, afterSum = 0, afterCount = 0;
    for (const NumbnessPoint& p : points) {
        // Tenths of the daily averages, so the sums stay whole numbers.
        if (p.before) {
            beforeSum += int(*p.before * 10 + 0.5);
            ++beforeCount;
        }
        if (p.after) {
            afterSum += int(*p.after * 10 + 0.5);
            ++afterCount;
        }
    }
    if (beforeCount == 0 && afterCount == 0)
        return tr("No numbness check-ins in these weeks.");
    auto average = [](int sumTenths, int count) {
        return AdherenceFigures::tenthsText(
            count > 0 ? std::optional<int>((2 * sumTenths + count) / (2 * count)) : std::nullopt);
    };
    return tr("Numbness from 0 (normal feeling) to 10 (no feeling), on average %1 before the "
              "sessions and %2 after (days with a check-in: %3).")
        .arg(average(beforeSum, beforeCount), average(afterSum, afterCount))
        .arg(points.size());
}

} // namespace footcoach
