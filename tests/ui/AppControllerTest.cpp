#include "ui/window/AppController.h"
#include "FakeClock.h"
#include "TestDataDir.h"
#include "footcoach/HistoryStore.h"
#include "services/reminders/WakeTimer.h"
#include "services/settings/AppSettings.h"

#include <QJsonDocument>
#include <QJsonObject>
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

    // The program in force from the first start is on record.
    QList<PrescriptionChange> changes = store.prescriptionChanges("numb-feet-stretches");
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(
        QJsonDocument::fromJson(changes[0].detailsJson.toUtf8()).object()["holdSeconds"].toInt(),
        20);
    const int before = controller.plan().totalSeconds();

    wall.set(QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC));
    ProgramOverrides program;
    program.holdSeconds = 25;
    settings.setProgram(program);
    controller.applyProgramChange();

    changes = store.prescriptionChanges("numb-feet-stretches");
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[1].effective, QDate(2026, 3, 9));
    EXPECT_EQ(
        QJsonDocument::fromJson(changes[1].detailsJson.toUtf8()).object()["holdSeconds"].toInt(),
        25);
    // 18 holds, each 5 s longer.
    EXPECT_EQ(controller.plan().totalSeconds(), before + 18 * 5);
}
