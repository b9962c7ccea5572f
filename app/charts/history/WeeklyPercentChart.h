#pragma once

#include "charts/history/SummarizedChart.h"
#include "footcoach/Adherence.h"

#include <QDate>
#include <QList>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace footcoach {

// The weekly percentage over several weeks, one bar each with its figure on it; the week shown
// beside it is darker. Each week is scored as the report scores it: sessions done of the slots
// that have passed since the record began (a whole past week: of 14). The running week is
// labelled "so far" instead of its date.
class WeeklyPercentChart : public SummarizedChart {
    Q_OBJECT
public:
    explicit WeeklyPercentChart(QWidget* parent = nullptr);
    ~WeeklyPercentChart() override;

    void setWeeks(const QList<WeekAdherence>& weeks, const QDate& shownWeek,
                  const QDate& runningWeek = {});

    static QString summaryFor(const QList<WeekAdherence>& weeks, const QDate& runningWeek = {});
    // Done of the tracked slots that have passed, rounded half up; 0 when none has.
    static int weekPercent(const WeekAdherence& week);
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
    QDate m_runningWeek;
};

} // namespace footcoach
