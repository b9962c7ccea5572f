#include "ui/home/HomeView.h"
#include "TestDataDir.h"
#include "footcoach/RoutineLoader.h"
#include "services/settings/AppSettings.h"
#include "ui/common/Illustrations.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace footcoach;

TEST(HomeView, ShowsTheRoutineAndStartsTheDueSlot) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    Illustrations illustrations;
    HomeView home(settings, illustrations);
    home.setPlan(SessionPlan(RoutineLoader::builtIn()));
    DayAdherence today;
    today.morning = SlotStatus::Done;
    today.evening = SlotStatus::Upcoming;
    home.setToday(QDate(2026, 3, 2), today, Slot::Evening, "Your evening session is due.");

    QStringList texts;
    for (const QLabel* label : home.findChildren<QLabel*>())
        texts.append(label->text());
    const QString all = texts.join('\n');
    for (const char* title : {"Calf stretch", "Seated hamstring stretch", "Plantar fascia stretch"})
        EXPECT_TRUE(all.contains(title)) << title;
    EXPECT_TRUE(all.contains("3 times on each leg, hold 20 seconds each time"));
    EXPECT_TRUE(all.contains("7 min 53 s"));
    EXPECT_TRUE(all.contains("✓ Done"));
    // The heading is the day it was given (the injected clock's), not the machine's.
    EXPECT_TRUE(all.contains(QLocale().toString(QDate(2026, 3, 2), QLocale::LongFormat)));
    EXPECT_TRUE(home.startButton()->text().contains("evening"));

    QSignalSpy spy(&home, &HomeView::startRequested);
    auto* numbness = home.findChild<QComboBox*>();
    ASSERT_NE(numbness, nullptr);
    numbness->setCurrentIndex(numbness->findData(6));
    home.startButton()->click();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<Slot>(), Slot::Evening);
    EXPECT_EQ(spy.at(0).at(1).value<std::optional<int>>(), std::optional<int>(6));
}

TEST(HomeView, SafetyNoteHidesOnceAcknowledged) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    Illustrations illustrations;
    HomeView home(settings, illustrations);
    home.show();
    auto* note = home.findChild<QFrame*>("safetyNote");
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    note->findChild<QPushButton*>()->click();
    EXPECT_FALSE(note->isVisible());
    // Remembered for the next start.
    AppSettings again(dir.file("settings.ini"));
    EXPECT_TRUE(again.safetyAcknowledged());
}
