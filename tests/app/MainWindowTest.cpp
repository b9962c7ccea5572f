#include "MainWindow.h"
#include "AppSettings.h"
#include "CuePlayer.h"
#include "FakeClock.h"
#include "Illustrations.h"
#include "SessionController.h"
#include "SessionView.h"
#include "SoundSettingsDialog.h"
#include "TestDataDir.h"
#include "footcoach/RoutineLoader.h"

#include <QCheckBox>
#include <QLabel>
#include <QSlider>
#include <gtest/gtest.h>

using namespace footcoach;

TEST(MainWindow, WithNoSoundTheSessionRunsAndSaysSoOnce) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    SilentCuePlayer cues;
    Illustrations illustrations;
    test::FakeMonotonicClock clock;
    test::FakeWallClock wall;
    MainWindow window({settings, nullptr, cues, nullptr, illustrations, clock, wall},
                      SessionPlan(RoutineLoader::builtIn()));
    window.show();
    window.startSession(Slot::Evening);
    ASSERT_NE(window.controller(), nullptr);
    EXPECT_EQ(window.controller()->engine().state(), EngineState::Running);
    EXPECT_EQ(window.controller()->slot().slot, Slot::Evening);
    int notices = 0;
    for (const QLabel* label : window.sessionView()->findChildren<QLabel*>())
        notices += label->isVisible() && label->text().contains("No sound");
    EXPECT_EQ(notices, 1);
}

TEST(SoundSettingsDialog, ChangesNothingUntilApplied) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    SoundSettingsDialog dialog(settings, false);
    dialog.findChild<QSlider*>()->setValue(30);
    const auto boxes = dialog.findChildren<QCheckBox*>();
    ASSERT_EQ(boxes.size(), 2);
    boxes[0]->setChecked(false); // sound off
    boxes[1]->setChecked(true);  // voice on
    EXPECT_EQ(settings.volumePercent(), 70);
    EXPECT_FALSE(settings.muted());
    dialog.apply();
    EXPECT_EQ(settings.volumePercent(), 30);
    EXPECT_TRUE(settings.muted());
    EXPECT_TRUE(settings.voiceEnabled());
}
