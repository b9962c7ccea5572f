#pragma once

#include "footcoach/Routine.h"
#include "services/history/HistoryQuery.h"
#include "ui/window/HistoryScreen.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QVBoxLayout;

namespace footcoach {

class AppSettings;
class HistoryReader;
class TimeZoneProvider;
class NumbnessChart;
class SlotGridChart;
class WallClock;
class WeeklyPercentChart;

// The History screen: a week by morning and evening, its percentage and the streak, the
// weekly percentage and the numbness check-ins over the last twelve weeks, and the week's
// sessions with each exercise's completion. Created the first time the user opens it.
class ChartsHistoryScreen : public HistoryScreen {
    Q_OBJECT
public:
    static constexpr int kTrendWeeks = 12;

    ChartsHistoryScreen(const HistoryReader& history, const WallClock& clock,
                        const TimeZoneProvider& zone, const AppSettings& settings, Routine routine,
                        QWidget* parent = nullptr);
    ~ChartsHistoryScreen() override;

    // Re-reads "now" and the streak and shows this week; call when the screen is opened.
    void refresh() override;
    void showWeek(const QDate& anyDay);
    void showPreviousWeek();
    void showNextWeek();
    void showThisWeek();
    QDate shownWeek() const { return m_shown; }
    bool isEmptyHistory() const;

    SlotGridChart* weekChart() const { return m_weekChart; }
    WeeklyPercentChart* percentChart() const { return m_percentChart; }
    NumbnessChart* numbnessChart() const { return m_numbnessChart; }
    QTableWidget* sessionTable() const { return m_table; }
    QLabel* weekSummary() const { return m_weekFigure; }
    QPushButton* previousButton() const { return m_previous; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* printButton() const { return m_print; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addRecordPage();
    void addWeekNavigation(QWidget* page, QVBoxLayout* layout);
    void addShortcuts();
    void addCharts(QWidget* page, QVBoxLayout* layout);
    QWidget* weekCard(QWidget* page);
    QWidget* percentCard(QWidget* page);
    QWidget* numbnessCard(QWidget* page);
    void addSessionTable(QWidget* page, QVBoxLayout* layout);
    void fillTable(const WeekSnapshot& week);
    QString weekFigureText(const WeekSnapshot& snapshot) const;
    void fitTableHeight();
    void updateButtons();

    const HistoryReader& m_history;
    const AppSettings& m_settings;
    const WallClock& m_clock;
    const TimeZoneProvider& m_zone;
    Routine m_routine;
    std::unique_ptr<HistoryQuery> m_model;
    QDate m_shown;
    QDate m_thisWeek;
    std::optional<QDate> m_firstWeek;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_weekTitle = nullptr;
    QLabel* m_weekFigure = nullptr;
    QLabel* m_streak = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_thisWeekButton = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_print = nullptr;
    SlotGridChart* m_weekChart = nullptr;
    QLabel* m_weekChartText = nullptr;
    QWidget* m_notTrackedLegend = nullptr;
    WeeklyPercentChart* m_percentChart = nullptr;
    QLabel* m_percentText = nullptr;
    QLabel* m_runningWeekNote = nullptr; // shown while the trend ends with the running week
    NumbnessChart* m_numbnessChart = nullptr;
    QLabel* m_numbnessText = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_tableEmpty = nullptr;
    QLabel* m_tableHeading = nullptr; // names the week shown
};

} // namespace footcoach
