#pragma once

#include "charts/SummarizedChart.h"
#include "footcoach/Adherence.h"

#include <QDate>
#include <QList>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace footcoach {

// The weekly percentage (done sessions of the 14 the program asks for) over several weeks, one
// bar each with its figure on it; the week shown beside it is darker.
class WeeklyPercentChart : public SummarizedChart {
    Q_OBJECT
public:
    explicit WeeklyPercentChart(QWidget* parent = nullptr);
    ~WeeklyPercentChart() override;

    void setWeeks(const QList<WeekAdherence>& weeks, const QDate& shownWeek);

    static QString summaryFor(const QList<WeekAdherence>& weeks);
    // The dates written under the bars, oldest first ("" under a bar without one).
    QStringList shownDates() const;

private:
    void applyFont() override;
    // Dates under as many bars as have room for them, the newest always.
    void label();

    QBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QBarCategoryAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    QList<QDate> m_weekStarts;
};

} // namespace footcoach
