#pragma once

#include "charts/history/SummarizedChart.h"
#include "services/history/HistoryQuery.h"

#include <QDate>
#include <QList>

class QDateTimeAxis;
class QPainter;
class QLineSeries;
class QValueAxis;

namespace footcoach {

// Numbness before and after the sessions (0 normal feeling, 10 no feeling), one point per day
// that had a check-in: before as a solid line with round marks, after as a dashed line with
// square marks, so the two differ without colour.
class NumbnessChart : public SummarizedChart {
    Q_OBJECT
public:
    explicit NumbnessChart(QWidget* parent = nullptr);

    void setPoints(const QList<NumbnessPoint>& points, const QDate& from, const QDate& to);

    static QString summaryFor(const QList<NumbnessPoint>& points);
    // The key to the two lines, drawn at topLeft; returns the size it took.
    static QSizeF paintLegend(QPainter& painter, const QPointF& topLeft, const QFont& font);

private:
    void applyFont() override;

    QLineSeries* m_before = nullptr;
    QLineSeries* m_after = nullptr;
    QDateTimeAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
};

} // namespace footcoach
