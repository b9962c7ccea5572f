#pragma once

#include "footcoach/Adherence.h"
#include "footcoach/SessionPlan.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace footcoach {

class NumbnessBox;

class AppSettings;
class Illustrations;

// The first screen: today's two sessions, one large button to start the one that is due, and
// the routine at a glance.
class HomeView : public QWidget {
    Q_OBJECT
public:
    HomeView(AppSettings& settings, Illustrations& illustrations, QWidget* parent = nullptr);

    void setPlan(const SessionPlan& plan);
    // date: today's local date, for the heading; today: the open day's two slots; dueSlot:
    // the slot a session started now counts for, or nullopt for an extra session.
    void setToday(const QDate& date, const DayAdherence& today, std::optional<Slot> dueSlot,
                  const QString& nextSessionText);
    void setNextReminderText(const QString& text);
    std::optional<Slot> dueSlot() const { return m_dueSlot; }
    QPushButton* startButton() const { return m_start; }

    // Today's status of a slot with the History screen's symbol: "✓ Done".
    static QString statusText(SlotStatus status);

Q_SIGNALS:
    // slot: nullopt for an extra session.
    void startRequested(std::optional<footcoach::Slot> slot, std::optional<int> numbnessBefore);
    void historyRequested();
    void infoRequested();

private:
    void addTodaySlots(QWidget* page, QVBoxLayout* layout);
    void addCheckIn(QWidget* page, QVBoxLayout* layout);
    void addStartButtons(QWidget* page, QVBoxLayout* layout);
    void addRoutine(QWidget* page, QVBoxLayout* layout);
    void updateStartButton();

    AppSettings& m_settings;
    Illustrations& m_illustrations;
    QLabel* m_date = nullptr;
    QLabel* m_morning = nullptr;
    QLabel* m_evening = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_reminder = nullptr;
    NumbnessBox* m_numbness = nullptr;
    QPushButton* m_start = nullptr;
    QVBoxLayout* m_routineList = nullptr;
    QLabel* m_routineTotal = nullptr;
    std::optional<Slot> m_dueSlot = Slot::Morning;
    int m_totalSeconds = 0;
};

} // namespace footcoach
