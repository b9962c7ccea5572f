#pragma once

#include "charts/history/SummarizedChart.h"
#include "footcoach/Adherence.h"

#include <QList>

#include <array>

class QCategoryAxis;
class QScatterSeries;

namespace footcoach {

// The days of a week (or of a few weeks) by morning and evening: one mark per slot, done,
// partly done, missed or not yet, each with its own shape and colour (StatusStyle).
class SlotGridChart : public SummarizedChart {
    Q_OBJECT
public:
    explicit SlotGridChart(QWidget* parent = nullptr);

    // days: consecutive days, oldest first. Long ranges label only the Mondays.
    void setDays(const QList<DayAdherence>& days);
    void setMarkerSize(qreal pixels);

    // "This week: 9 done, 1 partly done, 2 missed, 2 not yet." style text.
    static QString summaryFor(const QList<DayAdherence>& days);

private:
    void applyFont() override;
    void updateAxes();

    std::array<QScatterSeries*, 5> m_series{}; // indexed by SlotStatus
    QCategoryAxis* m_x = nullptr;
    QCategoryAxis* m_y = nullptr;
    QList<DayAdherence> m_days;
    qreal m_markerSize = 40;
};

} // namespace footcoach
