#include "ui/session/SessionView.h"
#include "FakeClock.h"
#include "TestDataDir.h"
#include "footcoach/RoutineLoader.h"
#include "footcoach/UnavailableHistory.h"
#include "services/session/CuePlayer.h"
#include "services/session/SessionController.h"
#include "services/settings/AppSettings.h"
#include "ui/common/Illustrations.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace footcoach;
using namespace std::chrono_literals;

namespace {

// One session screen on a fake clock, with no sound and no history.
struct SessionFixture {
    test::TestDataDir dir;
    AppSettings settings{dir.file("settings.ini")};
    Illustrations illustrations;
    SilentCuePlayer cues;
    test::FakeMonotonicClock clock;
    test::FakeWallClock wall;
    test::FakeTimeZone zone;
    UnavailableHistory noHistory{QStringLiteral("This test has no history.")};
    SessionController controller{SessionPlan(RoutineLoader::builtIn()),
                                 {QDate(2026, 1, 5), Slot::Morning},
                                 clock,
                                 wall,
                                 zone,
                                 noHistory,
                                 cues,
                                 nullptr};
    SessionView view{settings, illustrations};

    SessionFixture() {
        view.resize(1000, 700);
        view.setController(&controller);
        view.show();
        QApplication::setActiveWindow(&view);
        view.setFocus();
    }
    SessionEngine& engine() { return controller.engine(); }
    void advance(std::chrono::milliseconds by) {
        clock.advance(by);
        controller.processDue();
    }
    void key(Qt::Key k) { QTest::keyClick(&view, k); }
};

} // namespace

TEST(SessionView, LegAndRepFollowTheEngineThroughAWholeSession) {
    SessionFixture f;
    f.controller.start();
    QStringList seenHolds;
    int guard = 0;
    while (f.engine().state() == EngineState::Running && ++guard < 10000) {
        const Phase& phase = f.engine().currentPhase();
        if (phase.kind == PhaseKind::Hold) {
            const Exercise& e = f.engine().plan().routine().exercises.at(phase.exerciseIndex);
            EXPECT_EQ(f.view.legText(), phase.side == Side::Left ? "◀ LEFT LEG" : "RIGHT LEG ▶");
            EXPECT_EQ(f.view.repText(), QStringLiteral("Rep %1 of %2").arg(phase.rep).arg(e.reps));
            EXPECT_EQ(f.view.phaseText(), "Hold the stretch");
            // The last step, the stretch itself, is the highlighted one while holding.
            EXPECT_EQ(f.view.currentStepRow(), e.steps.size() - 1);
            seenHolds.append(QStringLiteral("%1/%2/%3")
                                 .arg(phase.exerciseIndex)
                                 .arg(toString(phase.side))
                                 .arg(phase.rep));
        }
        if (phase.kind == PhaseKind::GetReady) {
            EXPECT_TRUE(f.view.legText().isEmpty());
        }
        // The shown seconds are the engine's deadline-based time, rounded up.
        EXPECT_EQ(f.view.secondsShown(), (f.engine().remaining().count() + 999) / 1000);
        f.advance(std::min<std::chrono::milliseconds>(*f.engine().timeUntilNextEvent(), 1000ms));
    }
    seenHolds.removeDuplicates();
    EXPECT_EQ(seenHolds.size(), 18); // every exercise, both legs, reps 1-3
    EXPECT_TRUE(f.view.isShowingSummary());
}

TEST(SessionView, CountdownShowsWholeSecondsLeft) {
    SessionFixture f;
    f.controller.start();
    EXPECT_EQ(f.view.secondsShown(), 5); // get ready
    f.advance(1200ms);
    EXPECT_EQ(f.view.secondsShown(), 4);
    f.advance(800ms);
    EXPECT_EQ(f.view.secondsShown(), 3);
}

TEST(SessionView, SpacePausesAndResumes) {
    SessionFixture f;
    f.controller.start();
    f.key(Qt::Key_Space);
    EXPECT_EQ(f.engine().state(), EngineState::Paused);
    f.clock.advance(60s);
    f.controller.processDue();
    EXPECT_EQ(f.view.secondsShown(), 5);
    f.key(Qt::Key_Space);
    EXPECT_EQ(f.engine().state(), EngineState::Running);
}

TEST(SessionView, RightAndNSkipLeftGoesBack) {
    SessionFixture f;
    f.controller.start();
    f.key(Qt::Key_Right);
    EXPECT_EQ(f.engine().phaseIndex(), 1);
    EXPECT_EQ(f.view.phaseText(), "Get into position");
    EXPECT_EQ(f.view.legText(), "◀ LEFT LEG");
    f.key(Qt::Key_N);
    EXPECT_EQ(f.engine().phaseIndex(), 2);
    EXPECT_EQ(f.view.repText(), "Rep 1 of 3");
    f.key(Qt::Key_Left);
    EXPECT_EQ(f.engine().phaseIndex(), 1);
}

TEST(SessionView, EscapeAsksFirstAndNoKeepsGoing) {
    SessionFixture f;
    f.controller.start();
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        asked = box != nullptr;
        if (box)
            box->button(QMessageBox::No)->click();
    });
    f.key(Qt::Key_Escape);
    EXPECT_TRUE(asked);
    EXPECT_EQ(f.engine().state(), EngineState::Running);
}

TEST(SessionView, EscapeThenYesStopsAndShowsTheSummary) {
    SessionFixture f;
    f.controller.start();
    QTimer::singleShot(0, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    f.key(Qt::Key_Escape);
    EXPECT_EQ(f.engine().state(), EngineState::Stopped);
    EXPECT_TRUE(f.view.isShowingSummary());
}

TEST(SessionView, RightLegShowsTheMirroredPicture) {
    SessionFixture f;
    f.controller.start();
    while (f.engine().currentPhase().kind != PhaseKind::SwitchSide)
        f.engine().skip();
    EXPECT_EQ(f.view.legText(), "RIGHT LEG ▶");
    EXPECT_EQ(f.view.phaseText(), "Switch legs");
}

TEST(SessionView, StepIndexWalksThroughPositioningStepsThenHoldsOnTheLast) {
    EXPECT_EQ(SessionView::stepIndexFor(3, true, 0.0), 0);
    EXPECT_EQ(SessionView::stepIndexFor(3, true, 0.49), 0);
    EXPECT_EQ(SessionView::stepIndexFor(3, true, 0.5), 1);
    EXPECT_EQ(SessionView::stepIndexFor(3, true, 1.0), 1);
    EXPECT_EQ(SessionView::stepIndexFor(3, false, 0.3), 2);
    EXPECT_EQ(SessionView::stepIndexFor(2, true, 0.9), 0);
    EXPECT_EQ(SessionView::stepIndexFor(1, false, 0.5), 0);
}
