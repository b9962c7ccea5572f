#include "ui/home/HomeView.h"
#include "InLanguage.h"
#include "TestDataDir.h"
#include "footcoach/RoutineLoader.h"
#include "services/settings/AppSettings.h"
#include "services/settings/Localization.h"
#include "ui/common/Illustrations.h"
#include "ui/info/SafetyNote.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>
#include <gtest/gtest.h>

#include <map>

using namespace footcoach;
using footcoach::test::InLanguage;

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
    EXPECT_EQ(spy.at(0).at(0).value<std::optional<Slot>>(), std::optional<Slot>(Slot::Evening));
    EXPECT_EQ(spy.at(0).at(1).value<std::optional<int>>(), std::optional<int>(6));
}

TEST(HomeView, OutsideEverySlotsWindowTheButtonOffersAnExtraSession) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    Illustrations illustrations;
    HomeView home(settings, illustrations);
    home.setPlan(SessionPlan(RoutineLoader::builtIn()));
    DayAdherence today;
    today.morning = SlotStatus::Done;
    home.setToday(QDate(2026, 3, 2), today, std::nullopt, "A session now is an extra one.");
    EXPECT_TRUE(home.startButton()->text().startsWith("Start an extra session"));
    EXPECT_EQ(home.startButton()->accessibleName(), "Start an extra session");
    QSignalSpy spy(&home, &HomeView::startRequested);
    home.startButton()->click();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<std::optional<Slot>>(), std::nullopt);
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

namespace {

QString homeTexts(int reps, const QString& language) {
    const InLanguage in(language);
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    Illustrations illustrations;
    HomeView home(settings, illustrations);
    Routine routine = RoutineLoader::builtIn();
    for (Exercise& e : routine.exercises)
        e.reps = reps;
    home.setPlan(SessionPlan(routine));
    QStringList texts;
    for (const QLabel* label : home.findChildren<QLabel*>())
        texts.append(label->text());
    return texts.join('\n');
}

} // namespace

TEST(HomeView, TheRepetitionsReadRightForOneAndForMore) {
    const struct {
        const char* language;
        const char* one;
        const char* two;
    } cases[] = {
        {"en", "1 time on each leg,", "2 times on each leg,"},
        {"de", "Einmal pro Bein,", "2-mal pro Bein,"},
        {"es", "1 vez en cada pierna,", "2 veces en cada pierna,"},
    };
    for (const auto& c : cases) {
        const QString one = homeTexts(1, c.language);
        EXPECT_TRUE(one.contains(QString::fromUtf8(c.one)))
            << c.language << ": " << one.toStdString();
        EXPECT_FALSE(one.contains("1 times")) << c.language;
        const QString two = homeTexts(2, c.language);
        EXPECT_TRUE(two.contains(QString::fromUtf8(c.two)))
            << c.language << ": " << two.toStdString();
    }
}

TEST(HomeView, TheSafetyNoteMentionsBalanceInEveryLanguage) {
    for (const auto& [language, words] :
         {std::pair{"en", "balance"}, std::pair{"de", "Gleichgewicht"},
          std::pair{"es", "equilibrio"}}) {
        const InLanguage in(language);
        EXPECT_TRUE(SafetyNote::text().contains(QString::fromUtf8(words)))
            << language << ": " << SafetyNote::text().toStdString();
    }
}

// The moves done standing (at the wall, in the door frame) tell you to hold on to it throughout,
// in every language the routine has.
TEST(HomeView, TheStandingMovesSayToHoldOnToTheWallOrTheDoorFrame) {
    const Routine routine = RoutineLoader::builtIn();
    const std::map<QString, std::map<QString, QString>> support = {
        {"calf-stretch",
         {{"en", "hand on the wall the whole time"},
          {"de", "die ganze Zeit eine Hand an der Wand"},
          {"es", "una mano en la pared todo el tiempo"}}},
        {"plantar-fascia-stretch",
         {{"en", "door frame with one hand the whole time"},
          {"de", "die ganze Zeit mit einer Hand am Türrahmen"},
          {"es", "marco de la puerta con una mano todo el tiempo"}}},
    };
    for (const auto& [id, byLanguage] : support) {
        const auto e = std::find_if(routine.exercises.cbegin(), routine.exercises.cend(),
                                    [&](const Exercise& x) { return x.id == id; });
        ASSERT_NE(e, routine.exercises.cend()) << id.toStdString();
        for (const auto& [language, words] : byLanguage) {
            QStringList steps;
            for (const Step& s : e->steps)
                steps << s.text.forLocale(language);
            EXPECT_TRUE(steps.join(' ').contains(words))
                << id.toStdString() << " " << language.toStdString();
        }
    }
}
