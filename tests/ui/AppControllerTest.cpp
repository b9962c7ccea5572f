#include "ui/window/AppController.h"
#include "FakeClock.h"
#include "TestDataDir.h"
#include "footcoach/HistoryStore.h"
#include "footcoach/Prescription.h"
#include "services/reminders/ReminderScheduler.h"
#include "services/reminders/WakeTimer.h"
#include "services/session/SessionController.h"
#include "services/settings/AppSettings.h"
#include "services/settings/AutostartEntry.h"
#include "ui/home/HomeView.h"
#include "ui/reminders/RemindersQuestion.h"
#include "ui/session/SessionView.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

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
        if (label->text().contains(QStringLiteral("eminder")))
            return label->text();
    return {};
}

// A windowed FootCoach on a fake clock at 09:00 UTC, its first reminder plan made, with the
// autostart entry in the test's own configuration folder.
struct WindowedApp {
    test::TestDataDir dir;
    AppSettings settings{dir.file("settings.ini")};
    test::FakeMonotonicClock clock;
    test::FakeWallClock wall{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    HistoryStore store{dir.path(), wall};
    IdleWakeTimer timer;
    test::FakeTimeZone zone;
    std::unique_ptr<AppController> controller;
    std::unique_ptr<AutostartEntry> autostart;

    explicit WindowedApp(bool remindersOn = true) {
        qputenv("XDG_CONFIG_HOME", dir.file("config").toUtf8());
        autostart = std::make_unique<AutostartEntry>(dir.path());
        EXPECT_TRUE(store.open());
        if (!remindersOn) {
            Schedule off = settings.schedule();
            off.morning.enabled = false;
            off.evening.enabled = false;
            settings.setSchedule(off);
        }
        controller = std::make_unique<AppController>(AppControllerDeps{settings,
                                                                       HistoryRoles::of(store),
                                                                       true,
                                                                       clock,
                                                                       wall,
                                                                       zone,
                                                                       timer,
                                                                       dir.path(),
                                                                       {},
                                                                       {}},
                                                     std::nullopt);
        controller->startWindowed();
        QSignalSpy planned(controller->scheduler(), &ReminderScheduler::nextChanged);
        EXPECT_TRUE(planned.wait(5000)); // the first plan comes once the window is up
    }
    ~WindowedApp() { qunsetenv("XDG_CONFIG_HOME"); }
    MainWindow* window() const { return controller->window(); }
};

QAction* fileAction(MainWindow* window, const QString& text) {
    for (QAction* action : window->findChildren<QAction*>())
        if (action->text() == text)
            return action;
    return nullptr;
}

} // namespace

TEST(AppController, TheHomeScreenPromisesOnlyTheRemindersThatWillCome) {
    WindowedApp app;
    // Not started at login: reminders come while FootCoach runs, window or not, and the home
    // screen says that a restart ends them and how to keep them.
    EXPECT_EQ(nextReminderText(*app.controller),
              "Next reminder: today at 19:30. FootCoach reminds you while it runs, also with its "
              "window closed. To be reminded after a restart too, turn on \"Start FootCoach when I "
              "log in\" in Settings, General.");

    // Started at login, FootCoach reminds also after a restart.
    ASSERT_TRUE(app.autostart->setEnabled(true));
    app.controller->scheduler()->replan();
    EXPECT_EQ(nextReminderText(*app.controller), "Next reminder: today at 19:30");
}

TEST(AppController, WithEveryReminderOffTheHomeScreenSaysHowToTurnThemOn) {
    WindowedApp app(false);
    EXPECT_EQ(nextReminderText(*app.controller),
              "Reminders are off. To be reminded every morning and evening, turn them on in "
              "Settings, Reminders.");
}

TEST(AppController, ClosingTheWindowKeepsFootCoachRemindingAndSaysOnceWhereItWent) {
    WindowedApp app;
    QSignalSpy quitting(app.controller.get(), &AppController::quitting);
    ASSERT_TRUE(app.window()->close());
    EXPECT_FALSE(app.window()->isVisible());
    EXPECT_EQ(quitting.count(), 0);
    QTRY_VERIFY(app.controller->backgroundExplanation() != nullptr);
    QMessageBox* explanation = app.controller->backgroundExplanation();
    EXPECT_TRUE(explanation->isVisible());
    EXPECT_FALSE(explanation->isModal());
    // No tray on the offscreen platform: the way back is to start FootCoach again.
    EXPECT_EQ(app.controller->tray(), nullptr);
    EXPECT_TRUE(explanation->text().contains("start it as usual"))
        << explanation->text().toStdString();
    EXPECT_TRUE(explanation->text().contains("Quit in the File menu"))
        << explanation->text().toStdString();
    EXPECT_TRUE(explanation->text().endsWith("Next reminder: today at 19:30."));
    explanation->defaultButton()->click();
    EXPECT_EQ(quitting.count(), 0);
    QTRY_VERIFY(app.controller->backgroundExplanation() == nullptr);

    // A later launch opens the window again; closing it again says nothing more.
    app.controller->handleArguments({"footcoach"});
    EXPECT_TRUE(app.window()->isVisible());
    ASSERT_TRUE(app.window()->close());
    QCoreApplication::processEvents();
    EXPECT_EQ(app.controller->backgroundExplanation(), nullptr);
    EXPECT_EQ(quitting.count(), 0);
    EXPECT_TRUE(app.settings.backgroundExplained());
}

TEST(AppController, TheFirstCloseOffersToQuitInstead) {
    WindowedApp app;
    QSignalSpy quitting(app.controller.get(), &AppController::quitting);
    ASSERT_TRUE(app.window()->close());
    QTRY_VERIFY(app.controller->backgroundExplanation() != nullptr);
    QMessageBox* explanation = app.controller->backgroundExplanation();
    explanation->findChild<QPushButton*>("quitNow")->click();
    EXPECT_EQ(quitting.count(), 1);
}

TEST(AppController, FileQuitAndClosingWithEveryReminderOffEndFootCoach) {
    {
        WindowedApp app;
        QSignalSpy quitting(app.controller.get(), &AppController::quitting);
        QAction* quit = fileAction(app.window(), "&Quit");
        ASSERT_NE(quit, nullptr);
        quit->trigger();
        EXPECT_EQ(quitting.count(), 1);
        EXPECT_EQ(app.controller->backgroundExplanation(), nullptr);
    }
    WindowedApp off(false);
    QSignalSpy quitting(off.controller.get(), &AppController::quitting);
    QAction* closeWindow = fileAction(off.window(), "&Close window");
    ASSERT_NE(closeWindow, nullptr);
    closeWindow->trigger();
    EXPECT_FALSE(off.window()->isVisible());
    EXPECT_EQ(quitting.count(), 1);
}

namespace {

void answer(WindowedApp& app, bool yes) {
    app.controller->askAboutRemindersIfDue();
    RemindersQuestion* question = app.controller->remindersQuestion();
    ASSERT_NE(question, nullptr);
    EXPECT_TRUE(question->isVisible());
    EXPECT_EQ(question->defaultButton(), question->yesButton()); // Enter says yes
    EXPECT_EQ(question->escapeButton(), question->noButton());   // Esc says no
    EXPECT_FALSE(question->yesButton()->accessibleDescription().isEmpty());
    EXPECT_FALSE(question->noButton()->accessibleDescription().isEmpty());
    (yes ? question->yesButton() : question->noButton())->click();
    EXPECT_TRUE(app.settings.remindersQuestionAnswered());
    // Asked once.
    app.controller->askAboutRemindersIfDue();
    QCoreApplication::processEvents();
    EXPECT_EQ(app.controller->remindersQuestion(), nullptr);
}

} // namespace

TEST(AppController, YesToTheFirstStartQuestionStartsFootCoachAtLogin) {
    WindowedApp app;
    answer(app, true);
    EXPECT_TRUE(app.autostart->isEnabled());
    EXPECT_TRUE(app.settings.startAtLogin());
    QFile entry(app.autostart->path());
    ASSERT_TRUE(entry.open(QIODevice::ReadOnly));
    EXPECT_TRUE(entry.readAll().contains("Exec=footcoach --background"));
    EXPECT_EQ(nextReminderText(*app.controller), "Next reminder: today at 19:30");
}

TEST(AppController, NoToTheFirstStartQuestionRemindsOnlyWhileFootCoachRuns) {
    WindowedApp app;
    answer(app, false);
    EXPECT_FALSE(app.autostart->isEnabled());
    EXPECT_FALSE(app.settings.startAtLogin());
    EXPECT_TRUE(nextReminderText(*app.controller).contains("while it runs"));
}

TEST(AppController, TheFirstStartQuestionWaitsForTheEndOfASession) {
    WindowedApp app;
    app.window()->startSession(Slot::Morning);
    app.controller->askAboutRemindersIfDue();
    EXPECT_EQ(app.controller->remindersQuestion(), nullptr);
    app.window()->controller()->engine().stop();
    ASSERT_TRUE(app.window()->sessionView()->isShowingSummary());
    Q_EMIT app.window()->sessionView()->closeRequested(std::nullopt); // back home
    QTRY_VERIFY(app.controller->remindersQuestion() != nullptr);
}
