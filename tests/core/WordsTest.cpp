#include "footcoach/Words.h"

#include <gtest/gtest.h>

using namespace footcoach;

TEST(Words, Duration) {
    EXPECT_EQ(Words::duration(473), "7 min 53 s");
    EXPECT_EQ(Words::duration(480), "8 min");
    EXPECT_EQ(Words::duration(45), "45 s");
}

TEST(Words, ClockTimeHasNoSeconds) {
    EXPECT_EQ(Words::clockTime(QTime(19, 30, 12), QLocale(QLocale::German)), "19:30");
    EXPECT_EQ(Words::clockTime(QTime(7, 5), QLocale(QLocale::English, QLocale::UnitedStates)),
              "7:05 AM");
}

TEST(Words, EveryStatusSideAndSlotHasAWord) {
    for (SlotStatus s : {SlotStatus::Done, SlotStatus::Partial, SlotStatus::Missed,
                         SlotStatus::Upcoming, SlotStatus::NotTracked})
        EXPECT_FALSE(Words::slotStatus(s).isEmpty());
    EXPECT_EQ(Words::side(Side::Left), "Left leg");
    EXPECT_EQ(Words::side(Side::Right), "Right leg");
    EXPECT_EQ(Words::side(Side::Both), "Both legs");
    EXPECT_EQ(Words::slot(Slot::Morning), "Morning");
    EXPECT_EQ(Words::slot(Slot::Evening), "Evening");
}
