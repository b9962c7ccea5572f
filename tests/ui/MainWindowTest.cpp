#include "ui/window/MainWindow.h"
#include "FakeClock.h"
#include "TestDataDir.h"
#include "WindowFixture.h"
#include "footcoach/RoutineLoader.h"
#include "services/session/CuePlayer.h"
#include "services/session/SessionController.h"
#include "services/settings/AppSettings.h"
#include "services/settings/AutostartEntry.h"
#include "ui/common/Illustrations.h"
#include "ui/home/HomeView.h"
#include "ui/session/SessionView.h"
#include "ui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPromise>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>
#include <gtest/gtest.h>

using namespace footcoach;

TEST(MainWindow, WithNoSoundTheSessionRunsAndSaysSoOnce) {
    test::WindowFixture f;
    MainWindow& window = f.window;
    window.startSession(Slot::Evening);
    ASSERT_NE(window.controller(), nullptr);
    EXPECT_EQ(window.controller()->engine().state(), EngineState::Running);
    EXPECT_EQ(window.controller()->slot()->slot, Slot::Evening);
    int notices = 0;
    for (const QLabel* label : window.sessionView()->findChildren<QLabel*>())
        notices += label->isVisible() && label->text().contains("No sound");
    EXPECT_EQ(notices, 1);
}

TEST(MainWindow, ASessionOutsideEverySlotsWindowIsAnExtraOne) {
    // 12:00 UTC, the fake zone's: after the morning window (04:30-09:30) and before the
    // evening's (16:30-21:30).
    test::WindowFixture f(std::nullopt);
    MainWindow& window = f.window;
    EXPECT_TRUE(window.homeView()->startButton()->text().startsWith("Start an extra session"));
    QSignalSpy started(&window, &MainWindow::sessionStarted);
    window.startSession(std::nullopt);
    ASSERT_NE(window.controller(), nullptr);
    EXPECT_TRUE(window.controller()->isExtra());
    EXPECT_TRUE(window.windowTitle().startsWith("Extra session"));
    EXPECT_EQ(started.count(), 0); // so no reminder is cancelled
}

TEST(MainWindow, ASessionWithinTheMorningWindowCountsForTheMorning) {
    test::WindowFixture f(std::nullopt);
    f.wall.set(QDateTime(QDate(2026, 1, 5), QTime(9, 15), Qt::UTC));
    MainWindow& window = f.window;
    QSignalSpy started(&window, &MainWindow::sessionStarted);
    window.startSession(std::nullopt);
    ASSERT_NE(window.controller(), nullptr);
    ASSERT_FALSE(window.controller()->isExtra());
    EXPECT_EQ(window.controller()->slot(), (SlotKey{QDate(2026, 1, 5), Slot::Morning}));
    ASSERT_EQ(started.count(), 1);
    EXPECT_EQ(window.windowTitle(), "FootCoach");
}

TEST(MainWindow, OpensNoLargerThanTheScreen) {
    // The offscreen screen is 800 pixels wide, narrower than the window's usual 1100 x 780:
    // as a laptop's is at large text.
    test::WindowFixture f(std::nullopt);
    const MainWindow& window = f.window;
    const QRect available = window.screen()->availableGeometry();
    ASSERT_LT(available.width(), 1100);
    EXPECT_LE(window.width(), available.width());
    EXPECT_LE(window.height(), available.height());
    EXPECT_GE(window.width(), window.minimumSizeHint().width());
}

TEST(SettingsDialog, ChangesNothingUntilApplied) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    const AutostartEntry autostart(dir.path());
    SettingsDialog dialog(settings, autostart, RoutineLoader::builtIn(),
                          QtFuture::makeReadyFuture(false));
    dialog.findChild<QSlider*>("volume")->setValue(30);
    dialog.findChild<QCheckBox*>("soundOn")->setChecked(false);
    dialog.findChild<QCheckBox*>("voiceOn")->setChecked(true);
    dialog.findChild<QTimeEdit*>("morningTime")->setTime(QTime(6, 45));
    dialog.findChild<QSpinBox*>("holdSeconds")->setValue(25);
    QSignalSpy programChanged(&dialog, &SettingsDialog::programChanged);
    EXPECT_EQ(settings.volumePercent(), 70);
    EXPECT_FALSE(settings.muted());
    EXPECT_EQ(settings.schedule().morning.time, QTime(7, 30));
    ASSERT_TRUE(dialog.apply());
    EXPECT_EQ(settings.volumePercent(), 30);
    EXPECT_TRUE(settings.muted());
    EXPECT_TRUE(settings.voiceEnabled());
    EXPECT_EQ(settings.schedule().morning.time, QTime(6, 45));
    EXPECT_EQ(settings.program().holdSeconds, 25);
    EXPECT_FALSE(settings.program().reps.has_value()); // unchanged values are not overrides
    EXPECT_EQ(programChanged.count(), 1);
    // Kept across a restart.
    AppSettings again(dir.file("settings.ini"));
    EXPECT_EQ(again.schedule().morning.time, QTime(6, 45));
    EXPECT_EQ(again.program().holdSeconds, 25);
}

TEST(SettingsDialog, HoldCannotGoBelowTheRoutinesMinimum) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    const AutostartEntry autostart(dir.path());
    SettingsDialog dialog(settings, autostart, RoutineLoader::builtIn(),
                          QtFuture::makeReadyFuture(false));
    auto* hold = dialog.findChild<QSpinBox*>("holdSeconds");
    EXPECT_EQ(hold->minimum(), 15);
    EXPECT_EQ(hold->maximum(), 600);
}

TEST(SettingsDialog, SaysThereIsNoVoiceOnceTheEnginesHaveAnswered) {
    // The speech engines answer from another thread, up to a second later: the dialog is open
    // and usable before, and the sound page says there is no voice once that is known.
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    const AutostartEntry autostart(dir.path());
    for (const bool available : {false, true}) {
        QPromise<bool> answer;
        answer.start();
        SettingsDialog dialog(settings, autostart, RoutineLoader::builtIn(), answer.future());
        auto* note = dialog.findChild<QLabel*>("noVoice");
        ASSERT_NE(note, nullptr);
        EXPECT_TRUE(note->isHidden()); // not known yet
        answer.addResult(available);
        answer.finish();
        if (available)
            QCoreApplication::sendPostedEvents(); // the watcher's news of the answer
        else
            EXPECT_TRUE(QTest::qWaitFor([&] { return !note->isHidden(); }, 5000));
        EXPECT_EQ(note->isHidden(), available);
    }
}

TEST(SettingsDialog, StartAtLoginWritesAndRemovesTheAutostartEntry) {
    test::TestDataDir dir;
    qputenv("XDG_CONFIG_HOME", dir.file("config").toUtf8());
    AppSettings settings(dir.file("settings.ini"));
    const AutostartEntry autostart(dir.file("data"));
    SettingsDialog dialog(settings, autostart, RoutineLoader::builtIn(),
                          QtFuture::makeReadyFuture(false));
    dialog.findChild<QCheckBox*>("startAtLogin")->setChecked(true);
    ASSERT_TRUE(dialog.apply());
    EXPECT_TRUE(autostart.isEnabled());
    EXPECT_TRUE(autostart.path().startsWith(dir.file("config")));
    QFile entry(autostart.path());
    ASSERT_TRUE(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    EXPECT_TRUE(
        text.contains("Exec=footcoach --background --data-dir \"" + dir.file("data") + "\""));
    dialog.findChild<QCheckBox*>("startAtLogin")->setChecked(false);
    ASSERT_TRUE(dialog.apply());
    EXPECT_FALSE(QFile::exists(autostart.path()));
}

TEST(AppSettings, DamagedFileIsKeptAsideAndDefaultsUsed) {
    test::TestDataDir dir;
    const QString path =
        dir.write("settings.ini",
                  QByteArray("[reminders]\nmorning=07:30\n\x01\x02[[[\xff\xfe\x00garbage", 40));
    AppSettings settings(path);
    EXPECT_EQ(settings.schedule().morning.time, QTime(7, 30));
    const QString notice = settings.takeNotice();
    EXPECT_FALSE(notice.isEmpty());
    EXPECT_TRUE(settings.takeNotice().isEmpty()); // said once
    const QStringList aside = QDir(dir.path()).entryList({"settings.ini.damaged-*"});
    ASSERT_EQ(aside.size(), 1);
    EXPECT_TRUE(notice.contains(aside.first()));
}
