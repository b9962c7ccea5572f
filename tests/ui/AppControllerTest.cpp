#include "ui/window/AppController.h"
#include "FakeClock.h"
#include "TestDataDir.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/Prescription.h"
#include "services/reminders/ReminderScheduler.h"
#include "services/reminders/WakeTimer.h"
#include "services/settings/AppSettings.h"
#include "services/settings/AutostartEntry.h"
#include "ui/home/HomeView.h"
#include "ui/window/MainWindow.h"

#include <QLabel>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace footcoach;

namespace {
class IdleWakeTimer final : public WakeTimer {
public:
    void arm(std::chrono::milliseconds) override {}
    void cancel() override {}
};
} // namespace

TEST(AppController, EveryProgramChangeIsRecordedWithItsDate) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    test::FakeMonotonicClock clock;
    test::FakeWallClock wall(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    HistoryStore store(dir.path(), wall);
    ASSERT_TRUE(store.open());
    IdleWakeTimer timer;
    test::FakeTimeZone zone;
    AppController controller(
        {settings, HistoryRoles::of(store), true, clock, wall, zone, timer, dir.path(), {}, {}},
        std::nullopt);

    // The program in force from the first start is on record, as where it starts: no change.
    QList<PrescriptionChange> changes = store.prescriptionChanges();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_FALSE(changes[0].isChange());
    EXPECT_EQ(Prescription::fromJson(changes[0].detailsJson, {}, 1).holdSeconds, 20);
    const int before = controller.plan().totalSeconds();

    wall.set(QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC));
    ProgramOverrides program;
    program.holdSeconds = 25;
    settings.setProgram(program);
    controller.applyProgramChange();
    controller.applyProgramChange(); // saved again unchanged: nothing more is noted

    changes = store.prescriptionChanges();
    ASSERT_EQ(changes.size(), 2);
    EXPECT_TRUE(changes[1].isChange());
    EXPECT_EQ(changes[1].effective, QDate(2026, 3, 9));
    EXPECT_EQ(changes[1].beforeJson, changes[0].detailsJson);
    EXPECT_EQ(Prescription::fromJson(changes[1].detailsJson, {}, 1).holdSeconds, 25);
    // 18 holds, each 5 s longer.
    EXPECT_EQ(controller.plan().totalSeconds(), before + 18 * 5);
}

namespace {

QString nextReminderText(AppController& controller) {
    for (const QLabel* label : controller.window()->homeView()->findChildren<QLabel*>())
        if (label->text().contains(QStringLiteral("reminder")))
            return label->text();
    return {};
}

} // namespace

TEST(AppController, TheHomeScreenPromisesOnlyTheRemindersThatWillCome) {
    test::TestDataDir dir;
    AppSettings settings(dir.file("settings.ini"));
    test::FakeMonotonicClock clock;
    test::FakeWallClock wall(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    HistoryStore store(dir.path(), wall);
    ASSERT_TRUE(store.open());
    IdleWakeTimer timer;
    test::FakeTimeZone zone;
    const AutostartEntry autostart(dir.path());
    ASSERT_TRUE(autostart.setEnabled(false));
    AppController controller(
        {settings, HistoryRoles::of(store), true, clock, wall, zone, timer, dir.path(), {}, {}},
        std::nullopt);
    controller.startWindowed();
    QSignalSpy planned(controller.scheduler(), &ReminderScheduler::nextChanged);
    ASSERT_TRUE(planned.wait(5000)); // the first plan comes once the window is up

    // Closing the window ends this FootCoach: the evening reminder comes only if it stays open.
    EXPECT_EQ(nextReminderText(controller),
              "Next reminder: today at 19:30, while FootCoach is open. To be reminded after you "
              "close it, turn on \"Start FootCoach when I log in\" in Settings, General.");

    // Started at login, FootCoach reminds whether or not its window is open.
    ASSERT_TRUE(autostart.setEnabled(true));
    controller.scheduler()->replan();
    EXPECT_EQ(nextReminderText(controller), "Next reminder: today at 19:30");
    EXPECT_TRUE(autostart.setEnabled(false));
}
